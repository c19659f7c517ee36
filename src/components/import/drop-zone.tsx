import { useId, useState, type DragEvent } from 'react';
import type { ImportMessages } from '../../i18n/import-messages.ts';

/** Pick or drop files. The input is a real, labelled file input, so it works from the keyboard. */
export function DropZone({
  onFiles,
  hint,
  messages,
}: {
  onFiles: (files: File[]) => void;
  /** Under the button: what files it takes. */
  hint: string;
  messages: Pick<ImportMessages, 'pick' | 'dropHere' | 'dropActive'>;
}) {
  const [active, setActive] = useState(false);
  const inputId = useId();
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setActive(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };
  return (
    <div
      className={`drop-zone${active ? ' is-active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setActive(true);
      }}
      onDragLeave={() => setActive(false)}
      onDrop={onDrop}
    >
      <p className="drop-title">{active ? messages.dropActive : messages.dropHere}</p>
      <label htmlFor={inputId} className="button-like">
        {messages.pick}
      </label>
      <input
        id={inputId}
        type="file"
        multiple
        className="visually-hidden-input"
        accept=".pdf,.txt,.text,.md,.markdown,.html,.htm,.shtml,.docx,.json,application/pdf,text/plain,text/html,application/json"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <p className="muted">{hint}</p>
    </div>
  );
}
