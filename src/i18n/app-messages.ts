import type { Lang } from '../report/label.ts';

// The strings of the app's frame and first pages: Chinese here, English in app-messages-en.ts
// (loaded when wanted, see app-bundle.ts), which must have exactly zh's keys (the type checks it). Official table
// labels live with the table layouts (src/report/table-layout.ts).

export const zhApp = {
  appName: '政府信息公开年报看板',
  appTagline: '政府信息公开工作年度报告',
  language: '语言',
  switchLanguage: 'English',
  /** The language the switch turns to. */
  switchLanguageTo: 'en' as Lang,
  /** Its `lang` attribute: the switch is written in the language it turns to. */
  switchLanguageLocale: 'en',
  switchLanguageLabel: '切换到英文界面',
  skipToContent: '跳到正文',
  reportSwitcher: '选择报告',
  builtinGroup: '内置',
  importedGroup: '已导入',
  /** Tells apart two imports of the same report in the switcher. */
  importedNth: (n: number) => `第 ${n} 次导入`,
  navLibrary: '报告库',
  navImport: '导入报告',
  sectionsNav: '报告各部分',
  loading: '正在载入…',
  retry: '重试',
  loadFailed: '载入失败',
  cannotOpenReport: '无法打开报告',
  file: '文件',
  notFoundTitle: '页面不存在',
  notFoundBody: '没有这个地址。可以从下面的报告开始：',
  unknownReportTitle: '没有这份报告',
  unknownReportBody: (id: string) => `报告列表里没有“${id}”。现有的报告：`,
  routeErrorTitle: '这一部分出错了',
  routeErrorBody: '其他部分仍可使用。错误信息：',
  template: '表格格式',
  template2019: '2019 年版',
  template2021: '2021 年版（国办公开办函〔2021〕30号）',
  region: '地区',
  publishedOn: '发布日期',
  reportingYear: '统计年度',
  agency: '机关',
  yearSuffix: (year: number) => `${year} 年度`,
  sectionOverview: '总体情况',
  sectionPublications: '主动公开',
  sectionApplications: '依申请公开',
  sectionProcurement: '政府集中采购',
  sectionAppeals: '复议诉讼',
  sectionProblems: '问题与改进',
  sectionOther: '其他事项',
  sectionChecks: '勾稽校验',
  emptySection: '本节没有内容。',
  cardApplications: '收到申请',
  cardApplicationsNote: '本年新收',
  cardDisclosureRate: '公开率',
  cardDisclosureRateNote: '（予以公开 + 部分公开）÷ 办理结果总计',
  /** Under a headline figure marked '*': it uses a 总计 the app computed (docs/charts.md). */
  cardDerivedNote: '（* 含推算值：原表该总计为空）',
  cardProcurement: '集中采购总金额',
  cardProcurementNote: '采购项目',
  cardProcurementNone: '2021 年版格式不含此项',
  cardAppeals: '复议与诉讼',
  cardAppealsNote: '行政复议 + 行政诉讼总计',
  cardCheckErrors: '校验错误',
  cardCheckErrorsNote: (warnings: number) => `另有 ${warnings} 条警告`,
  notComputable: '—',
  notComputableNote: '分母为 0 或数据不全，无法计算',
  reportFacts: '报告信息',
  reportActions: '导出整份报告',
  editReport: '编辑',
  /** Marks a built-in report's edited copy in the switcher. */
  editedCopy: '已编辑',
  printView: '打印视图',
  downloadJson: '下载报告数据（JSON）',
  downloadXlsx: '下载 Excel 工作簿（三张表和校验结果）',
};

export type AppMessages = typeof zhApp;
