import { bundle } from './bundle.ts';
import { englishCount } from './english-count.ts';

// The checks page's strings, in both languages: they load with that page, not with the first.

export const zhChecks = {
  checksIntro: '按全国统一格式的勾稽关系逐项校验本报告的表格。',
  checksFilterSeverity: '严重程度',
  checksFilterTable: '表格',
  checksAll: '全部',
  severityError: '错误',
  severityWarning: '警告',
  severityInfo: '无法校验',
  tableProactive: '主动公开',
  tableApplications: '依申请公开',
  tableAppeals: '复议诉讼',
  tableReport: '整份报告',
  checksNone: '没有符合条件的校验结果。',
  checksShowInTable: '在表格中查看',
  checksExpected: '应为',
  checksActual: '实际',
  checksCount: (n: number) => `共 ${n} 条`,
  checksEarlier: (agency: string, year: number) => `对照 ${agency} ${year} 年度报告：`,
};

export type ChecksMessages = typeof zhChecks;

export const enChecks: ChecksMessages = {
  checksIntro: "The report's tables checked against the consistency rules of the national format.",
  checksFilterSeverity: 'Severity',
  checksFilterTable: 'Table',
  checksAll: 'All',
  severityError: 'Error',
  severityWarning: 'Warning',
  severityInfo: 'Not assessable',
  tableProactive: 'Publications',
  tableApplications: 'Applications',
  tableAppeals: 'Appeals',
  tableReport: 'Whole report',
  checksNone: 'No findings match.',
  checksShowInTable: 'Show in the table',
  checksExpected: 'expected',
  checksActual: 'found',
  checksCount: (n: number) => englishCount(n, 'finding'),
  checksEarlier: (agency: string, year: number) => `Against ${agency}'s ${year} report:`,
};

export const checksMessages = bundle(zhChecks, enChecks);
