import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { projectFile } from '../../builders.ts';
import { expectOk, importBytes } from './import-file.ts';

// Government files come in UTF-8 (with or without a BOM), UTF-16 from Windows tools, and
// GB18030/GBK: the same report must come out of each.

const seedText = readFileSync(projectFile('tests/fixtures/seed/liaocheng-nyncj-2020.txt'), 'utf8');
const name = 'liaocheng-nyncj-2020.txt';

async function importEncoded(bytes: Uint8Array) {
  return expectOk(await importBytes(name, bytes));
}

describe('text encodings', () => {
  it('reads the seed the same in every encoding, and says which it found', async () => {
    const utf8 = await importEncoded(new TextEncoder().encode(seedText));
    const cases: [string, Uint8Array][] = [
      ['utf-8 (BOM)', new Uint8Array(iconv.encode(seedText, 'utf8', { addBOM: true }))],
      ['utf-16le', new Uint8Array(iconv.encode(seedText, 'utf16le', { addBOM: true }))],
      ['utf-16be', new Uint8Array(iconv.encode(seedText, 'utf16be', { addBOM: true }))],
      ['gb18030', new Uint8Array(iconv.encode(seedText, 'gb18030'))],
      // GBK has no no-break space; Word writes a plain space there.
      ['gb18030', new Uint8Array(iconv.encode(seedText.replace(/\u00a0/g, ' '), 'gbk'))],
    ];
    expect(utf8.encoding).toBe('utf-8');
    for (const [encoding, bytes] of cases) {
      const result = await importEncoded(bytes);
      expect(result.encoding).toBe(encoding);
      expect(result.report).toEqual(utf8.report);
    }
  });

  it('GBK bytes are not valid UTF-8, so they are not mistaken for it', () => {
    const gbk = iconv.encode('聊城市农业农村局', 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
  });
});
