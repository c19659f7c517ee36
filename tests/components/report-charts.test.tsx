// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportFile } from '../../src/report/report-schema.ts';
import { projectFile, seedFile } from '../builders.ts';
import { renderApp } from './render-app.tsx';

// Issue 18, item 4 on the pages: what the charts of 依申请公开 and the overview's cards say
// when the report's totals disagree, and when a figure was derived by the app; item 13: one
// colour per outcome in every chart.

afterEach(cleanup);

const SEED = 'liaocheng-nyncj-2020';
const donglin = (): ReportFile =>
  JSON.parse(
    readFileSync(projectFile('tests/fixtures/importer/expected/donglin-county-2022.json'), 'utf8'),
  ) as ReportFile;
const wait = { timeout: 8000 };

async function figure(name: string): Promise<HTMLElement> {
  const found = await screen.findByRole('figure', { name }, wait);
  await within(found).findByText((_, el) => el?.matches('svg.recharts-surface') ?? false, {}, wait);
  return found;
}

const sankeyLabels = (el: HTMLElement) =>
  [...el.querySelectorAll('.ch-sankey-label')].map((t) => t.textContent?.replace(/\s/g, ''));

describe('the charts of 依申请公开 on a report whose totals do not add up', () => {
  it('shows the report’s （七）总计 in the donut and its 本年新收 + 上年结转 at the intake, each with a note', async () => {
    const file = donglin();
    renderApp(`/reports/${file.id}/applications?view=chart`, [file]);
    const donut = await figure('办理结果');
    expect(donut.querySelector('.ch-donut-total')?.textContent).toBe('合计1515');
    expect(within(donut).getByText(/各部分相加为 17893，而报告所列合计为 1515/)).toBeTruthy();
    const total = within(within(donut).getByRole('table')).getByRole('row', { name: /^合计/ });
    expect(within(total).getByRole('cell').textContent).toBe('1515');

    const flow = await figure('申请的去向');
    expect(sankeyLabels(flow)).toContain('收到的申请330');
    expect(sankeyLabels(flow).join()).not.toContain('19468');
    expect(within(flow).getByText(/“收到的申请”按报告为 330，而它的流向相加为 19468/)).toBeTruthy();
    expect(
      within(within(flow).getByRole('table')).getByRole('row', { name: /^收到的申请 330/ }),
    ).toBeTruthy();
  });

  it('says so in English too', async () => {
    const file = donglin();
    renderApp(`/reports/${file.id}/applications?view=chart`, [file], 'en');
    const donut = await figure('Outcomes');
    expect(
      within(donut).getByText(/The parts add up to 17893, but the report gives a total of 1515/),
    ).toBeTruthy();
    const flow = await figure('Where the applications went');
    expect(
      within(flow).getByText(/is 330 in the report, but its flows add up to 19468/),
    ).toBeTruthy();
  });
});

describe('a total the app derived (the seed’s 予以公开 总计 is blank; its row says 3)', () => {
  it('is marked in the donut’s labels and data table, and in the flow chart, with a note under each', async () => {
    renderApp(`/reports/${SEED}/applications?view=chart`, [seedFile()]);
    const donut = await figure('办理结果');
    const labels = [...donut.querySelectorAll('.ch-donut-labels text')].map((t) => t.textContent);
    expect(labels).toContain('（一）予以公开 3*');
    expect(labels).toContain('（二）部分公开 1');
    const row = within(within(donut).getByRole('table')).getByRole('row', {
      name: /（一）予以公开/,
    });
    expect(within(row).getByRole('cell').textContent).toBe('3*推算');
    expect(within(donut).getByText(/^\* 推算值：报告中该总计为空/)).toBeTruthy();
    // The report's （七）总计 is 6, as are the slices: no disagreement to report.
    expect(donut.querySelector('.ch-donut-total')?.textContent).toBe('合计6');
    expect(within(donut).queryByText(/各部分相加为/)).toBeNull();

    const flow = await figure('申请的去向');
    expect(sankeyLabels(flow)).toContain('（一）予以公开3*');
    expect(within(flow).getByText(/^\* 推算值/)).toBeTruthy();
    const link = within(within(flow).getByRole('table')).getByRole('row', {
      name: /收到的申请 → （一）予以公开/,
    });
    expect(within(link).getByRole('cell').textContent).toBe('3*推算');

    // The applicant cells are all printed: the stacked bars have nothing derived to mark.
    const bars = await figure('各类申请人的办理结果');
    expect(within(bars).queryByText(/推算值/)).toBeNull();
  });

  it('is marked on the overview’s disclosure rate, which uses it', async () => {
    renderApp(`/reports/${SEED}/overview`, [seedFile()]);
    await screen.findByRole('heading', { name: '一、总体情况' });
    const card = screen.getByText('公开率').closest('.stat-card') as HTMLElement;
    expect(card.querySelector('.stat-value')?.textContent).toBe('66.7%*');
    expect(within(card).getByText(/= 4 ÷ 6 （\* 含推算值/)).toBeTruthy();
    // 收到申请 is printed: no mark.
    const received = screen.getByText('收到申请').closest('.stat-card') as HTMLElement;
    expect(received.querySelector('.stat-value')?.textContent).toBe('6');
  });
});

describe('one colour per outcome', () => {
  it('draws （一）予以公开 in the same colour in the donut, its legend and the flow chart', async () => {
    renderApp(`/reports/${SEED}/applications?view=chart`, [seedFile()]);
    const donut = await figure('办理结果');
    const flow = await figure('申请的去向');
    const sector = donut.querySelector('.recharts-pie-sector path')?.getAttribute('fill');
    const swatch = within(donut)
      .getByRole('button', { name: /（一）予以公开/ })
      .querySelector('.ch-swatch') as HTMLElement;
    const node = [...flow.querySelectorAll('.ch-sankey-node')].find((n) =>
      n.textContent?.includes('（一）予以公开'),
    );
    const fill = node?.querySelector('rect')?.getAttribute('fill');
    expect(sector).toBeTruthy();
    expect(fill?.toLowerCase()).toBe(sector?.toLowerCase());
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(swatch.style.backgroundColor).toBe(rgb(sector ?? ''));
  });
});
