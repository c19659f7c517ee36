import { useMemo } from 'react';
import { TextBlocks } from '../../components/ui/text-blocks.tsx';
import { appMessages } from '../../i18n/app-bundle.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { sectionLabels } from '../../report/table-layout.ts';
import { toTextBlocks } from '../../report/text-points.ts';
import { useOpenReport } from '../use-open-report.ts';

/** Sections 五 and 六: the report's text, numbered points as lists. */
export function TextRoute({ section }: { section: 'problems' | 'other' }) {
  const { report } = useOpenReport();
  const m = useMessages(appMessages);
  const blocks = useMemo(
    () => toTextBlocks(report.sections[section].paragraphs),
    [report, section],
  );
  return (
    <>
      <h1>{m.text(sectionLabels[section])}</h1>
      <section
        className="card report-text"
        lang="zh-CN"
        aria-label={m.text(sectionLabels[section])}
      >
        <TextBlocks blocks={blocks} messages={m} />
      </section>
    </>
  );
}

export const ProblemsRoute = () => <TextRoute section="problems" />;
export const OtherRoute = () => <TextRoute section="other" />;
