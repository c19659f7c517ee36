import { mkdtempSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImportCommand } from '../../../scripts/lib/import-command.ts';
import { describeStorageError } from '../../../src/store/storage-error.ts';
import { buildReportFile } from '../../builders.ts';

describe('bulk import on the command line', () => {
  it('500 files, one of them bad: the other 499 are written, the bad one named, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-bulk-'));
    const input = join(dir, 'in');
    mkdirSync(input);
    for (let i = 0; i < 499; i += 1) {
      writeFileSync(
        join(input, `county-${i}.json`),
        JSON.stringify({ ...buildReportFile('2021'), id: `county-${i}` }),
      );
    }
    writeFileSync(join(input, 'broken.json'), '{"schemaVersion": 1,');
    const out: string[] = [];
    const err: string[] = [];
    const status = await runImportCommand([input, '-o', join(dir, 'out')], {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    expect(status).toBe(1);
    expect(readdirSync(join(dir, 'out'))).toHaveLength(499);
    const lines = [...out, ...err].join('\n');
    expect(lines).toMatch(/broken\.json.*failed/);
    expect(lines).not.toMatch(/\bat .*\.(ts|js):\d+/);
  }, 60_000);
});

describe('storage errors', () => {
  it('a full quota says so, and that what is stored is intact', () => {
    const message = describeStorageError(new DOMException('quota', 'QuotaExceededError'));
    expect(message.zh).toMatch(/存储空间已满.*已保存的报告不受影响/);
    expect(message.en).toMatch(/storage is full.*intact/);
    expect(describeStorageError(new Error('disk on fire')).en).toMatch(/disk on fire/);
  });
});
