import { bundle } from './bundle.ts';
import { englishCount } from './english-count.ts';

// The strings of the editor (#/reports/<id>/edit, #/reports/new) and of the table form, which
// the Import page's correction and the versions page use too: they load with those pages.

const zhGrid = {
  severity: { error: '错误', warning: '警告', info: '无法校验' },
  pasted: (n: number, outside: number) =>
    `已粘贴 ${n} 个单元格` + (outside > 0 ? `；另有 ${outside} 个超出表格范围，未粘贴` : ''),
  keysHint:
    '方向键在单元格间移动，Tab 到下一格，Enter 到下一行，Esc 撤回本格的输入；可从 Excel 或 WPS 复制一块单元格粘贴进来。单元格可填数字、留空，或照原样填写（如 -、537余万元）。',
  readOnlyHint: '只读：这是一个历史版本。',
};

export type TableEditorMessages = typeof zhGrid;

const enGrid: TableEditorMessages = {
  severity: { error: 'Error', warning: 'Warning', info: 'Not assessable' },
  pasted: (n, outside) =>
    `Pasted ${englishCount(n, 'cell')}` +
    (outside > 0 ? `; ${englishCount(outside, 'value')} outside the table not pasted` : ''),
  keysHint:
    'Arrow keys move between cells, Tab to the next cell, Enter to the next row, Esc takes back what was typed into the cell; a block of cells copied from Excel or WPS can be pasted in. A cell takes a number, a blank, or text as printed (-, 537余万元).',
  readOnlyHint: 'Read only: this is an earlier version.',
};

const zhVersions = {
  title: '版本记录',
  intro:
    '每次保存都保留之前的版本：第 1 版是导入的原文或内置报告的原文。可以打开任一版本查看，或把它恢复为新的一版（之后的版本仍然保留）。',
  builtinIntro:
    '内置报告从不修改，只有这一版。编辑它会在本机另存为编辑副本，副本有自己的版本记录。',
  version: (n: number) => `第 ${n} 版`,
  current: '当前版本',
  damaged: '已损坏',
  first: '最初的版本。',
  noChange: '与上一版相同。',
  changed: (n: number) => `与上一版相比，改动 ${n} 处：`,
  moreChanges: (n: number) => `另外 ${n} 处`,
  blank: '（空）',
  paragraphs: (n: number) => `${n} 段`,
  open: (n: number) => `查看第 ${n} 版`,
  restore: (n: number) => `恢复第 ${n} 版为新版本`,
  restoreConfirm: (n: number) => `把第 ${n} 版恢复为新的一版？当前版本仍会保留在版本记录中。`,
  restored: (from: number, n: number) => `已把第 ${from} 版恢复为第 ${n} 版。`,
  restoreFailed: '恢复失败：',
  download: (n: number) => `下载第 ${n} 版（JSON）`,
  downloadRaw: (n: number) => `下载第 ${n} 版的原始内容`,
  origins: {
    builtin: '内置报告原文',
    import: '导入',
    new: '新建',
    edit: '编辑',
    restore: (n: number) => `恢复自第 ${n} 版`,
  },
  viewing: (n: number) => `第 ${n} 版的表格（只读）`,
  viewingFindings: (e: number, w: number) => `这一版：错误 ${e} · 警告 ${w}`,
  close: '关闭',
  draftPending: '编辑页有尚未保存的修改；恢复的版本不会覆盖它们。',
  edit: '编辑',
  loading: '正在读取版本…',
  loadFailed: '无法读取版本记录：',
  copies: '本机的编辑副本：',
};

export type VersionsMessages = typeof zhVersions;

const enVersions: VersionsMessages = {
  title: 'Versions',
  intro:
    'Every save keeps the version before it: version 1 is the file as imported, or the built-in report. Open any version to see it, or restore it as a new version (the later ones are kept).',
  builtinIntro:
    'A built-in report is never changed and has this one version. Editing it keeps an edited copy in this browser, with versions of its own.',
  version: (n) => `Version ${n}`,
  current: 'Current',
  damaged: 'Damaged',
  first: 'The first version.',
  noChange: 'The same as the version before.',
  changed: (n) => `${englishCount(n, 'change')} from the version before:`,
  moreChanges: (n) => `${n} more`,
  blank: '(blank)',
  paragraphs: (n) => englishCount(n, 'paragraph'),
  open: (n) => `Open version ${n}`,
  restore: (n) => `Restore version ${n} as a new version`,
  restoreConfirm: (n) =>
    `Restore version ${n} as a new version? The current version stays in the list.`,
  restored: (from, n) => `Version ${from} restored as version ${n}.`,
  restoreFailed: 'Not restored: ',
  download: (n) => `Download version ${n} (JSON)`,
  downloadRaw: (n) => `Download version ${n} as stored`,
  origins: {
    builtin: 'the built-in report',
    import: 'imported',
    new: 'new',
    edit: 'edited',
    restore: (n) => `restored from version ${n}`,
  },
  viewing: (n) => `The tables of version ${n} (read only)`,
  viewingFindings: (e, w) =>
    `This version: ${englishCount(e, 'error')} · ${englishCount(w, 'warning')}`,
  close: 'Close',
  draftPending: 'The editor has unsaved changes; a restored version does not overwrite them.',
  edit: 'Edit',
  loading: 'Reading the versions…',
  loadFailed: 'The versions cannot be read: ',
  copies: 'Edited copies in this browser: ',
};

export const zhEditor = {
  grid: zhGrid,
  versions: zhVersions,
  editTitle: '编辑报告',
  newTitle: '新建报告',
  newIntro:
    '从全国统一格式的空白表格开始填写本机关的年度报告：填写时即时校验勾稽关系，保存后可查看图表，也可下载 JSON、Excel 或可粘贴到 Word 的表格。',
  templateChoice: '表格格式',
  template2019: '2019 年版',
  template2021: '2021 年版',
  builtinNote: (agency: string) =>
    `这是内置报告，不会被修改：保存时，在本机另存为“${agency}”的编辑副本（在报告切换中标为“已编辑”），内置报告的原文是它的第 1 版。`,
  copiesExist: '本机已有它的编辑副本：',
  savedNote: (n: number) => `本机保存的报告，当前为第 ${n} 版。`,
  versionsLink: '版本记录',
  draftRestored: (when: string) => `已恢复 ${when} 未保存的修改。`,
  discard: '放弃修改',
  discardConfirm: '放弃所有未保存的修改？',
  unsaved: (n: number) => `${n} 处未保存的修改`,
  noChanges: '没有未保存的修改',
  save: '保存',
  saveCopy: '另存为编辑副本',
  saveNew: '保存到本机',
  saving: '正在保存…',
  saved: (n: number) => `已保存为第 ${n} 版。`,
  saveFailed: '保存失败，修改仍在本页并已暂存：',
  cannotSave: '请先更正上面标出的字段，才能保存：',
  details: '报告信息',
  agency: '机关名称',
  region: '地区',
  level: '层级',
  levels: {
    '': '（不填）',
    national: '国家级',
    provincial: '省级',
    city: '市级',
    county: '县级',
    township: '乡镇级',
  },
  year: '统计年度',
  publishedOn: '发布日期',
  reportTitle: '标题',
  texts: '报告正文',
  textHint: '每段一行。',
  checks: '勾稽校验',
  checksSummary: (e: number, w: number) => `错误 ${e} · 警告 ${w}`,
  checksPassed: '全部校验通过。',
  findingsList: '当前的问题',
  locate: '定位到单元格',
  downloads: '下载',
  downloadJson: 'JSON（报告数据）',
  downloadXlsx: 'Excel（三张表）',
  downloadHtml: '网页表格（可粘贴到 Word）',
  copyTables: '复制表格，粘贴到 Word',
  copied: '已复制，可以粘贴到 Word 或 WPS。',
  copyFailed: '浏览器不允许复制，请下载网页表格，用 Word 打开或复制。',
  openReport: '查看报告与图表',
  leaveWarning: '有修改没能暂存到本机，离开会丢失。',
  fieldErrors: '这些字段需要更正',
};

export type EditorMessages = typeof zhEditor;

export const enEditor: EditorMessages = {
  grid: enGrid,
  versions: enVersions,
  editTitle: 'Edit the report',
  newTitle: 'New report',
  newIntro:
    "Fill in your agency's annual report from the blank tables of the national format: the consistency checks run as you type; once saved, it has its charts, and it can be downloaded as JSON, Excel, or tables to paste into Word.",
  templateChoice: 'Table format',
  template2019: '2019 format',
  template2021: '2021 format',
  builtinNote: (agency) =>
    `This is a built-in report and is never changed: saving keeps an edited copy of "${agency}" in this browser (marked "edited" in the report switcher), whose version 1 is the built-in file.`,
  copiesExist: 'Edited copies already in this browser: ',
  savedNote: (n) => `A report kept in this browser, now at version ${n}.`,
  versionsLink: 'Versions',
  draftRestored: (when) => `Unsaved changes from ${when} restored.`,
  discard: 'Discard changes',
  discardConfirm: 'Discard all unsaved changes?',
  unsaved: (n) => `${englishCount(n, 'unsaved change')}`,
  noChanges: 'No unsaved changes',
  save: 'Save',
  saveCopy: 'Save as an edited copy',
  saveNew: 'Save in this browser',
  saving: 'Saving…',
  saved: (n) => `Saved as version ${n}.`,
  saveFailed: 'Not saved; the changes are still here and kept in this browser: ',
  cannotSave: 'Correct the fields marked above to save: ',
  details: 'Report details',
  agency: 'Agency',
  region: 'Region',
  level: 'Level',
  levels: {
    '': '(none)',
    national: 'National',
    provincial: 'Provincial',
    city: 'City',
    county: 'County',
    township: 'Township',
  },
  year: 'Reporting year',
  publishedOn: 'Published on',
  reportTitle: 'Title',
  texts: 'Text',
  textHint: 'One paragraph a line.',
  checks: 'Consistency checks',
  checksSummary: (e, w) => `${englishCount(e, 'error')} · ${englishCount(w, 'warning')}`,
  checksPassed: 'Every check passed.',
  findingsList: 'Findings now',
  locate: 'Go to the cell',
  downloads: 'Download',
  downloadJson: 'JSON (the report data)',
  downloadXlsx: 'Excel (the three tables)',
  downloadHtml: 'Web page of the tables (for Word)',
  copyTables: 'Copy the tables for Word',
  copied: 'Copied: paste into Word or WPS.',
  copyFailed:
    'The browser refused to copy: download the web page of the tables and open it in Word.',
  openReport: 'See the report and its charts',
  leaveWarning: 'Some changes could not be kept in this browser and would be lost.',
  fieldErrors: 'These fields need correcting',
};

export const editorMessages = bundle(zhEditor, enEditor);
