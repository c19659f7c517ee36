import type { Messages } from '../i18n/messages.ts';

/** The routes under a report, in the report's order. Their paths are a public contract. */
export const sectionRoutes = [
  { path: 'overview', title: (m: Messages) => m.sectionOverview, number: '一' },
  { path: 'publications', title: (m: Messages) => m.sectionPublications, number: '二' },
  { path: 'applications', title: (m: Messages) => m.sectionApplications, number: '三' },
  { path: 'procurement', title: (m: Messages) => m.sectionProcurement, number: '二（九）' },
  { path: 'appeals', title: (m: Messages) => m.sectionAppeals, number: '四' },
  { path: 'problems', title: (m: Messages) => m.sectionProblems, number: '五' },
  { path: 'other', title: (m: Messages) => m.sectionOther, number: '六' },
  { path: 'checks', title: (m: Messages) => m.sectionChecks, number: '' },
] as const;

export type SectionPath = (typeof sectionRoutes)[number]['path'];

export const reportPath = (id: string, section: SectionPath = 'overview') =>
  `/reports/${id}/${section}`;

/** Where a finding's table is shown. */
export const sectionOfTable = {
  proactive: 'publications',
  applications: 'applications',
  appeals: 'appeals',
  report: 'overview',
} as const satisfies Record<string, SectionPath>;
