// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChartFrame } from '../../../src/components/charts/chart-frame.tsx';
import { type ChartExport } from '../../../src/components/charts/chart-types.ts';
import { SankeyChart } from '../../../src/components/charts/sankey-chart.tsx';
import { enExport as en, zhExport as zh } from '../../../src/i18n/export-messages.ts';
import { applicantSeries, outcomes } from '../charts/chart-fixtures.ts';
import { captureDownloads } from './capture-downloads.ts';
import { enChartMessages, zhChartMessages } from '../../../src/i18n/chart-messages.ts';

let capture: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  capture = captureDownloads();
});
afterEach(() => {
  cleanup();
  capture.restore();
});

const exportAs: ChartExport = {
  fileName: '聊城市农业农村局-2020-applications-by-applicant',
  subtitle: '聊城市农业农村局 · 2020 年度',
  source: '数据来源：聊城市农业农村局《2020年度政府信息工作年度报告》',
  messages: zh.chartExport,
};

function renderFrame(props: Partial<Parameters<typeof ChartFrame>[0]> = {}) {
  return render(
    <ChartFrame
      title="各类申请人的办理结果"
      kind="stacked-bar"
      data={outcomes}
      series={applicantSeries}
      messages={zhChartMessages}
      exportAs={exportAs}
      {...props}
    />,
  );
}

const menuButton = () => screen.getByRole('button', { name: /^导出/ });

async function downloadedSvg(): Promise<Document> {
  await waitFor(() => expect(capture.downloads).toHaveLength(1));
  const text = await capture.downloads[0]!.blob.text();
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')?.textContent ?? null, text.slice(0, 3000)).toBeNull();
  return doc;
}

describe('the chart export menu', () => {
  it('opens from a button with aria-expanded, offers 1×/2×/3× (2× chosen), and Escape closes it', () => {
    renderFrame();
    const button = menuButton();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('group', { name: '导出' });
    const sizes = within(panel).getByRole('group', { name: '图片大小' });
    expect(
      within(sizes)
        .getAllByRole('radio')
        .map((r) => r.parentElement?.textContent),
    ).toEqual(['1 倍', '2 倍', '3 倍']);
    expect(within(sizes).getByRole('radio', { name: '2 倍' })).toHaveProperty('checked', true);
    for (const name of ['下载 PNG 图片', '下载 SVG 矢量图', '复制 PNG 图片']) {
      expect(within(panel).getByRole('button', { name })).toBeTruthy();
    }
    fireEvent.keyDown(within(panel).getByRole('button', { name: '下载 SVG 矢量图' }), {
      key: 'Escape',
    });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('downloads a standalone SVG with title, report, legend, source and the drawing', async () => {
    renderFrame();
    fireEvent.click(menuButton());
    fireEvent.click(screen.getByRole('button', { name: '下载 SVG 矢量图' }));
    const doc = await downloadedSvg();
    expect(capture.downloads[0]?.name).toBe('聊城市农业农村局-2020-applications-by-applicant.svg');
    const root = doc.documentElement;
    expect(root.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        '各类申请人的办理结果',
        '聊城市农业农村局 · 2020 年度',
        '数据来源：聊城市农业农村局《2020年度政府信息工作年度报告》',
        '自然人',
        '商业企业',
        '法律服务机构',
      ]),
    );
    expect(doc.querySelectorAll('svg svg path').length).toBeGreaterThan(0);
    expect(root.outerHTML).not.toMatch(/class="|tabindex=|data-recharts/);
  });

  it('draws the legend as shown: a series switched off is left out', async () => {
    renderFrame();
    fireEvent.click(screen.getByRole('button', { name: '显示或隐藏“商业企业”' }));
    fireEvent.click(menuButton());
    fireEvent.click(screen.getByRole('button', { name: '下载 SVG 矢量图' }));
    const texts = [...(await downloadedSvg()).querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('自然人');
    expect(texts).not.toContain('商业企业');
  });

  it('says so where the browser cannot copy an image', async () => {
    renderFrame();
    fireEvent.click(menuButton());
    fireEvent.click(screen.getByRole('button', { name: '复制 PNG 图片' }));
    expect(
      await screen.findByText('这个浏览器不允许把图片复制到剪贴板，请下载 PNG。'),
    ).toBeTruthy();
    expect(menuButton().getAttribute('aria-expanded')).toBe('true');
  });

  it('is offered on a sankey chart too, and not on an empty chart', async () => {
    render(
      <SankeyChart
        title="申请的去向"
        nodes={[
          { key: 'a', label: '收到的申请' },
          { key: 'b', label: '（一）予以公开' },
        ]}
        links={[{ source: 'a', target: 'b', value: 3 }]}
        messages={zhChartMessages}
        exportAs={{ ...exportAs, fileName: 'x-flow' }}
      />,
    );
    fireEvent.click(menuButton());
    fireEvent.click(screen.getByRole('button', { name: '下载 SVG 矢量图' }));
    const texts = [...(await downloadedSvg()).querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('申请的去向');
    cleanup();
    renderFrame({ data: [] });
    expect(screen.queryByRole('button', { name: /^导出/ })).toBeNull();
  });

  // Issue 18, item 4: the image marks a derived value and carries the notes shown on screen.
  it('draws a derived value with its mark, and the notes under the chart, into the image', async () => {
    render(
      <SankeyChart
        title="申请的去向"
        nodes={[
          { key: 'a', label: '收到的申请', value: { value: 330 } },
          { key: 'b', label: '（一）予以公开' },
          { key: 'c', label: '（二）部分公开' },
        ]}
        links={[
          { source: 'a', target: 'b', value: 3, derived: true },
          { source: 'a', target: 'c', value: 1 },
        ]}
        messages={zhChartMessages}
        exportAs={{ ...exportAs, fileName: 'x-flow' }}
      />,
    );
    const notes = [
      zhChartMessages.flowsDiffer('收到的申请', '330', '4'),
      zhChartMessages.derivedNote,
    ];
    for (const note of notes) expect(screen.getByText(note)).toBeTruthy();
    fireEvent.click(menuButton());
    fireEvent.click(screen.getByRole('button', { name: '下载 SVG 矢量图' }));
    const doc = await downloadedSvg();
    const labels = [...doc.querySelectorAll('svg svg text')].map((t) =>
      t.textContent?.replace(/\s/g, ''),
    );
    expect(labels).toEqual(expect.arrayContaining(['收到的申请330', '（一）予以公开3*']));
    const frame = [...doc.querySelectorAll(':scope > text')].map((t) => t.textContent).join('');
    for (const note of notes) expect(frame).toContain(note);
  });

  it('speaks English in English', () => {
    renderFrame({ messages: enChartMessages, exportAs: { ...exportAs, messages: en.chartExport } });
    fireEvent.click(screen.getByRole('button', { name: /^Export/ }));
    expect(screen.getByRole('radio', { name: '2×' })).toHaveProperty('checked', true);
    for (const name of ['Download PNG image', 'Download SVG', 'Copy PNG image']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
  });
});
