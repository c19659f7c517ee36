import { bundle } from './bundle.ts';
import { englishCount } from './english-count.ts';

// The strings of the sections with tables and charts, and of the print view, in both
// languages: they load with those pages, not with the first page.

export const zhSections = {
  viewSwitch: { legend: '显示方式', table: '表格', chart: '图表', both: '并排' },
  /** 第二十条第（一）项: the heading of one block of table 二 (`item` as printed, `n` its number). */
  articleItem: (item: string, _n: number) => `第二十条第${item}项`,
  publicationsTable: '主动公开政府信息情况',
  publicationsChart: '主动公开：各项数量',
  applicationsTable: '收到和处理政府信息公开申请情况',
  outcomesChart: '办理结果',
  outcomesByApplicantChart: '各类申请人的办理结果',
  flowChart: '申请的去向',
  flowIntake: '收到的申请',
  appealsTable: '行政复议、行政诉讼情况',
  appealsChart: '复议与诉讼结果',
  correctionRate: '纠错率',
  correctionRateNote: '纠正 ÷（总计 − 尚未审结）',
  procurementProjects: '采购项目数量',
  procurementAmount: '采购总金额',
  procurementNotIn2021:
    '这份报告采用 2021 年版格式。2021 年版格式的主动公开表不再包含政府集中采购，所以这里没有采购数据。',
  procurementPrinted: '报告原文',
  rowLabel: '项目',
  applicantGroup: '法人或其他组织',
  printButton: '打印或存为 PDF',
  backToDashboard: '返回看板',
  printHint: '用浏览器的“打印”可存为 PDF；导航和按钮不会打印出来。',
  printLegendTitle: '表中记号',
  printLegend: [
    '“·”：报告此处空白（不是 0）',
    '“-”“/”等：报告写明不适用',
    '印出的文字（如“537余万元”）后面的数字：看板读出的数值，“≈”表示约数',
  ],
  printFindingsTitle: '勾稽校验结果',
  printFindingsNone: '全部校验通过，没有错误和警告。',
  printFindingsNotAssessable: (n: number) => `另有 ${n} 项因单元格空白或不是数字而无法校验。`,
};

export type SectionMessages = typeof zhSections;

export const enSections: SectionMessages = {
  viewSwitch: { legend: 'View', table: 'Table', chart: 'Chart', both: 'Side by side' },
  articleItem: (_item: string, n: number) => `Article 20, item ${n}`,
  publicationsTable: 'Proactive disclosure',
  publicationsChart: 'Proactive disclosure: counts',
  applicationsTable: 'Applications received and handled',
  outcomesChart: 'Outcomes',
  outcomesByApplicantChart: 'Outcomes by type of applicant',
  flowChart: 'Where the applications went',
  flowIntake: 'Applications',
  appealsTable: 'Reconsideration and litigation',
  appealsChart: 'Reconsideration and litigation results',
  correctionRate: 'Correction rate',
  correctionRateNote: 'corrected ÷ (total − pending)',
  procurementProjects: 'Procurement projects',
  procurementAmount: 'Total procurement amount',
  procurementNotIn2021:
    'This report follows the 2021 format, whose proactive-disclosure table no longer includes centralised government procurement, so there are no procurement figures.',
  procurementPrinted: 'As printed',
  rowLabel: 'Item',
  applicantGroup: 'Legal persons or other organisations',
  printButton: 'Print or save as PDF',
  backToDashboard: 'Back to the dashboard',
  printHint: "Use the browser's Print to save a PDF; navigation and buttons are not printed.",
  printLegendTitle: 'Marks in the tables',
  printLegend: [
    '“·”: left blank in the report (not 0)',
    '“-”, “/” and the like: marked not applicable in the report',
    'A number after printed text (such as “537余万元”): the number the dashboard reads from it; “≈” marks an approximate one',
  ],
  printFindingsTitle: 'Consistency checks',
  printFindingsNone: 'Every check passed: no errors and no warnings.',
  printFindingsNotAssessable: (n: number) =>
    `${englishCount(n, 'more check')} could not be assessed (their cells are blank or not numbers).`,
};

export const sectionMessages = bundle(zhSections, enSections);
