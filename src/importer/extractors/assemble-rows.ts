import { splitTokens } from '../../report/spaces.ts';
import { excerptOf } from '../import-issue.ts';
import type { Block, RowBlock, SourceCell, TextBlock } from '../source-document.ts';
import { isValueToken } from '../value-token.ts';
import { lastLabelIndex } from './read-table-rows.ts';

// Inside a table section, a line of text is a table row as PDF extraction prints it: the
// label, then the row's values ("行政许可 0 增3项 6件"). A label broken over several lines
// ("（二）部分公开（区分处理的，只计这一情形，不" / "计其他情形） 4 0 0 0 0 0 4") and the
// vertical group labels printed one character a line come first, so lines without values
// are held and put in front of the next line's label.

function tokensOf(block: TextBlock): { text: string; column: number }[] {
  const start = block.location.column ?? 1;
  return splitTokens(block.text).map((token) => ({
    text: token.text,
    column: start + token.index,
  }));
}

function lineToRow(block: TextBlock, pending: readonly TextBlock[]): RowBlock | null {
  const tokens = tokensOf(block);
  let split = tokens.length;
  while (split > 0 && isValueToken((tokens[split - 1] as { text: string }).text)) split--;
  if (split === tokens.length) return null;
  const labelParts = [
    ...pending.map((p) => p.text),
    tokens
      .slice(0, split)
      .map((t) => t.text)
      .join(' '),
  ];
  const label = labelParts.filter((part) => part !== '').join(' ');
  const labelStart = pending[0] ?? block;
  const cells: SourceCell[] = [];
  if (label !== '') {
    cells.push({ text: label, location: { ...labelStart.location, excerpt: excerptOf(label) } });
  }
  for (const token of tokens.slice(split)) {
    cells.push({
      text: token.text,
      location: {
        ...(block.location.page === undefined ? {} : { page: block.location.page }),
        line: block.location.line,
        column: token.column,
        excerpt: token.text,
      },
    });
  }
  return {
    kind: 'row',
    cells,
    location: {
      ...labelStart.location,
      excerpt: excerptOf([...pending.map((p) => p.text), block.text].join(' ')),
    },
  };
}

/** The rows of a table section: its table rows as they are, its text lines read as rows. */
export function assembleRows(blocks: readonly Block[]): RowBlock[] {
  const rows: RowBlock[] = [];
  let pending: TextBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'row') {
      // Values in a table of their own, their label printed before it (a table nested in
      // the label's row, a grid whose label cell came out as a line of text).
      const label = pending.map((p) => p.text).join(' ');
      const labelStart = pending[0];
      rows.push(
        labelStart && lastLabelIndex(block.cells) === -1
          ? {
              ...block,
              cells: [
                { text: label, location: { ...labelStart.location, excerpt: excerptOf(label) } },
                ...block.cells,
              ],
            }
          : block,
      );
      pending = [];
      continue;
    }
    const row = lineToRow(block, pending);
    if (row) {
      rows.push(row);
      pending = [];
    } else {
      pending.push(block);
    }
  }
  return rows;
}
