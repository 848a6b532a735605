import { makeBackup, type Backup, type BackupTables } from './backup';
import { matchBackupPupils, mergeMarkRows, remapTables } from './backup-merge';
import { markKeyString } from './plan-marks';
import type { MarkRow } from './rows';
import { ALL_TABLES, type MarkKey, type StoreDb } from './schema';

/** Backup and restore against the database. Validation and migration happen before (backup.ts). */

export async function exportBackup(db: StoreDb, exportedAt: string): Promise<Backup> {
  return db.transaction('r', ALL_TABLES.map((t) => db.table(t)), async () => {
    const [pupils, marks, markRevisions, settings, actions, prefillAudit, importLog] = await Promise.all([
      db.pupils.toArray(),
      db.marks.toArray(),
      db.markRevisions.toArray(),
      db.settings.toArray(),
      db.actions.toArray(),
      db.prefillAudit.toArray(),
      db.importLog.toArray(),
    ]);
    return makeBackup({ pupils, marks, markRevisions, settings, actions, prefillAudit, importLog }, exportedAt);
  });
}

export interface RestoreSummary {
  mode: 'merge' | 'replace';
  pupilsAdded: number;
  pupilsMatched: number;
  marksAdded: number;
  marksChanged: number;
  unchanged: number;
  conflicts: { pupil: string; what: string }[];
}

/** Replace: the store becomes exactly the backup. Merge: the backup is folded into what is there. One transaction. */
export async function restoreBackup(db: StoreDb, backup: Backup, mode: 'merge' | 'replace'): Promise<RestoreSummary> {
  const t = backup.tables;
  return db.transaction('rw', ALL_TABLES.map((n) => db.table(n)), async () => {
    if (mode === 'replace') {
      await Promise.all(ALL_TABLES.map((n) => db.table(n).clear()));
      for (const n of ALL_TABLES) {
        const rows = t[n] as unknown[];
        if (rows.length) await db.table(n).bulkPut(rows);
      }
      return { mode, pupilsAdded: t.pupils.length, pupilsMatched: 0, marksAdded: t.marks.length, marksChanged: 0, unchanged: 0, conflicts: [] };
    }

    const match = matchBackupPupils(await db.pupils.toArray(), t.pupils);
    const remapped = remapTables(t, match.idMap);
    const keys: MarkKey[] = remapped.marks.map((m) => [m.pupilId, m.date, m.session]);
    const stored = await db.marks.bulkGet(keys);
    const local = new Map<string, MarkRow>();
    for (const m of stored) if (m) local.set(markKeyString(m.pupilId, m.date, m.session), m);
    const marks = mergeMarkRows(remapped.marks, local);

    const haveSettings = new Set(await db.settings.toCollection().primaryKeys());
    const writes: [keyof BackupTables, unknown[]][] = [
      ['pupils', match.pupils],
      ['marks', marks.marks],
      ['markRevisions', [...remapped.markRevisions, ...marks.revisions]],
      ['actions', remapped.actions],
      ['prefillAudit', remapped.prefillAudit],
      ['importLog', t.importLog],
      ['settings', t.settings.filter((s) => !haveSettings.has(s.key))],
    ];
    for (const [n, rows] of writes) if (rows.length) await db.table(n).bulkPut(rows);
    return {
      mode,
      pupilsAdded: match.added,
      pupilsMatched: match.matched,
      marksAdded: marks.added,
      marksChanged: marks.changed,
      unchanged: marks.unchanged,
      conflicts: match.conflicts,
    };
  });
}

/** Purge: every table emptied in one transaction (the database itself stays, at its current version). */
export async function purgeAll(db: StoreDb): Promise<void> {
  await db.transaction('rw', ALL_TABLES.map((n) => db.table(n)), () => Promise.all(ALL_TABLES.map((n) => db.table(n).clear())));
}
