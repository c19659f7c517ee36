import type { ReportIndexEntry } from '../../report/report-index.ts';

/** A report in the switcher: an index entry, with when it was saved if it was imported. */
export type SwitcherEntry = ReportIndexEntry & { readonly savedAt?: string };

/**
 * The switcher's label of each report: "agency · year", and where two share that, what tells
 * the imported ones apart: their file names, else when each was saved, else which import
 * each is ("第 2 次导入").
 */
export function optionLabels(
  entries: readonly SwitcherEntry[],
  nth: (n: number) => string,
): Map<string, string> {
  const base = (e: SwitcherEntry) => `${e.agency} · ${e.year}`;
  const groups = new Map<string, SwitcherEntry[]>();
  for (const e of entries) groups.set(base(e), [...(groups.get(base(e)) ?? []), e]);
  const labels = new Map<string, string>();
  for (const [label, group] of groups) {
    const imported = group.filter((e) => e.savedAt !== undefined);
    for (const e of group) labels.set(e.id, label);
    if (group.length < 2 || imported.length === 0) continue;
    const distinct = (of: (e: SwitcherEntry) => string) =>
      new Set(imported.map(of)).size === imported.length;
    const minute = (e: SwitcherEntry) => (e.savedAt ?? '').slice(0, 16).replace('T', ' ');
    const tell = distinct((e) => e.file)
      ? (e: SwitcherEntry) => e.file
      : distinct(minute)
        ? minute
        : (e: SwitcherEntry) =>
            nth(
              [...imported]
                .sort((a, b) => (a.savedAt ?? '').localeCompare(b.savedAt ?? ''))
                .indexOf(e) + 1,
            );
    for (const e of imported) labels.set(e.id, `${label} · ${tell(e)}`);
  }
  return labels;
}
