import { useMemo } from 'react';
import { appMessages } from '../../i18n/app-bundle.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { sectionMessages } from '../../i18n/section-messages.ts';
import type { KeyedLabel } from '../../report/label.ts';
import type { Template } from '../../report/table-layout.ts';
import { proactiveLayouts, sectionLabels } from '../../report/table-layout.ts';
import { cellOf, proactiveRows, type RowRef } from '../../report/table-rows.ts';
import { PageHeading } from '../section-view/page-heading.tsx';
import { TableSection } from '../section-view/table-section.tsx';
import { chartValue } from '../table-data/chart-data.ts';
import { toTableRow } from '../table-data/to-table-row.ts';
import { useOpenReport } from '../use-open-report.ts';

interface ItemGroup {
  /** As printed: （一）. */
  item: string;
  columns: readonly KeyedLabel[];
  rows: RowRef[];
}

/** Table 二 as printed: one block per 第二十条 item, each with its own columns. */
function itemGroups(rows: readonly RowRef[], template: Template): ItemGroup[] {
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
/** （九） → 9. */
const itemNumber = (item: string) => numerals.indexOf(item.replace(/[（）]/g, '')) + 1;

export function PublicationsRoute() {
  const { report } = useOpenReport();
  const { text } = useMessages(appMessages);
  const groups = useMemo(() => itemGroups(proactiveRows(report), report.template), [report]);
  return (
    <>
      <PageHeading title={text(sectionLabels.proactive)} switchable />
      {groups.map((g) => (
        <ItemBlock key={g.item} group={g} />
      ))}
    </>
  );
}

function ItemBlock({ group }: { group: ItemGroup }) {
  const { text } = useMessages(appMessages);
  const s = useMessages(sectionMessages);
  const n = itemNumber(group.item);
  const title = s.articleItem(group.item, n);
  // 第二十条第（九）项 → publications-item9: an identity that says which block it is.
  const id = `publications-item${n}` as const;
  const columns = group.columns.map((c) => ({ id: c.key, header: text(c) }));
  const rows = group.rows.map((r) => toTableRow(r, 'proactive', text));
  // Money (采购总金额) is not charted beside counts: it has its own page.
  const series = columns
    .filter((c) => c.id !== 'amount')
    .map((c) => ({ key: c.id, label: c.header }));
  const data = group.rows.map((r) => ({
    key: r.key,
    label: text(r.label),
    values: Object.fromEntries(series.map((c) => [c.key, chartValue(cellOf(r, c.key).cell)])),
  }));
  return (
    <section className="item-block" aria-label={title}>
      <h2>{title}</h2>
      <TableSection
        table={{ id, caption: `${s.publicationsTable} · ${title}`, columns, rows }}
        charts={[
          {
            id: `${id}-counts`,
            kind: 'grouped-bar',
            title: `${s.publicationsChart} · ${title}`,
            data,
            series,
            height: 260,
          },
        ]}
      />
    </section>
  );
}
