import { bundle } from './bundle.ts';

// The strings of the export menus and of exported charts, in both languages: they load with
// the pages that have tables and charts, not with the first page.

export const zhExport = {
  chartExport: {
    menu: '导出',
    scale: '图片大小',
    scaleOption: (scale: number) => `${scale} 倍`,
    png: '下载 PNG 图片',
    svg: '下载 SVG 矢量图',
    copy: '复制 PNG 图片',
    copied: '已复制到剪贴板。',
    copyUnsupported: '这个浏览器不允许把图片复制到剪贴板，请下载 PNG。',
    copyNeedsHttps:
      '浏览器只允许 https:// 地址（或本机）的网页使用剪贴板，这一页的地址是 http://，所以不能复制。请下载 PNG。',
    copyRefused: '浏览器拒绝了复制，请下载 PNG。',
    working: '正在生成…',
    nothing: '图中没有可以导出的内容。',
    failed: (detail: string) => `导出失败：${detail}`,
  },
  tableExport: {
    menu: '导出',
    csv: '下载 CSV（UTF-8）',
    xlsx: '下载 Excel 工作簿（XLSX）',
    working: '正在生成…',
    failed: (detail: string) => `导出失败：${detail}`,
  },
  /** The findings' sheet of the whole report's workbook. */
  findingsSheet: {
    title: '勾稽校验',
    columns: ['严重程度', '结果', '规则', '表格', '单元格', '说明', '应为', '实际'],
    failed: '不成立',
    notAssessable: '无法校验',
  },
  /** The source line drawn into exported charts: the report as printed, and when it came out. */
  exportSource: (agency: string, year: number, title?: string, publishedOn?: string) =>
    `数据来源：${title?.includes(agency) ? '' : agency}《${title ?? `${year}年度政府信息公开工作年度报告`}》` +
    (publishedOn ? `，${publishedOn} 发布` : ''),
};

export type ExportMessages = typeof zhExport;
export type ChartExportMessages = ExportMessages['chartExport'];
export type TableExportMessages = ExportMessages['tableExport'];

export const enExport: ExportMessages = {
  chartExport: {
    menu: 'Export',
    scale: 'Image size',
    scaleOption: (scale: number) => `${scale}×`,
    png: 'Download PNG image',
    svg: 'Download SVG',
    copy: 'Copy PNG image',
    copied: 'Copied to the clipboard.',
    copyUnsupported: 'This browser does not allow copying images; download the PNG instead.',
    copyNeedsHttps:
      'Browsers let only https:// (and local) pages use the clipboard, and this page is on an http:// address, so it cannot copy. Download the PNG instead.',
    copyRefused: 'The browser refused to copy; download the PNG instead.',
    working: 'Preparing…',
    nothing: 'There is nothing in this chart to export.',
    failed: (detail: string) => `Export failed: ${detail}`,
  },
  tableExport: {
    menu: 'Export',
    csv: 'Download CSV (UTF-8)',
    xlsx: 'Download Excel workbook (XLSX)',
    working: 'Preparing…',
    failed: (detail: string) => `Export failed: ${detail}`,
  },
  findingsSheet: {
    title: 'Checks',
    columns: ['Severity', 'Result', 'Rule', 'Table', 'Cell', 'Message', 'Expected', 'Found'],
    failed: 'fails',
    notAssessable: 'not assessable',
  },
  exportSource: (agency: string, year: number, title?: string, publishedOn?: string) =>
    `Source: ${agency}, ${title ? `“${title}”` : `government information disclosure annual report ${year}`}` +
    (publishedOn ? `, published ${publishedOn}` : ''),
};

export const exportMessages = bundle(zhExport, enExport);
