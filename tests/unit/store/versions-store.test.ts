import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { done, openDb, request, STORES } from '../../../src/store/saved-reports-db.ts';
import { useSavedReports } from '../../../src/store/saved-reports-store.ts';
import { useVersions } from '../../../src/store/versions-store.ts';
import { seedFile, setPath } from '../../builders.ts';

// The versions keep the guarantees of the saved reports: a save is one transaction (all of it
// lands or none), a stored version that no longer loads is shown as damaged, and a full quota
// is said in words a user can act on.

const SEED = 'liaocheng-nyncj-2020';
const COPY = `${SEED}-edited`;
const entry = {
  id: SEED,
  agency: '聊城市农业农村局',
  year: 2020,
  template: '2019',
  file: `${SEED}.json`,
} as const;
const edited = () => setPath(seedFile(), 'sections.applications.results.total.total', 3);

async function all(store: keyof typeof STORES): Promise<unknown[]> {
  const db = await openDb();
  return request(db.transaction(store, 'readonly').objectStore(store).getAll());
}

beforeEach(async () => {
  const db = await openDb();
  const tx = db.transaction(Object.keys(STORES), 'readwrite');
  for (const name of Object.keys(STORES)) tx.objectStore(name).clear();
  await done(tx);
  useSavedReports.setState({ saved: undefined });
  useVersions.setState({ byReport: {} });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the versions store', () => {
  it('saves a built-in report’s edit as a copy with the built-in file as version 1', async () => {
    const saved = await useVersions
      .getState()
      .saveEdit(edited(), { kind: 'builtin', entry, file: seedFile() }, [SEED]);
    expect(saved).toEqual({ ok: true, id: COPY, n: 2 });
    const versions = useVersions.getState().byReport[COPY];
    expect(versions?.status).toBe('ready');
    if (versions?.status !== 'ready') return;
    expect(
      versions.versions.map((v) => (v.status === 'ok' ? [v.n, v.origin] : [v.n, 'damaged'])),
    ).toEqual([
      [1, 'builtin'],
      [2, 'edit'],
    ]);
  });

  it('shows a stored version that no longer loads as damaged, with what is wrong, beside the others', async () => {
    await useVersions
      .getState()
      .saveEdit(edited(), { kind: 'builtin', entry, file: seedFile() }, [SEED]);
    const db = await openDb();
    const tx = db.transaction('versions', 'readwrite');
    tx.objectStore('versions').put({
      reportId: COPY,
      n: 3,
      file: setPath({ ...seedFile(), id: COPY }, 'year', 'soon'),
      savedAt: 'x',
      origin: 'edit',
    });
    await done(tx);
    await useVersions.getState().loadVersions(COPY);
    const versions = useVersions.getState().byReport[COPY];
    if (versions?.status !== 'ready') throw new Error('versions not read');
    expect(versions.versions.map((v) => v.status)).toEqual(['ok', 'ok', 'damaged']);
    const damaged = versions.versions[2];
    if (damaged?.status !== 'damaged') throw new Error('not damaged');
    expect(damaged.errors.length).toBeGreaterThan(0);
    expect(damaged.errors.some((e) => /year/.test(e.path))).toBe(true);
    // What was stored is kept as it was, to be downloaded.
    expect(damaged.raw).toMatchObject({ file: { year: 'soon' } });
  });

  it('a full quota saves nothing at all, says so, and leaves what was stored intact', async () => {
    await useVersions
      .getState()
      .saveEdit(edited(), { kind: 'builtin', entry, file: seedFile() }, [SEED]);
    const [reportsBefore, versionsBefore] = [await all('reports'), await all('versions')];
    // The browser refuses the new version's write, after the report's own has been queued.
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.name === 'reports') throw new DOMException('quota', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const again = setPath(edited(), 'sections.applications.results.total.total', 4);
    const saved = await useVersions.getState().saveEdit(again, { kind: 'saved', id: COPY }, [SEED]);
    vi.restoreAllMocks();
    expect(saved.ok).toBe(false);
    if (saved.ok) return;
    expect(saved.message.zh).toMatch(/存储空间已满/);
    expect(saved.message.en).toMatch(/storage is full/);
    // One transaction: the version put before the refused write did not land either.
    expect(await all('versions')).toEqual(versionsBefore);
    expect(await all('reports')).toEqual(reportsBefore);
  });
});
