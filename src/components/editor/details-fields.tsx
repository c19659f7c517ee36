import { useId, type ReactNode } from 'react';
import type { Messages } from '../../i18n/bundle.ts';
import type { EditorMessages } from '../../i18n/editor-messages.ts';
import { agencyLevels } from '../../report/table-layout.ts';

/** The report's head as the editor shows it: each field as typed. */
export interface DetailsValues {
  readonly agency: string;
  readonly region: string;
  readonly level: string;
  readonly year: string;
  readonly publishedOn: string;
  readonly title: string;
}

export type DetailsField = keyof DetailsValues;

/** The report's agency, year, date and title, each with what is wrong with it (if anything). */
export function DetailsFields({
  values,
  errors,
  readOnly = false,
  onChange,
  messages: m,
}: {
  values: DetailsValues;
  errors: Partial<Record<DetailsField, string>>;
  readOnly?: boolean;
  onChange: (field: DetailsField, value: string) => void;
  messages: Messages<EditorMessages>;
}) {
  const id = useId();
  const field = (key: DetailsField, label: string, input: (props: object) => ReactNode) => {
    const error = errors[key];
    const props = {
      id: `${id}-${key}`,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${id}-${key}-error` : undefined,
      disabled: readOnly,
    };
    return (
      <div className={`ed-field ed-field-${key}`}>
        <label htmlFor={props.id}>{label}</label>
        {input(props)}
        {error ? (
          <span id={`${id}-${key}-error`} className="ed-field-error">
            {error}
          </span>
        ) : null}
      </div>
    );
  };
  const text =
    (key: DetailsField, type = 'text') =>
    (props: object) => (
      <input
        {...props}
        type={type}
        value={values[key]}
        autoComplete="off"
        onChange={(e) => onChange(key, e.currentTarget.value)}
      />
    );
  return (
    <fieldset className="ed-details">
      <legend>{m.details}</legend>
      {field('agency', m.agency, text('agency'))}
      {field('year', m.year, (props) => (
        <input
          {...props}
          inputMode="numeric"
          value={values.year}
          autoComplete="off"
          onChange={(e) => onChange('year', e.currentTarget.value)}
        />
      ))}
      {field('publishedOn', m.publishedOn, text('publishedOn', 'date'))}
      {field('region', m.region, text('region'))}
      {field('level', m.level, (props) => (
        <select
          {...props}
          value={values.level}
          onChange={(e) => onChange('level', e.currentTarget.value)}
        >
          {(['', ...agencyLevels] as const).map((level) => (
            <option key={level} value={level}>
              {m.levels[level]}
            </option>
          ))}
        </select>
      ))}
      {field('title', m.reportTitle, text('title'))}
    </fieldset>
  );
}
