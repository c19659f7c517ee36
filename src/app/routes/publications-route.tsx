import { useMemo } from 'react';
import { DataTable } from '../../components/tables/data-table.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { SectionMessages } from '../../i18n/section-messages.ts';
import { proactiveLayouts, sectionLabels } from '../../report/table-layout.ts';
import type { Label } from '../../report/label.ts';
import { cellOf, proactiveRows, type RowRef } from '../../report/table-rows.ts';
import { chartValue } from '../table-data/chart-data.ts';
import { toTableRow } from '../table-data/to-table-row.ts';
import { useHighlightedCells } from '../use-highlighted-cells.ts';
import { useLoadedReport } from '../use-loaded-report.ts';
import { useTableUrlState } from '../use-table-url-state.ts';
import { ChartFrame } from './lazy-charts.tsx';
import { PageHeading, TableAndChart, useViewMode } from './table-and-chart.tsx';
import { useExportInfo } from './use-export-info.ts';
import { useCellNotes, useChartMessages, useTableMessages } from './use-table-messages.ts';
import { useSectionMessages } from './use-section-messages.ts';

interface ItemGroup {
  item: string;
  columns: readonly { key: string; zh: string; en: string }[];
  rows: RowRef[];
}

/** Table 二 as printed: one block per 第二十条 item, each with its own columns. */
function itemGroups(rows: RowRef[], template: '2019' | '2021'): ItemGroup[] {
  const groups: ItemGroup[] = [];
  for (const layout of proactiveLayouts[template]) {
    const row = rows.find((r) => r.key === layout.key);
    if (!row) continue;
    const last = groups.at(-1);
    if (last && last.item === layout.item) last.rows.push(row);
    else groups.push({ item: layout.item, columns: layout.columns, rows: [row] });
  }
  return groups;
}

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const itemNumber = (item: string) => {
  const numeral = item.replace(/[（）]/g, '');
  const index = numerals.indexOf(numeral);
  return index === -1 ? numeral : String(index + 1);
};

const itemTitle = (item: string, lang: 'zh' | 'en') =>
  lang === 'zh' ? `第二十条第${item}项` : `Article 20, item ${item.replace(/[（）]/g, '')}`;

export function PublicationsRoute() {
  const { report } = useLoadedReport();
  const { label, lang } = useI18n();
  const s = useSectionMessages();
  const [mode, setMode] = useViewMode();
  const groups = useMemo(() => itemGroups(proactiveRows(report), report.template), [report]);
  return (
    <>
      <PageHeading title={label(sectionLabels.proactive)} mode={mode} onMode={setMode} />
      {groups.map((g) => (
        <ItemBlock
          key={g.item}
          group={g}
          title={itemTitle(g.item, lang)}
          mode={mode}
          label={label}
          m={s}
        />
      ))}
    </>
  );
}

function ItemBlock({
  group,
  title,
  mode,
  label,
  m,
}: {
  group: ItemGroup;
  title: string;
  mode: 'table' | 'chart' | 'both';
  label: (l: Label) => string;
  m: SectionMessages;
}) {
  const prefix = `i${group.item.replace(/[（）]/g, '')}`;
  const exports = useExportInfo();
  // 第二十条第（九）项 → publications-item9: a file name that says which block it holds.
  const itemName = `publications-item${itemNumber(group.item)}`;
  const columns = group.columns.map((c) => ({ id: c.key, header: label(c) }));
  const [state, setState] = useTableUrlState(prefix, ['label', ...columns.map((c) => c.id)]);
  const rows = group.rows.map((r) => toTableRow(r, 'proactive', label));
  // Money (采购总金额) is not charted beside counts: it has its own page.
  const series = columns
    .filter((c) => c.id !== 'amount')
    .map((c) => ({ key: c.id, label: c.header }));
  const data = group.rows.map((r) => ({
    key: r.key,
    label: label(r.label),
    values: Object.fromEntries(series.map((s) => [s.key, chartValue(cellOf(r, s.key).cell)])),
  }));
  return (
    <section className="item-block" aria-label={title}>
      <h2>{title}</h2>
      <TableAndChart
        mode={mode}
        table={
          <DataTable
            id={`publications-${prefix}`}
            caption={`${m.publicationsTable} · ${title}`}
            rowHeader={m.rowLabel}
            columns={columns}
            rows={rows}
            state={state}
            onStateChange={setState}
            notes={useCellNotes()}
            highlighted={useHighlightedCells()}
            messages={useTableMessages()}
            exportAs={exports.table(`${itemName}-table`)}
          />
        }
        chart={
          <ChartFrame
            id={`publications-${prefix}`}
            title={`${m.publicationsChart} · ${title}`}
            kind="grouped-bar"
            data={data}
            series={series}
            messages={useChartMessages()}
            height={260}
            exportAs={exports.chart(`${itemName}-counts`)}
          />
        }
      />
    </section>
  );
}
