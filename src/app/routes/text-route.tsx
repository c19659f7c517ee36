import { useMemo } from 'react';
import { TextBlocks } from '../../components/ui/text-blocks.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { sectionLabels } from '../../report/table-layout.ts';
import { toTextBlocks } from '../../report/text-points.ts';
import { useLoadedReport } from '../use-loaded-report.ts';

/** Sections 五 and 六: the report's text, numbered points as lists. */
export function TextRoute({ section }: { section: 'problems' | 'other' }) {
  const { report } = useLoadedReport();
  const { m, label } = useI18n();
  const blocks = useMemo(
    () => toTextBlocks(report.sections[section].paragraphs),
    [report, section],
  );
  return (
    <>
      <h1>{label(sectionLabels[section])}</h1>
      <section className="card report-text" lang="zh-CN" aria-label={label(sectionLabels[section])}>
        <TextBlocks blocks={blocks} empty={m.emptySection} />
      </section>
    </>
  );
}

export const ProblemsRoute = () => <TextRoute section="problems" />;
export const OtherRoute = () => <TextRoute section="other" />;
