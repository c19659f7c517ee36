import { StatCard } from '../../components/ui/stat-card.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useLoadedReport } from '../use-loaded-report.ts';
import { formatNumber } from './format.ts';
import { useSectionMessages } from './use-section-messages.ts';

/** 政府集中采购: a row of table 二 in the 2019 format, absent from the 2021 format. */
export function ProcurementRoute() {
  const { report } = useLoadedReport();
  const { m, lang } = useI18n();
  const s = useSectionMessages();
  if (report.template === '2021') {
    return (
      <>
        <h1>{m.sectionProcurement}</h1>
        <p className="card notice">{s.procurementNotIn2021}</p>
      </>
    );
  }
  const { projects, amount } = report.sections.proactive.procurement;
  const printed = (raw: string | number | null) => (raw === null ? m.notComputable : String(raw));
  return (
    <>
      <h1>{m.sectionProcurement}</h1>
      <div className="stat-cards">
        <StatCard
          title={s.procurementProjects}
          value={formatNumber(projects.value, lang)}
          note={`${s.procurementPrinted}: ${printed(projects.raw)}`}
        />
        <StatCard
          title={s.procurementAmount}
          value={
            amount.value === null
              ? printed(amount.raw)
              : `${amount.approx ? '>' : ''}${formatNumber(amount.value, lang)}${amount.unit ? ` ${amount.unit}` : ''}`
          }
          note={`${s.procurementPrinted}: ${printed(amount.raw)}`}
        />
      </div>
    </>
  );
}
