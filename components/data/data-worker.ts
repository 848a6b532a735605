/**
 * The options page's data worker: imports, backups and restores off the page's main thread. It runs in
 * the extension's origin, so it opens the same IndexedDB (Dexie) as the pages and the background.
 * Protocol: lib/store/jobs/protocol.ts. Cancel = the page terminates this worker (the open transaction
 * is aborted, nothing of the job is kept).
 */
import { buildCalendar } from '../../lib/engine/calendar';
import { todayLocal } from '../../lib/clock';
import type { Backup } from '../../lib/store/backup';
import { backupBlob, readBackupFile } from '../../lib/store/backup-file';
import { exportBackup, restoreBackup } from '../../lib/store/backup-io';
import { applyImport, checkAgainstStore } from '../../lib/store/imports/apply';
import { previewImport } from '../../lib/store/imports/preview';
import type { ImportPreview } from '../../lib/store/imports/types';
import { pageCheck, pagePreview, type FromWorker, type ToWorker } from '../../lib/store/jobs/protocol';
import { pupilName } from '../../lib/store/merge-pupil';
import { openStore } from '../../lib/store/schema';
import { readSchool } from '../../lib/store/settings';
import { storeErrorMessage } from '../../lib/store/storage-errors';
import { measureStep } from '../../lib/store/timing';
import { audit } from '../../lib/lock/audit';
import { LOCKED_WHY } from '../../lib/lock/messages';

// The worker's global, typed by hand: the "webworker" lib would change DOM types for the whole project.
const scope = self as unknown as { postMessage(m: unknown, transfer: Transferable[]): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
const post = (m: FromWorker, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

let preview: ImportPreview | null = null;
let backup: Backup | null = null;
// Backups before version 3 held no settings (their `storage` is empty because absent, not because none).
let backupHasSettings = false;

async function handle(m: ToWorker): Promise<void> {
  const db = openStore();
  const progress = (phase: Extract<FromWorker, { type: 'progress' }>['phase'], done: number, total: number) => post({ type: 'progress', job: m.job, phase, done, total });
  // While locked (lib/lock) an import would store names in the clear and a backup or restore needs them: refused
  // here too, not only hidden on the page.
  const t = performance.now();
  if (m.type !== 'read-backup' && (await db.lock.get('lock'))?.locked) throw new Error(`${LOCKED_WHY} Unlock first.`);
  measureStep(`${m.type}:lock-check`, t);
  switch (m.type) {
    case 'preview': {
      progress('reading', 0, 1);
      const school = await readSchool(db);
      const out = previewImport(m.bytes, { calendar: school.calendar ? buildCalendar(school.calendar) : undefined, schoolDfe: school.dfeNumber, mapping: m.mapping, today: todayLocal(), ...(m.dateOrder ? { dateOrder: m.dateOrder } : {}) });
      if (!out.ok) {
        preview = null;
        post({ type: 'previewed', job: m.job, outcome: out, check: null, conflicts: [] });
        return;
      }
      preview = out.preview;
      progress('checking', 0, 1);
      const dry = await checkAgainstStore(db, out.preview, { fileName: m.fileName, mis: m.mis, seenAt: new Date().toISOString(), importId: 'preview', choices: {} });
      const ids = [...new Set(dry.conflicts.flatMap((c) => (c.kind === 'identity' ? c.candidates : [])))];
      const rows = await db.pupils.bulkGet(ids);
      const names = new Map(rows.filter((r) => !!r).map((r) => [r!.id, pupilName(r!)]));
      const conflicts = dry.conflicts.flatMap((c) =>
        c.kind === 'identity' ? [{ ref: c.ref, what: c.what, candidates: c.candidates.map((id) => ({ id, name: names.get(id) ?? id })) }] : [],
      );
      // The page needs counts and conflicts, not the plan's pupil id map of 2,000 entries twice over.
      post({ type: 'previewed', job: m.job, outcome: { ok: true, preview: pagePreview(out.preview) }, check: pageCheck(dry), conflicts });
      return;
    }
    case 'import': {
      if (!preview) throw new Error('the file is no longer loaded; choose it again');
      progress('checking', 0, 1);
      const { result } = await applyImport(db, preview, { importId: m.importId, seenAt: m.seenAt, fileName: m.fileName, mis: m.mis, choices: m.choices }, (done, total) =>
        progress('writing', done, total),
      );
      preview = null;
      await audit(db, 'import', `File imported: ${m.fileName.slice(-80)} (${result.marksAdded} marks added, ${result.marksChanged} changed)`, Object.keys(result.pupilIds).length);
      post({ type: 'imported', job: m.job, result: { ...result, conflicts: result.conflicts.slice(0, 500), pupilIds: {} } });
      return;
    }
    case 'read-backup': {
      progress('validating', 0, 1);
      // The store is opened while the file is read, so a restore begins at once when asked for.
      db.open().catch(() => undefined);
      const read = await readBackupFile(m.file);
      if (!read.ok) {
        backup = null;
        post({ type: 'backup-read', job: m.job, ok: false, reason: read.reason, problems: read.problems, problemCount: read.problemCount });
        return;
      }
      backup = read.backup;
      backupHasSettings = read.migratedFrom === null;
      post({ type: 'backup-read', job: m.job, ok: true, exportedAt: read.backup.exportedAt, counts: read.backup.counts, migratedFrom: read.migratedFrom });
      return;
    }
    case 'restore': {
      if (!backup) throw new Error('the backup is no longer loaded; choose it again');
      const made = backup.exportedAt.slice(0, 10);
      const summary = await restoreBackup(db, backup, m.mode, {
        onProgress: (d) => progress('writing', Math.round(d * 1000), 1000),
        // In the restore's transaction: a separate one after a 4,000-record commit waited up to 2 s.
        extraTables: ['auditLog'],
        beforeCommit: (s) => audit(db, 'restore', `Backup restored (${m.mode === 'replace' ? 'replacing the store' : 'merged'}), made ${made}`, s.pupilsAdded + s.pupilsMatched),
      });
      measureStep('restore:total', t);
      post({ type: 'restored', job: m.job, summary, storage: backup.storage, hasSettings: backupHasSettings });
      backup = null;
      return;
    }
    case 'export': {
      progress('reading', 0, 1);
      const b = await exportBackup(db, m.exportedAt, m.storage);
      progress('compressing', 0, 1);
      await audit(db, 'backup', 'Backup saved', b.counts.pupils ?? null);
      post({ type: 'exported', job: m.job, blob: await backupBlob(b), counts: b.counts });
      return;
    }
  }
}

/** Called once by the worker's entrypoint (entrypoints/data-worker.ts). */
export function startDataWorker(): void {
  scope.onmessage = (e: MessageEvent<ToWorker>) => {
    // A full disk or quota is explained in words; the job's one transaction has rolled back, so nothing is lost.
    handle(e.data).catch((err: unknown) => post({ type: 'failed', job: e.data.job, message: storeErrorMessage(err) }));
  };
}
