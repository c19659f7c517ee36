// Figures as the reader's language writes them (`locale` is a bundle's, see src/i18n/bundle.ts).

export function formatNumber(value: number | null, locale: string): string {
  return value === null ? '—' : value.toLocaleString(locale);
}

/** A ratio as a percentage, "—" when it cannot be computed. */
export function formatPercent(value: number | null, locale: string): string {
  return value === null
    ? '—'
    : value.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 1 });
}
