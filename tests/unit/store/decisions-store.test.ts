import { beforeEach, describe, expect, it, vi } from 'vitest';

// The store's reads and writes of IndexedDB, held back or let through by the test.
const db = vi.hoisted(() => ({
  reads: [] as ((records: unknown[]) => void)[],
  writes: 0,
}));
vi.mock('../../../src/store/decisions-db.ts', () => ({
  readDecisions: () => new Promise<unknown[]>((resolve) => db.reads.push(resolve)),
  writeDecisions: () => {
    db.writes += 1;
    return Promise.resolve();
  },
}));

const { useDecisions } = await import('../../../src/store/decisions-store.ts');

const shown = () => {
  const state = useDecisions.getState().byReport.r;
  return state?.status === 'ready' ? [...state.decisions.keys()] : state?.status;
};

describe('the decisions about a report’s findings', () => {
  beforeEach(() => {
    db.reads.length = 0;
    db.writes = 0;
    useDecisions.setState({ byReport: {} });
  });

  it('keeps a decision made while an earlier read was on its way', async () => {
    const first = useDecisions.getState().loadDecisions('r', ['a', 'b']);
    db.reads.shift()?.([]);
    await first;
    expect(shown()).toEqual([]);
    // Read again (the other reports came), and meanwhile the reader decides about 'a'.
    const again = useDecisions.getState().loadDecisions('r', ['a', 'b', 'c']);
    await useDecisions.getState().decide('r', 'a', { decision: 'confirmed', note: '' });
    expect(shown()).toEqual(['a']);
    // The read began before the decision was written: it does not take it back.
    db.reads.shift()?.([]);
    await again;
    expect(shown()).toEqual(['a']);
  });

  it('shows the later of two reads, whichever ends first, and keeps what cannot be told yet', async () => {
    const record = (key: string) => ({ key, decision: 'dismissed', note: 'n', decidedAt: 't' });
    const isLater = (key: string) => key.startsWith('later|');
    const older = useDecisions.getState().loadDecisions('r', ['a'], isLater);
    const newer = useDecisions.getState().loadDecisions('r', ['a', 'later|x']);
    const [readOlder, readNewer] = db.reads.splice(0);
    readNewer?.([record('a'), record('later|x'), record('gone')]);
    await newer;
    expect(shown()).toEqual(['a', 'later|x']);
    // The older read saw the store before 'later|x' was decided: it is not shown over the newer.
    readOlder?.([record('a')]);
    await older;
    expect(shown()).toEqual(['a', 'later|x']);
  });

  it('drops a decision whose finding has gone, but not one that cannot be told yet', async () => {
    const record = (key: string) => ({ key, decision: 'dismissed', note: 'n', decidedAt: 't' });
    const load = useDecisions.getState().loadDecisions('r', ['a'], (k) => k.includes('|vs:'));
    db.reads.shift()?.([record('a'), record('x|failed|p|vs:r0'), record('gone')]);
    await load;
    expect(shown()).toEqual(['a', 'x|failed|p|vs:r0']);
    expect(db.writes).toBe(1);
  });
});
