import { StatCard } from '../../components/ui/stat-card.tsx';
import { appMessages } from '../../i18n/app-bundle.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { sectionMessages } from '../../i18n/section-messages.ts';
import { useOpenReport } from '../use-open-report.ts';
import { formatNumber } from './format.ts';

/** 政府集中采购: a row of table 二 in the 2019 format, absent from the 2021 format. */
export function ProcurementRoute() {
  const { report } = useOpenReport();
  const m = useMessages(appMessages);
  const s = useMessages(sectionMessages);
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
          value={formatNumber(projects.value, m.locale)}
          note={`${s.procurementPrinted}: ${printed(projects.raw)}`}
        />
        <StatCard
          title={s.procurementAmount}
          value={
            amount.value === null
              ? printed(amount.raw)
              : `${amount.approx ? '>' : ''}${formatNumber(amount.value, m.locale)}${amount.unit ? ` ${amount.unit}` : ''}`
          }
          note={`${s.procurementPrinted}: ${printed(amount.raw)}`}
        />
      </div>
    </>
  );
}
