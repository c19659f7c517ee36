import type { Finding } from '../../checks/finding.ts';

const severityNames = { error: '错误', warning: '警告', info: '提示' } as const;

/** The consistency findings (勾稽校验) as a counted list, most severe first. */
export function FindingsSummary({ findings }: { findings: readonly Finding[] }) {
  const failed = findings.filter((f) => f.status === 'failed');
  const notAssessable = findings.length - failed.length;
  const count = (severity: Finding['severity']) =>
    failed.filter((f) => f.severity === severity).length;
  return (
    <section className="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">勾稽校验</h2>
      <p className="findings-counts">
        <span className="badge error">错误 {count('error')}</span>
        <span className="badge warning">警告 {count('warning')}</span>
        <span className="badge info">无法校验 {notAssessable}</span>
      </p>
      {findings.length === 0 ? (
        <p>没有发现问题。</p>
      ) : (
        <ul className="findings-list">
          {failed.map((f, i) => (
            <li key={`${f.ruleId}-${f.cells[0] ?? i}`} className={`finding ${f.severity}`}>
              <span className={`badge ${f.severity}`}>{severityNames[f.severity]}</span>
              <span className="finding-message">{f.message.zh}</span>
              <code className="finding-path">{f.cells[0]}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
