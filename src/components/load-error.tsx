import type { ValidationError } from '../report/parse-report.ts';

/** A report that could not be loaded: what went wrong and where, never a blank page. */
export function LoadError({ file, errors }: { file: string; errors: readonly ValidationError[] }) {
  return (
    <section className="load-error" role="alert">
      <h1>无法打开报告 · Cannot open the report</h1>
      <p>
        文件 <code>{file}</code>：
      </p>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            {e.path ? <code>{e.path}</code> : null} {e.zh} <span lang="en">({e.en})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
