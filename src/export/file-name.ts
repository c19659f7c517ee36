// Characters that Windows, macOS or Linux refuse in a file name, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

function safePart(part: string | number): string {
  return String(part)
    .replace(UNSAFE, '_')
    .replace(/\s+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[._]+|[._]+$/g, '');
}

/** The file name without its extension: parts joined by `-`, each made safe. */
export function exportFileStem(parts: readonly (string | number)[]): string {
  return parts.map(safePart).filter(Boolean).join('-') || 'export';
}

/**
 * A file name that says what the file holds, e.g.
 * `exportFileName(['聊城市农业农村局', 2020, 'applications', 'outcomes'], 'png')` →
 * `聊城市农业农村局-2020-applications-outcomes.png`. Empty parts are dropped.
 */
export function exportFileName(parts: readonly (string | number)[], extension: string): string {
  return `${exportFileStem(parts)}.${extension}`;
}
