import type { Lang } from '../../i18n/messages.ts';

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

export function formatNumber(value: number | null, lang: Lang): string {
  return value === null ? '—' : value.toLocaleString(locale(lang));
}

/** A ratio as a percentage, "—" when it cannot be computed. */
export function formatPercent(value: number | null, lang: Lang): string {
  return value === null
    ? '—'
    : value.toLocaleString(locale(lang), { style: 'percent', maximumFractionDigits: 1 });
}
