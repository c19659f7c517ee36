import { sectionLabels, type SectionKey } from '../../report/table-layout.ts';
import { SPACE, trimSpaces } from '../../report/spaces.ts';
import type { Block } from '../source-document.ts';
import { foldLabel } from './fold-label.ts';

// The six sections by their headings. Reports word them differently
// (二、行政机关主动公开政府信息情况; 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况), so
// a heading is its number and a key phrase. Headings are looked for in order, so a table
// row that starts with a number (四、结转下年度继续办理) is never taken for one.

const SEP = '[、.,，:：]?';
const HEADINGS: readonly (readonly [SectionKey, RegExp])[] = [
  ['overview', new RegExp(`^一${SEP}(?:总体情况|总体概况|概述|基本情况|总体)`)],
  ['proactive', new RegExp(`^二${SEP}.{0,12}主动公开`)],
  ['applications', new RegExp(`^三${SEP}.{0,16}(?:收到|处理|依申请|申请)`)],
  ['appeals', new RegExp(`^四${SEP}.{0,20}(?:复议|诉讼)`)],
  ['problems', new RegExp(`^五${SEP}.{0,20}(?:问题|改进)`)],
  ['other', new RegExp(`^六${SEP}.{0,12}(?:其他|其它|需要报告)`)],
];

const MAX_HEADING_LENGTH = 40;

export const sectionKeys = HEADINGS.map(([key]) => key);

export interface Section {
  readonly key: SectionKey;
  readonly heading: Block;
  readonly blocks: readonly Block[];
}

export interface Sections {
  /** What comes before section 一: title, agency, preamble. */
  readonly head: readonly Block[];
  readonly sections: ReadonlyMap<SectionKey, Section>;
}

/** The heading text of a block: a line, or a table row with a single filled cell. */
function headingText(block: Block): string | null {
  if (block.kind === 'text') return block.text;
  const filled = block.cells.filter((cell) => foldLabel(cell.text) !== '');
  return filled.length === 1 ? (filled[0] as { text: string }).text : null;
}

// The headings as reports print them, for a heading run into its first paragraph
// ("一、总体情况2022年，…" in one paragraph of a web page).
const RUN_IN = [
  ...Object.values(sectionLabels).map((l) => l.zh),
  '二、行政机关主动公开政府信息情况',
  '三、行政机关收到和处理政府信息公开申请情况',
  '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
  '五、政府信息公开工作存在的主要问题及改进情况',
].map((heading) => new RegExp(`^[${SPACE}]*${[...heading].join(`[${SPACE}]*`)}[。.]?`));

/** A text block that starts with a full heading and goes on: the heading, then the rest. */
function splitRunIn(block: Block): Block[] {
  if (block.kind !== 'text') return [block];
  for (const pattern of RUN_IN) {
    const m = pattern.exec(block.text);
    if (!m) continue;
    const rest = trimSpaces(block.text.slice(m[0].length));
    if (rest === '') return [block];
    return [
      { ...block, text: trimSpaces(m[0]) },
      { ...block, text: rest },
    ];
  }
  return [block];
}

export function findSections(input: readonly Block[]): Sections {
  const blocks = input.flatMap(splitRunIn);
  const head: Block[] = [];
  const sections = new Map<SectionKey, { key: SectionKey; heading: Block; blocks: Block[] }>();
  let current: Block[] = head;
  let next = 0;
  for (const block of blocks) {
    const text = headingText(block);
    const folded = text === null ? '' : foldLabel(text);
    const at =
      folded !== '' && folded.length <= MAX_HEADING_LENGTH
        ? HEADINGS.findIndex(([, pattern], i) => i >= next && pattern.test(folded))
        : -1;
    if (at >= 0) {
      const key = (HEADINGS[at] as readonly [SectionKey, RegExp])[0];
      const section = { key, heading: block, blocks: [] as Block[] };
      sections.set(key, section);
      current = section.blocks;
      next = at + 1;
      continue;
    }
    current.push(block);
  }
  return { head, sections };
}
