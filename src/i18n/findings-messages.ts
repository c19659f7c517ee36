import { bundle } from './bundle.ts';
import { englishCount } from './english-count.ts';

// The strings of acting on findings (decisions, the details of a finding, the review list),
// used by the checks page and the review list page: they load with those pages.

export const zhFindings = {
  filterFailed: '错误和警告',
  allPassed: '全部校验通过：没有错误，也没有警告。',
  notAssessable: (n: number) => `另有 ${n} 项因涉及的单元格为空或不是数字而无法校验。`,
  showNotAssessable: (n: number) => `列出这 ${n} 项`,
  where: '位置',
  value: '所填数值',
  blankValue: '（空）',
  details: '详情',
  ruleId: '规则',
  cells: '单元格路径',
  expected: '按分项计算',
  actual: '表中所填',
  decision: '处理',
  confirm: '确认有误',
  dismiss: '不是问题…',
  dismissNote: '不是问题的理由（必填）',
  dismissSave: '保存为“不是问题”',
  noteRequired: '请写明理由。',
  undo: '撤销',
  confirmed: '已确认有误',
  dismissed: '不是问题',
  undecided: '待处理',
  decidedAt: (when: string) => `（${when}）`,
  decisionsSummary: (confirmed: number, dismissed: number, open: number) =>
    `已确认 ${confirmed} · 不是问题 ${dismissed} · 待处理 ${open}`,
  decisionFailed: '没能保存处理决定：',
  decisionsUnavailable: '无法读取已保存的处理决定：',
  damagedDecisions: (n: number) => `${n} 条保存的处理决定已损坏，未显示。`,
  reviewLink: '问题清单（可打印、下载）',
  reviewTitle: '问题清单',
  reviewIntro: '本报告勾稽校验发现的错误和警告，每行一个问题，附处理决定与说明。',
  reviewNone: '没有问题：全部校验通过。',
  reviewAcrossLoading:
    '正在读取其他年度的报告：跨年度的校验结果读完后列入清单，之后才能打印和下载。',
  print: '打印',
  downloadXlsx: '下载 Excel',
  downloadCsv: '下载 CSV',
  reviewColumns: ['序号', '严重程度', '表格', '行', '列', '数值', '问题', '处理', '说明'],
  reviewSheet: '问题清单',
  backToChecks: '返回勾稽校验',
};

export type FindingsMessages = typeof zhFindings;

export const enFindings: FindingsMessages = {
  filterFailed: 'Errors and warnings',
  allPassed: 'Every check passed: no errors and no warnings.',
  notAssessable: (n) =>
    `${englishCount(n, 'more check')} could not be assessed: their cells are blank or not numbers.`,
  showNotAssessable: (n) => `List ${n === 1 ? 'it' : `these ${n}`}`,
  where: 'Where',
  value: 'Value',
  blankValue: '(blank)',
  details: 'Details',
  ruleId: 'Rule',
  cells: 'Cell paths',
  expected: 'From the parts',
  actual: 'As printed',
  decision: 'Decision',
  confirm: 'Confirm: the report is wrong',
  dismiss: 'Not a problem…',
  dismissNote: 'Why it is not a problem (required)',
  dismissSave: 'Save as not a problem',
  noteRequired: 'Say why.',
  undo: 'Undo',
  confirmed: 'Confirmed',
  dismissed: 'Not a problem',
  undecided: 'Open',
  decidedAt: (when) => ` (${when})`,
  decisionsSummary: (confirmed, dismissed, open) =>
    `${confirmed} confirmed · ${dismissed} not a problem · ${open} open`,
  decisionFailed: 'The decision was not saved: ',
  decisionsUnavailable: 'The saved decisions cannot be read: ',
  damagedDecisions: (n) => `${englishCount(n, 'saved decision')} damaged, not shown.`,
  reviewLink: 'Review list (print, download)',
  reviewTitle: 'Review list',
  reviewIntro:
    "The errors and warnings the consistency checks found in this report, one a row, with the reviewer's decision and note.",
  reviewNone: 'Nothing to review: every check passed.',
  reviewAcrossLoading:
    "Reading the other years' reports: the checks across years join the list once they are read, and it can then be printed and downloaded.",
  print: 'Print',
  downloadXlsx: 'Download Excel',
  downloadCsv: 'Download CSV',
  reviewColumns: [
    'No.',
    'Severity',
    'Table',
    'Row',
    'Column',
    'Value',
    'Finding',
    'Decision',
    'Note',
  ],
  reviewSheet: 'Review list',
  backToChecks: 'Back to the checks',
};

export const findingsMessages = bundle(zhFindings, enFindings);
