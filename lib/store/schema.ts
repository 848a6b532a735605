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

export const LATEST_VERSION = 2;

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
  marks!: Table<MarkRow, MarkKey>;
  markRevisions!: Table<MarkRevisionRow, string>;
  settings!: Table<SettingsRow, string>;
  actions!: Table<ActionRow, string>;
  prefillAudit!: Table<PrefillAuditRow, string>;
  importLog!: Table<ImportLogRow, string>;

  /**
   * `upTo` exists for the migration test (open a database as an older version wrote it);
   * the product always opens the latest.
   */
  constructor(name: string = DB_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; upTo?: number } = {}) {
    const { upTo = LATEST_VERSION, ...dexieOptions } = options;
    super(name, dexieOptions.indexedDB ? dexieOptions : {});
    this.version(1).stores(SCHEMA_V1);
    if (upTo >= 2) this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }
}

export const ALL_TABLES = ['pupils', 'marks', 'markRevisions', 'settings', 'actions', 'prefillAudit', 'importLog'] as const;
export type TableName = (typeof ALL_TABLES)[number];

let shared: StoreDb | undefined;
/** The one database of this extension page or service worker. */
export function openStore(): StoreDb {
  shared ??= new StoreDb();
  return shared;
}
