import { Dexie, type Table, type Transaction } from 'dexie';
import { actionDueOn, type ActionRow } from './actions';
import type {
  ImportLogRow,
  MarkRevisionRow,
  MarkRow,
  PrefillAuditRow,
  PupilRow,
  SettingsRow,
} from './rows';
import { markYearOf, packMarks, yearKeyString, type MarkYearRow } from './mark-years';
import type { AssessmentRow } from './assessment-row';
import type { AuditRow, LockRow } from './lock-rows';
import { listRowsInvalidation, type ListRow } from './list-rows';

export const DB_NAME = 'attendance-lens';

/**
 * Schema versions. Index only what a query uses; natural compound keys make re-reading a page an
 * idempotent put. Each version after v1 ships an upgrade and a test that opens a v(n-1) database.
 */
export const SCHEMA_V1 = {
  pupils: 'id, *misKeys, upn, nameDob',
  marks: '[pupilId+date+session]',
  markRevisions: 'id, [pupilId+date+session]',
  settings: 'key',
  actions: 'id, [pupilId+date]',
  prefillAudit: 'id, pupilId, at',
  importLog: 'id, at',
} as const;

/**
 * v2: what retention and the dashboard need and v1 lacked.
 * - marks.date: "marks older than N academic years" and whole-school date ranges without a full scan;
 * - pupils.leavingDate: "pupils who left more than N months ago";
 * - actions.dueOn: a field lifted from the kind-specific dates (NTI period end, contract review,
 *   PN payment date) so "what falls due this week" is one index range; backfilled for v1 rows.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  pupils: 'id, *misKeys, upn, nameDob, leavingDate',
  marks: '[pupilId+date+session], date',
  actions: 'id, [pupilId+date], dueOn',
} as const;

/**
 * v3: compact marks (issue 11). One record per pupil per academic year (mark-years.ts) replaces one row per
 * session: a 2,000-pupil year is 4,000 records, not 780,000 rows. Revisions keep their own table.
 * `assessments` caches each pupil's evaluation "as of" a day (lib/pupil/assessment-cache.ts).
 * The upgrade packs every v2 mark row, provenance and minutes late included, then drops the old table.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  marks: null,
  markYears: '[pupilId+year], year',
  assessments: 'pupilId',
} as const;

/**
 * v4 (issue 15): the lock and the audit log. `lock` holds the one lock row (key 'lock': salt, sealed private key,
 * public key, blind-index key, locked or not) in its own table so that backups, restores and purges never carry or
 * clear it, and so locking writes the pupils and the lock state in one transaction. `auditLog`: what was done
 * with the data (prefills, imports, exports, backups, restores, purges, lock, unlock), never pupil names.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  lock: 'key',
  auditLog: 'id, at',
} as const;

/**
 * v5: the dashboard list's cache (`listRows`, list-rows.ts): per pupil, only what the pupil list shows, read in
 * one pass when the list opens. Derived data only: the upgrade adds an empty table and changes nothing else
 * (each row is worked out on the next open). Kept right by a middleware that marks a pupil's row stale in
 * every transaction that writes their row, marks or chronology.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  listRows: 'pupilId',
} as const;

export const LATEST_VERSION = 5;

export async function upgradeToV3(tx: Transaction): Promise<void> {
  // Grouped per pupil and year while walking the old rows in key order (pupil, date, session); the records
  // are small, the rows are not held.
  const groups = new Map<string, MarkRow[]>();
  await tx.table<MarkRow>('marks').each((m) => {
    const k = yearKeyString(m.pupilId, markYearOf(m.date));
    const g = groups.get(k);
    if (g) g.push(m);
    else groups.set(k, [m]);
  });
  const records = packMarks([...groups.values()].flat());
  if (records.length) await tx.table<MarkYearRow>('markYears').bulkAdd(records);
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<ActionRow>('actions')
    .toCollection()
    .modify((a) => {
      const due = actionDueOn(a);
      if (due) a.dueOn = due;
    });
}

export type MarkKey = [string, string, string];

export class StoreDb extends Dexie {
  pupils!: Table<PupilRow, string>;
  /** Schema v1–v2 only (opened by the migration test as an older version wrote it). */
  marks!: Table<MarkRow, MarkKey>;
  markYears!: Table<MarkYearRow, [string, number]>;
  assessments!: Table<AssessmentRow, string>;
  markRevisions!: Table<MarkRevisionRow, string>;
  settings!: Table<SettingsRow, string>;
  actions!: Table<ActionRow, string>;
  prefillAudit!: Table<PrefillAuditRow, string>;
  importLog!: Table<ImportLogRow, string>;
  lock!: Table<LockRow, string>;
  auditLog!: Table<AuditRow, string>;
  listRows!: Table<ListRow, string>;

  /**
   * `upTo` exists for the migration test (open a database as an older version wrote it);
   * the product always opens the latest.
   */
  constructor(name: string = DB_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; upTo?: number } = {}) {
    const { upTo = LATEST_VERSION, ...dexieOptions } = options;
    super(name, dexieOptions.indexedDB ? dexieOptions : {});
    this.version(1).stores(SCHEMA_V1);
    if (upTo >= 2) this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    if (upTo >= 3) this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    if (upTo >= 4) this.version(4).stores(SCHEMA_V4);
    if (upTo >= 5) this.version(5).stores(SCHEMA_V5);
    // Does nothing on a database opened before v5 (no `listRows` store).
    this.use(listRowsInvalidation);
  }
}

/** The tables a backup holds and a purge empties (the assessment cache is derived, rebuilt on demand). */
export const ALL_TABLES = ['pupils', 'markYears', 'markRevisions', 'settings', 'actions', 'prefillAudit', 'importLog'] as const;
/** Every table of the latest schema, for transactions that must also clear the cache. */
export const STORE_TABLES = [...ALL_TABLES, 'assessments'] as const;
export type TableName = (typeof ALL_TABLES)[number];

let shared: StoreDb | undefined;
/** The one database of this extension page or service worker. */
export function openStore(): StoreDb {
  shared ??= new StoreDb();
  return shared;
}
