import { Dexie } from 'dexie';
import { makeBackup, type Backup } from './backup';
import { matchBackupPupils, mergeMarkRows, remapTables } from './backup-merge';
import { marksOfYear } from './mark-years';
import { readYears, writeMarks } from './marks-io';
import { markKeyString } from './plan-marks';
import type { MarkRow } from './rows';
import { ALL_TABLES, STORE_TABLES, type StoreDb } from './schema';
import { measureStep } from './timing';

/** Backup and restore against the database. Validation and migration happen before (backup.ts). */

export async function exportBackup(db: StoreDb, exportedAt: string, storage: Record<string, unknown> = {}): Promise<Backup> {
  return db.transaction('r', ALL_TABLES.map((t) => db.table(t)), async () => {
    const [pupils, markYears, markRevisions, settings, actions, prefillAudit, importLog] = await Promise.all([
      db.pupils.toArray(),
      db.markYears.toArray(),
      db.markRevisions.toArray(),
      db.settings.toArray(),
      db.actions.toArray(),
      db.prefillAudit.toArray(),
      db.importLog.toArray(),
    ]);
    return makeBackup({ pupils, markYears, markRevisions, settings, actions, prefillAudit, importLog }, exportedAt, storage);
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

export interface RestoreOptions {
  /** Called between chunks with a share done (0..1). */
  onProgress?: (done: number, what: string) => void;
  /** Aborting rolls the whole restore back: the store stays exactly as before. */
  signal?: AbortSignal;
  /**
   * Written in the restore's own transaction, last (the audit entry): it is kept if and only if the restore is,
   * and the restore's end is not held up by a second transaction after a large commit. Tables in `extraTables`.
   */
  beforeCommit?: (summary: RestoreSummary) => PromiseLike<unknown>;
  extraTables?: readonly string[];
}

/** Rows per bulkPut of a replace restore, and how many bulkPuts of a table are asked for at once. */
const CHUNK = 100;
const AHEAD = 3;

/**
 * Replace: the store becomes exactly the backup. Merge: the backup is folded into what is there. One
 * transaction, written in chunks so progress can be shown and Cancel can roll it all back.
 */
export async function restoreBackup(db: StoreDb, backup: Backup, mode: 'merge' | 'replace', opts: RestoreOptions = {}): Promise<RestoreSummary> {
  const t = backup.tables;
  const check = () => {
    if (opts.signal?.aborted) throw new Dexie.AbortError('Restore cancelled');
  };
  // The lock table is in the transaction so a restore and a lock never interleave (IndexedDB runs them one
  // after the other): a restore that begins after the store was locked would write names in the clear.
  const finish = async (summary: RestoreSummary) => {
    if (opts.beforeCommit) await opts.beforeCommit(summary);
    return summary;
  };
  return db.transaction('rw', [...STORE_TABLES.map((n) => db.table(n)), db.table('lock'), ...(opts.extraTables ?? []).map((n) => db.table(n))], async () => {
    check();
    if ((await db.table('lock').get('lock'))?.locked) throw new Error('Attendance Lens is locked, so nothing was restored. Unlock first, then restore.');
    if (mode === 'replace') {
      const t0 = performance.now();
      const total = ALL_TABLES.reduce((n, k) => n + t[k].length, 0) || 1;
      let done = 0;
      opts.onProgress?.(0, 'clearing');
      // Each table is emptied, then written in small chunks, a few asked for ahead: the worker clones the next
      // chunks while IndexedDB writes the last ones (no idle round trip between chunks), and progress moves in
      // many steps (about 60 for 2,000 pupils), each reported as its chunk is written. A put must not reach the
      // database before the clear of its table, so each table's writes wait for its own clear (not the others').
      const writeTable = async (n: (typeof STORE_TABLES)[number]) => {
        await db.table(n).clear();
        measureStep(`restore:clear ${n}`, t0);
        const rows = (n === 'assessments' ? [] : t[n]) as unknown[];
        const chunks: unknown[][] = [];
        for (let i = 0; i < rows.length; i += CHUNK) chunks.push(rows.slice(i, i + CHUNK));
        let next = 0;
        const lane = async () => {
          while (next < chunks.length) {
            const chunk = chunks[next++]!;
            await db.table(n).bulkPut(chunk);
            check();
            done += chunk.length;
            opts.onProgress?.(done / total, n);
          }
        };
        await Promise.all(Array.from({ length: Math.min(AHEAD, chunks.length) }, lane));
        measureStep(`restore:written ${n}`, t0);
      };
      await Promise.all(STORE_TABLES.map(writeTable));
      check();
      return finish({ mode, pupilsAdded: t.pupils.length, pupilsMatched: 0, marksAdded: backup.counts.marks, marksChanged: 0, unchanged: 0, conflicts: [] });
    }

    const match = matchBackupPupils(await db.pupils.toArray(), t.pupils);
    const remapped = remapTables(t, match.idMap);
    opts.onProgress?.(0.2, 'pupils');
    const incoming: MarkRow[] = remapped.markYears.flatMap((r) => marksOfYear(r));
    let lo = '9999-12-31';
    let hi = '0000-01-01';
    for (const m of incoming) {
      if (m.date < lo) lo = m.date;
      if (m.date > hi) hi = m.date;
    }
    const stored = incoming.length ? await readYears(db, [...new Set(incoming.map((m) => m.pupilId))], lo, hi) : new Map();
    const local = new Map<string, MarkRow>();
    for (const r of stored.values()) for (const m of marksOfYear(r)) local.set(markKeyString(m.pupilId, m.date, m.session), m);
    check();
    const marks = mergeMarkRows(incoming, local);
    opts.onProgress?.(0.5, 'marks');

    const haveSettings = new Set(await db.settings.toCollection().primaryKeys());
    await writeMarks(db, marks.marks, stored);
    check();
    const writes: [string, unknown[]][] = [
      ['pupils', match.pupils],
      ['markRevisions', [...remapped.markRevisions, ...marks.revisions]],
      ['actions', remapped.actions],
      ['prefillAudit', remapped.prefillAudit],
      ['importLog', t.importLog],
      ['settings', t.settings.filter((s) => !haveSettings.has(s.key))],
    ];
    for (const [n, rows] of writes) if (rows.length) await db.table(n).bulkPut(rows);
    // Pupils whose facts or chronology may have changed are assessed afresh.
    await db.assessments.bulkDelete(match.pupils.map((p) => p.id));
    check();
    opts.onProgress?.(1, 'done');
    return finish({
      mode,
      pupilsAdded: match.added,
      pupilsMatched: match.matched,
      marksAdded: marks.added,
      marksChanged: marks.changed,
      unchanged: marks.unchanged,
      conflicts: match.conflicts,
    });
  });
}

/** Purge: every table emptied in one transaction (the database itself stays, at its current version). */
export async function purgeAll(db: StoreDb): Promise<void> {
  await db.transaction('rw', STORE_TABLES.map((n) => db.table(n)), () => Promise.all(STORE_TABLES.map((n) => db.table(n).clear())));
}
