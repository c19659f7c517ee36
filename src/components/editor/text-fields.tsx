import { useId, useState } from 'react';
import type { Messages } from '../../i18n/bundle.ts';
import type { EditorMessages } from '../../i18n/editor-messages.ts';
import { paragraphsOf } from '../../report/edit-file.ts';

export interface TextSection {
  readonly key: string;
  readonly label: string;
  readonly paragraphs: readonly string[];
}

/** One text box a section, a paragraph a line; the text stays as typed while it is typed. */
export function TextFields({
  sections,
  readOnly = false,
  onChange,
  messages: m,
}: {
  sections: readonly TextSection[];
  readOnly?: boolean;
  onChange: (key: string, paragraphs: string[]) => void;
  messages: Messages<EditorMessages>;
}) {
  const id = useId();
  // Typed text, kept whole (a new empty line is the start of a paragraph being typed).
  const [typed, setTyped] = useState<Record<string, string>>({});
  return (
    <fieldset className="ed-texts">
      <legend>{m.texts}</legend>
      <p className="muted" id={`${id}-hint`}>
        {m.textHint}
      </p>
      {sections.map((section) => (
        <div key={section.key} className="ed-field ed-text">
          <label htmlFor={`${id}-${section.key}`}>{section.label}</label>
          <textarea
            id={`${id}-${section.key}`}
            aria-describedby={`${id}-hint`}
            rows={Math.min(12, Math.max(3, section.paragraphs.length + 1))}
            value={typed[section.key] ?? section.paragraphs.join('\n')}
            readOnly={readOnly}
            lang="zh-CN"
            onChange={(e) => {
              const text = e.currentTarget.value;
              setTyped((t) => ({ ...t, [section.key]: text }));
              onChange(section.key, paragraphsOf(text));
            }}
          />
        </div>
      ))}
    </fieldset>
  );
}
