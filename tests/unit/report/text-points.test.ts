import { describe, expect, it } from 'vitest';
import { toTextBlocks } from '../../../src/report/text-points.ts';
import { seedFile } from '../../builders.ts';

describe('toTextBlocks', () => {
  it('turns consecutive numbered paragraphs into one list, keeping their text whole', () => {
    const blocks = toTextBlocks(['总述。', '一是甲。', '二是乙。', '（三）丙。', '结语。']);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '总述。' },
      { kind: 'points', items: ['一是甲。', '二是乙。', '（三）丙。'] },
      { kind: 'paragraph', text: '结语。' },
    ]);
  });

  it('splits one paragraph holding 一是…二是… into a lead and points', () => {
    expect(toTextBlocks(['存在以下问题：一是不全面；二是不及时。'])).toEqual([
      { kind: 'points', lead: '存在以下问题：', items: ['一是不全面；', '二是不及时。'] },
    ]);
  });

  it('leaves ordinary paragraphs and a lone numbered one as paragraphs, drops empty ones', () => {
    expect(toTextBlocks(['一是唯一一条。', '', '  ', '2020年共发布1500余条。'])).toEqual([
      { kind: 'paragraph', text: '一是唯一一条。' },
      { kind: 'paragraph', text: '2020年共发布1500余条。' },
    ]);
  });

  it('finds the six points of the seed overview and loses no text', () => {
    const paragraphs = (seedFile().sections.overview as { paragraphs: string[] }).paragraphs;
    const blocks = toTextBlocks(paragraphs);
    const list = blocks.find((b) => b.kind === 'points');
    expect(list?.kind === 'points' && list.items.map((i) => i.slice(0, 3))).toEqual([
      '一是优',
      '二是完',
      '三是明',
      '（四）',
      '五是实',
      '六是业',
    ]);
    const text = blocks
      .flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [b.lead ?? '', ...b.items]))
      .join('');
    expect(text).toBe(paragraphs.map((p) => p.trim()).join(''));
  });
});
