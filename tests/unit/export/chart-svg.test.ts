// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { CHART_FONT_FAMILY } from '../../../src/export/chart-font.ts';
import { composeChartSvg } from '../../../src/export/chart-svg.ts';

const plot = {
  markup:
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200"><rect width="10" height="20" fill="#E69F00"/><text>（一）予以公开</text></svg>',
  width: 400,
  height: 200,
};
const input = {
  title: '办理结果',
  subtitle: '聊城市农业农村局 · 2020 年度',
  source: '数据来源：聊城市农业农村局《2020年度政府信息工作年度报告》',
  legend: [
    { label: '自然人', colour: '#E69F00' },
    { label: '商业企业', colour: '#56B4E9' },
  ],
  plot,
};

function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('composeChartSvg', () => {
  it('is well-formed standalone SVG with a viewBox, on white, sized round the drawing', () => {
    const { svg, width, height } = composeChartSvg(input);
    const root = parseSvg(svg).documentElement;
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(width).toBe(432);
    expect(height).toBeGreaterThan(200 + 60);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('draws title, report, legend and source as text, in the CJK font list', () => {
    const { svg } = composeChartSvg(input);
    const doc = parseSvg(svg);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        '办理结果',
        '聊城市农业农村局 · 2020 年度',
        '自然人',
        '商业企业',
        '数据来源：聊城市农业农村局《2020年度政府信息工作年度报告》',
        '（一）予以公开',
      ]),
    );
    expect(doc.querySelector('title')?.textContent).toBe('办理结果');
    expect(doc.documentElement.getAttribute('font-family')).toBe(CHART_FONT_FAMILY);
    expect(CHART_FONT_FAMILY).toMatch(/^'Noto Sans CJK SC'.*sans-serif$/);
  });

  it('escapes text and places the drawing below the legend', () => {
    const { svg } = composeChartSvg({ ...input, title: 'A & B <c>' });
    const doc = parseSvg(svg);
    expect(doc.querySelector('text')?.textContent).toBe('A & B <c>');
    const group = doc.querySelector('g[transform]');
    const y = Number(
      /translate\(16,(\d+(?:\.\d+)?)\)/.exec(group?.getAttribute('transform') ?? '')?.[1],
    );
    const legendY = Number(doc.querySelectorAll('rect')[1]?.getAttribute('y'));
    expect(y).toBeGreaterThan(legendY);
  });

  it('wraps a long source line instead of running off the image', () => {
    const source = '数据来源：'.concat('很长的报告标题'.repeat(20));
    const { svg } = composeChartSvg({ ...input, source });
    const lines = [...parseSvg(svg).querySelectorAll('text[font-size="11"]')];
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((l) => l.textContent).join('')).toBe(source);
  });

  it('leaves out the legend when there is none', () => {
    const { svg, height } = composeChartSvg({ ...input, legend: [] });
    expect(parseSvg(svg).documentElement.querySelectorAll(':scope > rect')).toHaveLength(1);
    expect(height).toBeLessThan(composeChartSvg(input).height);
  });

  // Issue 18, item 4: an image without the chart's notes would say more than the report does.
  it('draws the notes under the drawing, above the source, wrapped to the width', () => {
    const notes = [
      '* 推算值：报告中该总计为空，此处是该行已填各栏之和。',
      '“收到的申请”按报告为 330，而它的流向相加为 19468：报告中的数字不平衡。'.repeat(2),
    ];
    const { svg, height } = composeChartSvg({ ...input, notes });
    const doc = parseSvg(svg);
    const lines = [...doc.querySelectorAll(':scope > text[font-size="12"]')].filter(
      (t) => !['自然人', '商业企业'].includes(t.textContent ?? ''),
    );
    expect(lines.map((l) => l.textContent).join('')).toBe(notes.join(''));
    expect(lines.length).toBeGreaterThan(2);
    const plotBottom =
      Number(
        /translate\(16,([\d.]+)\)/.exec(
          doc.querySelector('g')?.getAttribute('transform') ?? '',
        )?.[1],
      ) + plot.height;
    const sourceY = Number(doc.querySelector('text[font-size="11"]')?.getAttribute('y'));
    for (const line of lines) {
      expect(Number(line.getAttribute('y'))).toBeGreaterThan(plotBottom);
      expect(Number(line.getAttribute('y'))).toBeLessThan(sourceY);
    }
    expect(height).toBeGreaterThan(composeChartSvg(input).height + 3 * 16);
  });
});
