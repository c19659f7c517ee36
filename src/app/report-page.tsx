import { FindingsSummary } from '../components/findings/findings-summary.tsx';
import { ReportHeader } from '../components/report-header.tsx';
import { SectionText } from '../components/section-text.tsx';
import { sectionLabels } from '../report/table-layout.ts';
import type { LoadedReport } from './load-report.ts';

export function ReportPage({ loaded }: { loaded: LoadedReport }) {
  const { report, findings } = loaded;
  return (
    <main className="report-page">
      <ReportHeader report={report} />
      <FindingsSummary findings={findings} />
      <SectionText
        title={sectionLabels.overview.zh}
        paragraphs={report.sections.overview.paragraphs}
      />
      <SectionText
        title={sectionLabels.problems.zh}
        paragraphs={report.sections.problems.paragraphs}
      />
      <SectionText title={sectionLabels.other.zh} paragraphs={report.sections.other.paragraphs} />
    </main>
  );
}
