import { create } from 'zustand';
import type { Label } from '../report/label.ts';
import {
  readDecisions,
  writeDecisions,
  type DecisionKind,
  type DecisionRecord,
} from './decisions-db.ts';
import { cannotRead } from './saved-reports-db.ts';
import { describeStorageError } from './storage-error.ts';

// The reviewer's decisions about a report's findings, kept in this browser across reloads. A
// decision is kept under its finding's key (checks/finding-key.ts): it stays while the report
// is checked again and the finding is still there, and it is dropped when the finding has gone.

export interface Decision {
  readonly decision: DecisionKind;
  readonly note: string;
  readonly decidedAt: string;
}

export type ReportDecisions =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly decisions: ReadonlyMap<string, Decision>;
      /** Stored records that could not be read (kept, not shown as decisions). */
      readonly damaged: number;
    }
  | { readonly status: 'error'; readonly message: Label };

export type DecideResult = { readonly ok: true } | { readonly ok: false; readonly message: Label };

interface DecisionsState {
  byReport: Record<string, ReportDecisions | undefined>;
  /**
   * Reads a report's decisions, dropping those whose finding (of `keys`) has gone away; those
   * `unknown` says cannot be told yet (a check across years before the other reports are read)
   * are kept.
   */
  loadDecisions: (
    reportId: string,
    keys: readonly string[],
    unknown?: (key: string) => boolean,
  ) => Promise<void>;
  /** Records a decision about one finding, or with `null` takes it back. */
  decide: (
    reportId: string,
    key: string,
    decision: { decision: DecisionKind; note: string } | null,
  ) => Promise<DecideResult>;
}

const isRecord = (r: unknown): r is DecisionRecord => {
  const d = r as Partial<DecisionRecord> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.key === 'string' &&
    (d.decision === 'confirmed' || d.decision === 'dismissed') &&
    typeof d.note === 'string'
  );
};

/**
 * Bumped by each read and each decision, per report: a read is not shown if another read or a
 * decision came after it started (it would put back what the later one changed; the checks
 * across years read the decisions again when the other reports arrive).
 */
const turns = new Map<string, number>();
const nextTurn = (reportId: string) => {
  const turn = (turns.get(reportId) ?? 0) + 1;
  turns.set(reportId, turn);
  return turn;
};

export const useDecisions = create<DecisionsState>()((set, get) => ({
  byReport: {},
  loadDecisions: async (reportId, keys, unknown = () => false) => {
    const turn = nextTurn(reportId);
    if (!get().byReport[reportId]) {
      set((s) => ({ byReport: { ...s.byReport, [reportId]: { status: 'loading' } } }));
    }
    try {
      const stored = await readDecisions(reportId);
      const given = new Set(keys);
      const present = { has: (key: string) => given.has(key) || unknown(key) };
      const records = stored.filter(isRecord);
      const gone = records.filter((r) => !present.has(r.key)).map((r) => r.key);
      if (gone.length > 0) await writeDecisions(reportId, [], gone);
      const decisions = new Map(
        records
          .filter((r) => present.has(r.key))
          .map((r) => [
            r.key,
            { decision: r.decision, note: r.note, decidedAt: String(r.decidedAt) },
          ]),
      );
      const damaged = stored.length - records.length;
      if (turns.get(reportId) !== turn) return;
      set((s) => ({
        byReport: { ...s.byReport, [reportId]: { status: 'ready', decisions, damaged } },
      }));
    } catch (error) {
      if (turns.get(reportId) !== turn) return;
      set((s) => ({
        byReport: {
          ...s.byReport,
          [reportId]: { status: 'error', message: cannotRead(error) },
        },
      }));
    }
  },
  decide: async (reportId, key, decision) => {
    nextTurn(reportId);
    const decidedAt = new Date().toISOString();
    try {
      if (decision) await writeDecisions(reportId, [{ reportId, key, ...decision, decidedAt }], []);
      else await writeDecisions(reportId, [], [key]);
    } catch (error) {
      return { ok: false, message: describeStorageError(error) };
    }
    set((s) => {
      const current = s.byReport[reportId];
      const map = new Map(current?.status === 'ready' ? current.decisions : []);
      if (decision) map.set(key, { ...decision, decidedAt });
      else map.delete(key);
      const damaged = current?.status === 'ready' ? current.damaged : 0;
      return {
        byReport: { ...s.byReport, [reportId]: { status: 'ready', decisions: map, damaged } },
      };
    });
    return { ok: true };
  },
}));
