import type { ReportIndexEntry } from '../../report/report-index.ts';

/**
 * A report in the switcher: an index entry, with when it was saved if it was imported, and
 * whether it is a built-in report's edited copy.
 */
export type SwitcherEntry = ReportIndexEntry & {
  readonly savedAt?: string;
  readonly edited?: boolean;
};
const minute = (e: SwitcherEntry) => (e.savedAt ?? '').slice(0, 16).replace('T', ' ');

/**
 * A report's label in the switcher: "agency · year", and for an imported one that shares it
 * with another imported one, what tells it apart: its file name, else when it was saved, else
 * which import of the same report it is ("第 2 次导入"). A built-in report and an imported one
 * are told apart by their groups; an edited copy says so ("已编辑"). (Small on purpose: the
 * switcher is on the first page.)
 */
export function optionLabel(
  e: SwitcherEntry,
  all: readonly SwitcherEntry[],
  nth: (n: number) => string,
  edited = '',
): string {
  const base = (o: SwitcherEntry) => `${o.agency} · ${o.year}${o.edited ? ` · ${edited}` : ''}`;
  const label = base(e);
  const same = all.filter((o) => o.savedAt && base(o) === label);
  if (!e.savedAt || same.length < 2) return label;
  const unique = (of: (o: SwitcherEntry) => string) => new Set(same.map(of)).size === same.length;
  const key = (o: SwitcherEntry) => `${o.savedAt} ${o.id}`;
  const order = () => same.filter((o) => key(o) < key(e)).length + 1;
  return `${label} · ${unique((o) => o.file) ? e.file : unique(minute) ? minute(e) : nth(order())}`;
}
