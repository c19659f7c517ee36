import { useI18n } from '../../i18n/i18n-context.tsx';
import { sectionMessagesByLang, type SectionMessages } from '../../i18n/section-messages.ts';

/** The strings of the table and chart sections (and the print view) in the current language. */
export function useSectionMessages(): SectionMessages {
  return sectionMessagesByLang[useI18n().lang];
}
