// JSON.parse keeps the last of two equal keys and drops the first without a word; a report
// file that says a value twice is ambiguous, so it is found and reported instead.

export interface DuplicateKey {
  readonly key: string;
  /** JSON path of the object holding the key twice. */
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

interface Frame {
  readonly kind: 'object' | 'array';
  readonly keys: Set<string>;
  readonly path: string;
  index: number;
  /** The key whose value is being read (objects only). */
  key: string | null;
}

function childPath(frame: Frame | undefined): string {
  if (!frame) return '';
  if (frame.kind === 'array') return `${frame.path}[${frame.index}]`;
  return frame.path ? `${frame.path}.${frame.key ?? ''}` : (frame.key ?? '');
}

/** The first key that appears twice in one object of valid JSON text, or null. */
export function findDuplicateKey(text: string): DuplicateKey | null {
  const stack: Frame[] = [];
  let line = 1;
  let lineStart = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\n') {
      line += 1;
      lineStart = i + 1;
    } else if (ch === '{' || ch === '[') {
      const parent = stack.at(-1);
      stack.push({
        kind: ch === '{' ? 'object' : 'array',
        keys: new Set(),
        path: childPath(parent),
        index: 0,
        key: null,
      });
      expectKey = ch === '{';
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      expectKey = false;
    } else if (ch === ',') {
      const top = stack.at(-1);
      if (top?.kind === 'array') top.index += 1;
      expectKey = top?.kind === 'object';
    } else if (ch === '"') {
      const start = i;
      for (i += 1; i < text.length && text[i] !== '"'; i += 1) if (text[i] === '\\') i += 1;
      const top = stack.at(-1);
      if (expectKey && top?.kind === 'object') {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (top.keys.has(key)) return { key, path: top.path, line, column: start - lineStart + 1 };
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
    }
  }
  return null;
}
