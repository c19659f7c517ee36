import type { ReportFile } from '../../src/report/report-schema.ts';

// Another tool's parse of a report's three tables (KIROGOVCOMPARE's keys: `table_2`, `table_3`,
// `table_4`) mapped onto our data format. Every key of theirs is mapped by hand below, each
// checked against the national template's row it stands for; a key the mapping does not know,
// or one it expects and does not find, refuses the file rather than guessing.

/** Table 二 (2021 template): their row and column keys → ours. */
const proactiveRows: Record<string, readonly [row: string, columns: Record<string, string>]> = {
  regulations: ['rules', { made: 'issued', repealed: 'repealed', valid: 'inForce' }],
  normativeDocuments: [
    'normativeDocuments',
    { made: 'issued', repealed: 'repealed', valid: 'inForce' },
  ],
  licensing: ['licensing', { processed: 'decisions' }],
  punishment: ['penalties', { processed: 'decisions' }],
  coercion: ['coercion', { processed: 'decisions' }],
  fees: ['fees', { amount: 'amount' }],
};

/** Table 三's applicant columns: where each of ours sits in their tree. */
const applicantColumns: Record<string, string> = {
  person: 'naturalPerson',
  business: 'legalPerson.commercial',
  research: 'legalPerson.research',
  nonprofit: 'legalPerson.social',
  legal: 'legalPerson.legal',
  otherOrg: 'legalPerson.other',
  total: 'total',
};

/** Table 三's rows: our path below `applications` → theirs below an applicant column. */
const applicationRows: Record<string, string> = {
  received: 'newReceived',
  carriedOver: 'carriedOver',
  'results.granted': 'results.granted',
  'results.partiallyGranted': 'results.partialGrant',
  'results.denied.stateSecret': 'results.denied.stateSecret',
  'results.denied.lawProhibited': 'results.denied.lawForbidden',
  'results.denied.safetyStability': 'results.denied.safetyStability',
  'results.denied.thirdPartyRights': 'results.denied.thirdPartyRights',
  'results.denied.internalAffairs': 'results.denied.internalAffairs',
  'results.denied.processInformation': 'results.denied.processInfo',
  'results.denied.enforcementFiles': 'results.denied.enforcementCase',
  'results.denied.administrativeQuery': 'results.denied.adminQuery',
  'results.unavailable.notHeld': 'results.unableToProvide.noInfo',
  'results.unavailable.needsCreation': 'results.unableToProvide.needCreation',
  'results.unavailable.unclear': 'results.unableToProvide.unclear',
  'results.notProcessed.complaint': 'results.notProcessed.complaint',
  'results.notProcessed.duplicate': 'results.notProcessed.repeat',
  'results.notProcessed.publication': 'results.notProcessed.publication',
  'results.notProcessed.excessive': 'results.notProcessed.massiveRequests',
  'results.notProcessed.confirmation': 'results.notProcessed.confirmInfo',
  'results.otherHandling.noCorrection': 'results.other.overdueCorrection',
  'results.otherHandling.noFee': 'results.other.overdueFee',
  'results.otherHandling.other': 'results.other.otherReasons',
  'results.total': 'results.totalProcessed',
  // Theirs keeps 结转下年度 inside `results`.
  carriedForward: 'results.carriedForward',
};

/** Table 四: their groups and columns → ours. */
const appealGroups: Record<string, string> = {
  reconsideration: 'review',
  litigationDirect: 'litigationDirect',
  litigationAfterReconsideration: 'litigationPostReview',
};
const appealColumns: Record<string, string> = {
  upheld: 'maintain',
  corrected: 'correct',
  other: 'other',
  pending: 'unfinished',
  total: 'total',
};

/** Their top-level keys that are not table cells: read (or knowingly left) here. */
const metaKeys = ['_note', 'unit', 'year'];

/** What the source does not say and the mapping adds: who, where, which report. */
export interface KirogovMeta {
  readonly id: string;
  readonly region?: string;
  readonly level?: 'national' | 'provincial' | 'city' | 'county' | 'township';
  readonly source: NonNullable<ReportFile['source']>;
}

export type KirogovResult =
  | { readonly ok: true; readonly file: ReportFile }
  | { readonly ok: false; readonly errors: readonly string[] };

type Tree = Record<string, unknown>;

const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every leaf of `tree` as a dotted path. */
function leaves(tree: unknown, prefix = ''): string[] {
  if (!isTree(tree)) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key),
  );
}

function setAt(tree: Tree, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = tree;
  for (const key of keys) node = (node[key] ??= {}) as Tree;
  node[last] = value;
}

/**
 * Maps a KIROGOVCOMPARE tables file (a 2021-template report) onto the data format. Every leaf of
 * the source is used exactly once; every cell of ours comes from one leaf of theirs.
 */
export function mapKirogovTables(source: unknown, meta: KirogovMeta): KirogovResult {
  if (!isTree(source)) return { ok: false, errors: ['the file is not a JSON object'] };
  const errors: string[] = [];
  const used = new Set<string>(metaKeys.filter((k) => k in source));
  const sourceLeaves = new Set(leaves(source).filter((p) => !metaKeys.includes(p)));
  const sections: Tree = {};

  const take = (theirs: string, ours: string) => {
    if (!sourceLeaves.has(theirs)) {
      errors.push(`${theirs}: missing (wanted for sections.${ours})`);
      return;
    }
    const value = theirs.split('.').reduce<unknown>((node, key) => (node as Tree)[key], source);
    if (value !== null && typeof value !== 'number' && typeof value !== 'string') {
      errors.push(`${theirs}: not a cell (${JSON.stringify(value)})`);
      return;
    }
    used.add(theirs);
    setAt(sections, ours, value);
  };

  for (const [theirRow, [ourRow, columns]] of Object.entries(proactiveRows)) {
    for (const [theirColumn, ourColumn] of Object.entries(columns)) {
      take(`table_2.${theirRow}.${theirColumn}`, `proactive.${ourRow}.${ourColumn}`);
    }
  }
  for (const [ourColumn, theirColumn] of Object.entries(applicantColumns)) {
    for (const [ourRow, theirRow] of Object.entries(applicationRows)) {
      take(`table_3.${theirColumn}.${theirRow}`, `applications.${ourRow}.${ourColumn}`);
    }
  }
  for (const [ourGroup, theirGroup] of Object.entries(appealGroups)) {
    for (const [ourColumn, theirColumn] of Object.entries(appealColumns)) {
      take(`table_4.${theirGroup}.${theirColumn}`, `appeals.${ourGroup}.${ourColumn}`);
    }
  }
  for (const leaf of sourceLeaves) {
    if (!used.has(leaf)) errors.push(`${leaf}: a key the mapping does not know`);
  }
  if (typeof source.unit !== 'string' || source.unit.trim() === '') {
    errors.push('unit: the agency name is missing');
  }
  if (typeof source.year !== 'number') errors.push('year: missing or not a number');
  if (errors.length > 0) return { ok: false, errors };

  const file: ReportFile = {
    $schema: '../../schema/report.schema.json',
    schemaVersion: 1,
    id: meta.id,
    agency: {
      name: (source.unit as string).trim(),
      ...(meta.region ? { region: meta.region } : {}),
      ...(meta.level ? { level: meta.level } : {}),
    },
    year: source.year as number,
    // Their table 二 has 2021's columns (made / repealed / valid, processed, fee amount) and
    // table 三 the three 其他处理 rows: the 2021 template.
    template: '2021',
    source: meta.source,
    sections: sections as ReportFile['sections'],
  } as ReportFile;
  return { ok: true, file };
}
