import type { Fixture, FixtureCell } from './fixture-model.ts';

// The page as a browser copies it (select all, copy, paste into a text file): a paragraph
// a line, a table row a line with its cells separated by tabs, a merged cell given once.

const cellText = (cell: FixtureCell): string => (cell.lines ? cell.lines.join('') : cell.text);

export function fixtureText(fixture: Fixture): string {
  const lines = fixture.blocks.flatMap((block) =>
    block.kind === 'p' ? [block.text] : block.rows.map((row) => row.map(cellText).join('\t')),
  );
  return `${lines.join('\r\n')}\r\n`;
}
