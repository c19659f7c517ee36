import { bundle } from './bundle.ts';
import { englishCount } from './english-count.ts';

// The Import page's strings, in both languages: they load with the Import page, not with the
// first page (the header's link and the report switcher's groups are in messages.ts).

export const zhImport = {
  title: '导入报告',
  intro:
    '把报告文件拖到这里，或选择文件：文本（.txt，UTF-8 或 GBK）、网页（.html）、Word（.docx）、或本项目的 JSON。文件只在本机浏览器中处理，不会上传。',
  pick: '选择文件',
  dropHere: '把文件拖到这里',
  dropActive: '松开鼠标即可导入',
  limit: (mb: number) => `每个文件不超过 ${mb} MB。PDF 暂不支持，请复制其文字后另存为 .txt。`,
  reading: '正在读取…',
  ok: '可以导入',
  okWarnings: (n: number) => `可以导入，有 ${n} 条提醒`,
  failed: '无法导入',
  format: '格式',
  encoding: '编码',
  warnings: '导入提醒',
  errors: '错误',
  findings: '勾稽校验',
  findingsSummary: (e: number, w: number) => `${e} 个错误，${w} 个警告`,
  preview: '识别出的表格',
  source: '原文',
  sourceUnavailable: 'Word 文件没有可直接显示的原文。',
  save: '保存',
  saveAll: (n: number) => `全部保存（${n} 份）`,
  saved: '已保存',
  open: '打开',
  discard: '移除',
  saveFailed: '保存失败',
  savedTitle: '已导入的报告',
  savedNone: '还没有导入的报告。',
  savedAt: '保存于',
  delete: '删除',
  deleteConfirm: (name: string) => `删除已导入的报告“${name}”？`,
  download: '下载 JSON',
  damaged: '已损坏',
  damagedNote: '这条存储的记录已无法读取。可以下载它的原始内容，或删除它；其他报告不受影响。',
  downloadRaw: '下载原始内容',
  storageUnavailable: '浏览器存储不可用',
  where: '位置',
  row: '行',
  line: (n: number) => `第 ${n} 行`,
  previewProactive: '二、主动公开',
  previewApplications: '三、收到和处理申请',
  previewAppeals: '四、行政复议、行政诉讼',
};

export type ImportMessages = typeof zhImport;

export const enImport: ImportMessages = {
  title: 'Import reports',
  intro:
    "Drop report files here or pick them: text (.txt, UTF-8 or GBK), web pages (.html), Word (.docx), or this project's JSON. Files are read in this browser only; nothing is uploaded.",
  pick: 'Choose files',
  dropHere: 'Drop files here',
  dropActive: 'Release to import',
  limit: (mb: number) =>
    `Up to ${mb} MB a file. PDF is not supported yet: copy its text into a .txt file.`,
  reading: 'Reading…',
  ok: 'Ready to save',
  okWarnings: (n: number) => `Ready to save, ${englishCount(n, 'warning')}`,
  failed: 'Cannot be imported',
  format: 'Format',
  encoding: 'Encoding',
  warnings: 'Import warnings',
  errors: 'Errors',
  findings: 'Consistency checks',
  findingsSummary: (e: number, w: number) =>
    `${englishCount(e, 'error')}, ${englishCount(w, 'warning')}`,
  preview: 'Tables found',
  source: 'Source',
  sourceUnavailable: 'A Word file has no source text to show.',
  save: 'Save',
  saveAll: (n: number) => `Save all (${n})`,
  saved: 'Saved',
  open: 'Open',
  discard: 'Remove',
  saveFailed: 'Saving failed',
  savedTitle: 'Imported reports',
  savedNone: 'No report imported yet.',
  savedAt: 'saved',
  delete: 'Delete',
  deleteConfirm: (name: string) => `Delete the imported report "${name}"?`,
  download: 'Download JSON',
  damaged: 'Damaged',
  damagedNote:
    'This stored record can no longer be read. Download its raw content or delete it; the other reports are not affected.',
  downloadRaw: 'Download raw content',
  storageUnavailable: 'Browser storage is not available',
  where: 'at',
  row: 'Row',
  line: (n: number) => `line ${n}`,
  previewProactive: '2. Proactive disclosure',
  previewApplications: '3. Applications',
  previewAppeals: '4. Reconsideration and litigation',
};

export const importMessages = bundle(zhImport, enImport);
