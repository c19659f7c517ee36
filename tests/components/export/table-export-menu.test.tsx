// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOM } from '../../../src/export/csv.ts';
import { XLSX_TYPE } from '../../../src/export/sheet-cells.ts';
import { enExport as en, zhExport as zh } from '../../../src/i18n/export-messages.ts';
import { renderTable, visibleLabels } from '../tables/render-table.tsx';
import { captureDownloads, type Download } from './capture-downloads.ts';

let capture: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  capture = captureDownloads();
});
afterEach(() => {
  cleanup();
  capture.restore();
});

const exportAs = { fileName: '聊城市农业农村局-2020-applications-table', messages: zh.tableExport };
const menuButton = () => screen.getByRole('button', { name: /^导出/ });

async function csvRows(download: Download | undefined): Promise<string[][]> {
  // Blob.text() drops a BOM, as UTF-8 decoding does by default: read the bytes.
  const bytes = new Uint8Array(await download!.blob.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith(BOM)).toBe(true);
  return parse(text, { bom: true });
}

describe('the table export menu', () => {
  it('is a button with aria-expanded that opens a panel, and Escape closes it', () => {
    renderTable({ exportAs });
    const button = menuButton();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('group', { name: '导出' });
    expect(within(panel).getByRole('button', { name: '下载 CSV（UTF-8）' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: '下载 Excel 工作簿（XLSX）' })).toBeTruthy();
    within(panel).getByRole('button', { name: '下载 CSV（UTF-8）' }).focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('closes when focus moves out of it', () => {
    renderTable({ exportAs });
    fireEvent.click(menuButton());
    fireEvent.blur(menuButton(), { relatedTarget: screen.getByRole('searchbox') });
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('is not there when the table is given nothing to export with', () => {
    renderTable();
    expect(screen.queryByRole('button', { name: /^导出/ })).toBeNull();
  });

  it('writes the whole table as CSV: every row with its full path, every column', async () => {
    renderTable({ exportAs });
    fireEvent.click(menuButton());
    fireEvent.click(screen.getByRole('button', { name: '下载 CSV（UTF-8）' }));
    expect(capture.downloads.map((d) => d.name)).toEqual([
      '聊城市农业农村局-2020-applications-table.csv',
    ]);
    expect(await csvRows(capture.downloads[0])).toEqual([
      ['项目', '自然人', '法人或其他组织 / 商业企业', '法人或其他组织 / 科研机构', '总计'],
      ['一、本年新收', '6', '', '0', '6'],
      ['二、上年结转', '10', '0', '-', '10'],
      ['三、本年度办理结果', '', '', '', ''],
      ['三、本年度办理结果 / （一）予以公开', '3', '1', '', '4'],
      ['三、本年度办理结果 / （三）不予公开', '', '', '', ''],
      ['三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密', '2', '-', '', '2'],
      ['三、本年度办理结果 / （三）不予公开 / 2.其他法律行政法规禁止公开', '', '', '', ''],
      ['三、本年度办理结果 / （三）不予公开 / 8.属于行政查询事项', '9', '0', '0', '9'],
      ['三、本年度办理结果 / （七）总计', '14', '1', '', '15'],
      ['收费', '537余万元', '约12万元', '见附件', '１２'],
    ]);
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('writes only what is on screen: current sort, filter, hidden columns and collapsed groups', async () => {
    renderTable({
      exportAs,
      initial: {
        sort: { column: 'person', desc: true },
        filters: { person: '>2' },
        hiddenColumns: ['research'],
      },
    });
    fireEvent.click(menuButton());
    fireEvent.click(screen.getByRole('button', { name: '下载 CSV（UTF-8）' }));
    const rows = await csvRows(capture.downloads[0]);
    expect(rows[0]).toEqual(['项目', '自然人', '法人或其他组织 / 商业企业', '总计']);
    const onScreen = visibleLabels();
    expect(rows.slice(1).map((r) => r[0]?.split(' / ').at(-1))).toEqual(onScreen);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      '收费',
      '二、上年结转',
      '一、本年新收',
      '三、本年度办理结果',
      '三、本年度办理结果 / （七）总计',
      '三、本年度办理结果 / （一）予以公开',
      // A group has no cells of its own: it sorts with the blanks, after the numbers.
      '三、本年度办理结果 / （三）不予公开',
      '三、本年度办理结果 / （三）不予公开 / 8.属于行政查询事项',
    ]);

    fireEvent.click(screen.getByRole('button', { name: '收起“三、本年度办理结果”' }));
    fireEvent.click(menuButton());
    fireEvent.click(screen.getByRole('button', { name: '下载 CSV（UTF-8）' }));
    expect((await csvRows(capture.downloads[1])).map((r) => r[0])).toEqual([
      '项目',
      '收费',
      '二、上年结转',
      '一、本年新收',
      '三、本年度办理结果',
    ]);
  });

  it('downloads an XLSX workbook, loaded on demand', async () => {
    renderTable({ exportAs });
    fireEvent.click(menuButton());
    fireEvent.click(screen.getByRole('button', { name: '下载 Excel 工作簿（XLSX）' }));
    await waitFor(() => expect(capture.downloads).toHaveLength(1));
    expect(capture.downloads[0]?.name).toBe('聊城市农业农村局-2020-applications-table.xlsx');
    expect(capture.downloads[0]?.blob.type).toBe(XLSX_TYPE);
    const bytes = new Uint8Array(await capture.downloads[0]!.blob.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });

  it('speaks English in English', () => {
    renderTable({ exportAs: { ...exportAs, messages: en.tableExport } });
    fireEvent.click(screen.getByRole('button', { name: /^Export/ }));
    expect(screen.getByRole('button', { name: 'Download CSV (UTF-8)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download Excel workbook (XLSX)' })).toBeTruthy();
  });
});
