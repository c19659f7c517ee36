// @vitest-environment node
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectFile } from '../../builders.ts';
import { expectOk, importBytes, importFile, readJson } from './import-file.ts';

// The importer runs in the browser and in plain Node (the command line): the same files in
// a Node environment without jsdom's globals.
describe('the importer in plain Node', () => {
  it('reads the seed text, a GB18030 file and a .docx', async () => {
    expect(typeof document).toBe('undefined');
    const seed = expectOk(await importFile('tests/fixtures/seed/liaocheng-nyncj-2020.txt'));
    const text = readFileSync(projectFile('tests/fixtures/seed/liaocheng-nyncj-2020.txt'), 'utf8');
    const gbk = expectOk(
      await importBytes('liaocheng-nyncj-2020.txt', new Uint8Array(iconv.encode(text, 'gb18030'))),
    );
    expect(gbk.report).toEqual(seed.report);
    const docx = expectOk(await importFile('tests/fixtures/importer/docx/xihe-jyj-2020.docx'));
    expect(docx.report).toEqual({
      ...(readJson('tests/fixtures/importer/expected/xihe-jyj-2020.json') as object),
      source: { file: 'xihe-jyj-2020.docx' },
    });
  });
});
