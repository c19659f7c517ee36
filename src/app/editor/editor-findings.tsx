import type { Finding } from '../../checks/finding.ts';
import type { Messages } from '../../i18n/bundle.ts';
import type { EditorMessages } from '../../i18n/editor-messages.ts';

/** Moves the focus to a cell's input in the form (the first cell a finding names). */
function locate(path: string | undefined) {
  if (!path) return;
  const input = document.querySelector<HTMLInputElement>(`input[data-path="${path}"]`);
  input?.focus();
  input?.scrollIntoView({ block: 'center' });
}

/** The draft's errors and warnings, each leading to its cell. */
export function EditorFindings({
  findings,
  messages: m,
}: {
  findings: readonly Finding[];
  messages: Messages<EditorMessages>;
}) {
  if (findings.length === 0) return null;
  return (
    <section className="card editor-findings" aria-labelledby="editor-findings-title">
      <h2 id="editor-findings-title">{m.findingsList}</h2>
      <ul>
        {findings.map((f, i) => (
          <li key={i} className={`severity-${f.severity}`}>
            <span className={`badge ${f.severity}`}>{m.grid.severity[f.severity]}</span>{' '}
            {m.text(f.message)}{' '}
            {f.table !== 'report' ? (
              <button type="button" className="link-button" onClick={() => locate(f.cells[0])}>
                {m.locate}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
