import { z } from 'zod/mini';
import { withDueOn, type ActionRow } from './actions';
import {
  actionSchema,
  importLogRowSchema,
  markRevisionRowSchema,
  markRowSchema,
  prefillAuditRowSchema,
  pupilRowSchema,
  settingsRowSchema,
} from './row-schemas';
import type { ImportLogRow, MarkRevisionRow, MarkRow, PrefillAuditRow, PupilRow, SettingsRow } from './rows';
import { ALL_TABLES, LATEST_VERSION, type TableName } from './schema';

/**
 * The backup file: everything in the store, one versioned JSON document. Pure: building, validating and
 * migrating; reading and writing the database is backup-io.ts.
 *
 * Versions: 1 = schema v1 (actions without `dueOn`, no counts). 2 = schema v2, plus a row count per
 * table so a file that was cut off or edited by hand is caught before anything is restored.
 */
export const BACKUP_FORMAT = 'attendance-lens-backup';
export const BACKUP_VERSION = 2;

export interface BackupTables {
  pupils: PupilRow[];
  marks: MarkRow[];
  markRevisions: MarkRevisionRow[];
  settings: SettingsRow[];
  actions: ActionRow[];
  prefillAudit: PrefillAuditRow[];
  importLog: ImportLogRow[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  schemaVersion: number;
  counts: Record<TableName, number>;
  tables: BackupTables;
}

const tablesV2 = z.object({
  pupils: z.array(pupilRowSchema),
  marks: z.array(markRowSchema),
  markRevisions: z.array(markRevisionRowSchema),
  settings: z.array(settingsRowSchema),
  actions: z.array(actionSchema),
  prefillAudit: z.array(prefillAuditRowSchema),
  importLog: z.array(importLogRowSchema),
});

const countsSchema = z.object(Object.fromEntries(ALL_TABLES.map((t) => [t, z.number().check(z.int(), z.nonnegative())])) as Record<TableName, z.ZodMiniNumber>);

const backupV2 = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(2),
  exportedAt: z.string(),
  schemaVersion: z.number(),
  counts: countsSchema,
  tables: tablesV2,
});

// v1 actions lacked dueOn (the field came with schema v2); otherwise the same rows.
const backupV1 = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  tables: tablesV2,
});

const envelope = z.object({ format: z.string(), version: z.number() });

export function makeBackup(tables: BackupTables, exportedAt: string): Backup {
  const counts = Object.fromEntries(ALL_TABLES.map((t) => [t, tables[t].length])) as Record<TableName, number>;
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, schemaVersion: LATEST_VERSION, counts, tables };
}

export type ReadBackup = { ok: true; backup: Backup; migratedFrom: number | null } | { ok: false; reason: string };

function firstIssue(e: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const i = e.issues[0];
  return i ? `${i.path.map(String).join('.') || '(top level)'}: ${i.message}` : 'invalid';
}

/** Validates a parsed backup file (any version this build knows) and migrates it to the current version. */
export function readBackup(raw: unknown): ReadBackup {
  const env = envelope.safeParse(raw);
  if (!env.success || env.data.format !== BACKUP_FORMAT) return { ok: false, reason: 'this is not an Attendance Lens backup file' };
  const v = env.data.version;
  if (v > BACKUP_VERSION) return { ok: false, reason: `this backup was made by a newer version of Attendance Lens (backup version ${v}); update the extension first` };
  if (v === 1) {
    const r = backupV1.safeParse(raw);
    if (!r.success) return { ok: false, reason: `the backup (version 1) is not valid at ${firstIssue(r.error)}` };
    return { ok: true, backup: migrateV1(r.data), migratedFrom: 1 };
  }
  if (v !== 2) return { ok: false, reason: `unknown backup version ${v}` };
  const r = backupV2.safeParse(raw);
  if (!r.success) return { ok: false, reason: `the backup is not valid at ${firstIssue(r.error)}` };
  for (const t of ALL_TABLES) {
    if (r.data.counts[t] !== r.data.tables[t].length) {
      return { ok: false, reason: `the backup says it holds ${r.data.counts[t]} ${t} rows but has ${r.data.tables[t].length}: it was cut off or edited` };
    }
  }
  return { ok: true, backup: r.data as Backup, migratedFrom: null };
}

function migrateV1(b: z.infer<typeof backupV1>): Backup {
  const tables = { ...b.tables, actions: b.tables.actions.map(withDueOn) } as BackupTables;
  const out = makeBackup(tables, b.exportedAt);
  // The rows were written by schema v1; the migrated file describes them as v2 rows.
  return out;
}
