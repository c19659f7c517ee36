import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { countBySeverity } from '../../checks/run-checks.ts';
import { StatCard } from '../../components/ui/stat-card.tsx';
import { TextBlocks } from '../../components/ui/text-blocks.tsx';
import { appMessages } from '../../i18n/app-bundle.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { applicationsReceived, appealsTotal, disclosureRate } from '../../report/metrics.ts';
import { sectionLabels } from '../../report/table-layout.ts';
import { toTextBlocks } from '../../report/text-points.ts';
import { pathTo } from '../paths.ts';
import { useOpenReport } from '../use-open-report.ts';
import { formatNumber, formatPercent } from './format.ts';

export function OverviewRoute() {
  const { entry, report, findings } = useOpenReport();
  const m = useMessages(appMessages);
  const received = applicationsReceived(report);
  const rate = disclosureRate(report);
  const appeals = appealsTotal(report);
  const counts = countBySeverity(findings.filter((f) => f.status === 'failed'));
  const blocks = useMemo(() => toTextBlocks(report.sections.overview.paragraphs), [report]);
  const procurement = report.template === '2019' ? report.sections.proactive.procurement : null;
  // A figure that uses a 总计 the app computed says so, as the charts do.
  const mark = (derived: boolean) => (derived ? '*' : '');
  const derivedNote = (derived: boolean) => (derived ? ` ${m.cardDerivedNote}` : '');

  return (
    <>
      <h1>{m.text(sectionLabels.overview)}</h1>
      <div className="stat-cards">
        <StatCard
          title={m.cardApplications}
          value={formatNumber(received.value, m.locale) + mark(received.derived)}
          note={m.cardApplicationsNote + derivedNote(received.derived)}
        />
        <StatCard
          title={m.cardDisclosureRate}
          value={
            <>
              <span title={rate.value === null ? m.notComputableNote : undefined}>
                {formatPercent(rate.value, m.locale)}
              </span>
              {mark(rate.derived)}
            </>
          }
          note={
            <>
              {m.cardDisclosureRateNote}
              {rate.numerator !== null && rate.denominator !== null
                ? ` = ${rate.numerator} ÷ ${rate.denominator}`
                : ''}
              {derivedNote(rate.derived)}
            </>
          }
        />
        <StatCard
          title={m.cardProcurement}
          value={procurement ? String(procurement.amount.raw ?? m.notComputable) : m.notComputable}
          note={
            procurement
              ? `${m.cardProcurementNote} ${String(procurement.projects.raw ?? m.notComputable)}`
              : m.cardProcurementNone
          }
        />
        <StatCard
          title={m.cardAppeals}
          value={formatNumber(appeals.value, m.locale)}
          note={m.cardAppealsNote}
        />
        {/* The card opens the findings it counts. */}
        <Link
          className="stat-card-link"
          to={pathTo({ page: 'report', reportId: entry.id, section: 'checks' })}
        >
          <StatCard
            title={m.cardCheckErrors}
            value={counts.error}
            tone={counts.error > 0 ? 'error' : 'good'}
            note={m.cardCheckErrorsNote(counts.warning)}
          />
        </Link>
      </div>
      <section aria-labelledby="facts-title" className="card">
        <h2 id="facts-title">{m.reportFacts}</h2>
        <dl className="facts">
          <dt>{m.agency}</dt>
          <dd>{report.agency.name}</dd>
          <dt>{m.reportingYear}</dt>
          <dd>{report.year}</dd>
          <dt>{m.template}</dt>
          <dd>{report.template === '2019' ? m.template2019 : m.template2021}</dd>
          {report.agency.region ? (
            <>
              <dt>{m.region}</dt>
              <dd>{report.agency.region}</dd>
            </>
          ) : null}
          {report.publishedOn ? (
            <>
              <dt>{m.publishedOn}</dt>
              <dd>
                <time dateTime={report.publishedOn}>{report.publishedOn}</time>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <section
        className="card report-text"
        lang="zh-CN"
        aria-label={m.text(sectionLabels.overview)}
      >
        <TextBlocks blocks={blocks} messages={m} />
      </section>
    </>
  );
}
