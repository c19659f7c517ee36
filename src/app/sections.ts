import type { AppMessages } from '../i18n/app-messages.ts';
import type { Template } from '../report/table-layout.ts';

// The sections of a report, declared once: the router (through pages.ts), the section
// navigation, the print view and the prerendering all read this list. Their paths are a
// public contract (bookmarks).

export interface ReportSection {
  readonly path: string;
  readonly title: (m: AppMessages) => string;
  /** The part of the national format it shows (二（九） is a row of table 二). */
  readonly number: string;
  /** Part of the print view, the whole report as one document. */
  readonly printed: boolean;
  /** Shown in the navigation only for reports of this template (the page still answers). */
  readonly template?: Template;
}

export const reportSections = [
  { path: 'overview', title: (m) => m.sectionOverview, number: '一', printed: true },
  { path: 'publications', title: (m) => m.sectionPublications, number: '二', printed: true },
  { path: 'applications', title: (m) => m.sectionApplications, number: '三', printed: true },
  {
    path: 'procurement',
    title: (m) => m.sectionProcurement,
    number: '二（九）',
    printed: false,
    // 2021's table 二 has no procurement row: its tab would only say so.
    template: '2019',
  },
  { path: 'appeals', title: (m) => m.sectionAppeals, number: '四', printed: true },
  { path: 'problems', title: (m) => m.sectionProblems, number: '五', printed: true },
  { path: 'other', title: (m) => m.sectionOther, number: '六', printed: true },
  { path: 'checks', title: (m) => m.sectionChecks, number: '', printed: false },
] as const satisfies readonly ReportSection[];

export type SectionPath = (typeof reportSections)[number]['path'];

/** A report's pages beside its sections: the print view, the editor, versions, review list. */
const workPaths = ['print', 'edit', 'versions', 'review'] as const;
export type WorkPath = (typeof workPaths)[number];

/** A report's pages: its sections, and the print view, editor, versions and review list. */
export const reportPagePaths = [...reportSections.map((s) => s.path), ...workPaths] as const;
export type ReportPagePath = SectionPath | WorkPath;

/** Where a finding's table is shown. */
export const sectionOfTable = {
  proactive: 'publications',
  applications: 'applications',
  appeals: 'appeals',
  report: 'overview',
} as const satisfies Record<string, SectionPath>;
