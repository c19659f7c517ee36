import { useMemo } from 'react';
import { enChartMessages, zhChartMessages } from '../../components/charts/chart-types.ts';
import { enTableMessages, zhTableMessages } from '../../components/tables/table-types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { findingNotes } from '../table-data/findings-notes.ts';
import { useLoadedReport } from '../use-loaded-report.ts';

export function useTableMessages() {
  return useI18n().lang === 'zh' ? zhTableMessages : enTableMessages;
}

export function useChartMessages() {
  return useI18n().lang === 'zh' ? zhChartMessages : enChartMessages;
}

/** The current report's findings as notes on its cells, in the current language. */
export function useCellNotes() {
  const { findings } = useLoadedReport();
  const { lang } = useI18n();
  return useMemo(() => findingNotes(findings, lang), [findings, lang]);
}
