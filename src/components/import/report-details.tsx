import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Messages } from '../../i18n/bundle.ts';
import type { ImportMessages } from '../../i18n/import-messages.ts';
import type { Template } from '../../report/table-layout.ts';

/** One field as the import read it: the value, where from (in words), whether it is a guess. */
export interface DetailReading<T> {
  readonly value: T | null;
  readonly source: string;
  readonly certain: boolean;
}

export interface DetailReadings {
  readonly agency: DetailReading<string>;
  readonly year: DetailReading<number>;
  readonly template: DetailReading<Template>;
  readonly publishedOn: DetailReading<string>;
}

export interface DetailValues {
  readonly agency: string;
  readonly year: number;
  readonly template: Template;
  /** YYYY-MM-DD, or '' for none. */
  readonly publishedOn: string;
}

type Key = keyof DetailReadings;

/**
 * Agency, year, template and date as read, editable, each guess marked. Confirming (or
 * changing) them hands the values on; `confirmed` false keeps the guesses marked.
 */
export function ReportDetails({
  readings,
  confirmed,
  busy,
  messages: t,
  onSubmit,
}: {
  readings: DetailReadings;
  confirmed: boolean;
  busy: boolean;
  messages: Messages<ImportMessages>;
  onSubmit: (values: DetailValues) => void;
}) {
  const id = useId();
  const [agency, setAgency] = useState(readings.agency.value ?? '');
  const [year, setYear] = useState(String(readings.year.value ?? ''));
  const [template, setTemplate] = useState<Template>(readings.template.value ?? '2021');
  const [publishedOn, setPublishedOn] = useState(readings.publishedOn.value ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const changed =
    agency !== (readings.agency.value ?? '') ||
    year !== String(readings.year.value ?? '') ||
    template !== readings.template.value ||
    publishedOn !== (readings.publishedOn.value ?? '');
  const pending = !confirmed;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const y = Number(year);
    if (agency.trim() === '') return setProblem(t.badAgency);
    if (!Number.isInteger(y) || y < 2000 || y > 2100) return setProblem(t.badYear);
    setProblem(null);
    onSubmit({ agency: agency.trim(), year: y, template, publishedOn });
  };

  const mark = (key: Key) => {
    const r = readings[key];
    const guess = pending && !r.certain;
    return (
      <span
        id={`${id}-${key}`}
        className={guess ? 'badge warning detail-mark' : 'muted detail-mark'}
      >
        {guess ? t.guessedFrom(r.source) : t.readFrom(r.source)}
      </span>
    );
  };
  const guessed = (key: Key) => pending && !readings[key].certain;
  const field = (key: Key, label: string, control: ReactNode) => (
    <div className={`detail-field${guessed(key) ? ' guessed' : ''}`}>
      <label htmlFor={`${id}-${key}-input`}>{label}</label>
      {control}
      {mark(key)}
    </div>
  );
  const described = (key: Key) => ({
    id: `${id}-${key}-input`,
    'aria-describedby': `${id}-${key}`,
    'aria-invalid': guessed(key) || undefined,
    disabled: busy,
  });

  return (
    <form className="report-details" onSubmit={submit} aria-label={t.details}>
      <fieldset>
        <legend>{t.details}</legend>
        {field(
          'agency',
          t.fieldAgency,
          <input
            type="text"
            value={agency}
            onChange={(e) => setAgency(e.target.value)}
            {...described('agency')}
          />,
        )}
        {field(
          'year',
          t.fieldYear,
          <input
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            value={year}
            onChange={(e) => setYear(e.target.value)}
            {...described('year')}
          />,
        )}
        {field(
          'template',
          t.fieldTemplate,
          <select
            value={template}
            onChange={(e) => setTemplate(e.target.value as Template)}
            {...described('template')}
          >
            <option value="2019">{t.template2019}</option>
            <option value="2021">{t.template2021}</option>
          </select>,
        )}
        {field(
          'publishedOn',
          t.fieldPublishedOn,
          <input
            type="date"
            value={publishedOn}
            onChange={(e) => setPublishedOn(e.target.value)}
            {...described('publishedOn')}
          />,
        )}
        <div className="detail-actions">
          {pending || changed ? (
            <button type="submit" className={pending ? 'primary' : undefined} disabled={busy}>
              {busy ? t.correcting : pending && !changed ? t.confirm : t.apply}
            </button>
          ) : null}
          {problem ? <span role="alert">{problem}</span> : null}
        </div>
        <p className="muted detail-note">{pending ? t.confirmFirst : t.detailsNote}</p>
      </fieldset>
    </form>
  );
}
