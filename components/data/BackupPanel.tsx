import { useSignal } from '@preact/signals';
import { readBackup, type Backup } from '../../lib/store/backup';
import { exportBackup, restoreBackup } from '../../lib/store/backup-io';
import type { StoreDb } from '../../lib/store/schema';

/** Backup to one JSON file; restore it here or on another computer, merging or replacing. */
export function BackupPanel({ db }: { db: StoreDb }) {
  const status = useSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const pending = useSignal<{ name: string; backup: Backup; migratedFrom: number | null } | null>(null);
  const mode = useSignal<'merge' | 'replace'>('merge');
  const confirming = useSignal(false);
  const busy = useSignal(false);

  const download = async () => {
    busy.value = true;
    try {
      const now = new Date();
      const backup = await exportBackup(db, now.toISOString());
      const url = URL.createObjectURL(new Blob([JSON.stringify(backup)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `attendance-lens-backup-${now.toISOString().slice(0, 10)}.json`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      status.value = { kind: 'ok', text: `Backup saved: ${backup.counts.pupils} pupils, ${backup.counts.marks} marks, ${backup.counts.actions} actions. Keep it somewhere safe: it holds pupil data.` };
    } catch (e) {
      status.value = { kind: 'error', text: `Backup failed: ${(e as Error).message}` };
    } finally {
      busy.value = false;
    }
  };

  const onFile = async (e: Event) => {
    const f = (e.currentTarget as HTMLInputElement).files?.[0];
    pending.value = null;
    confirming.value = false;
    if (!f) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await f.text());
    } catch {
      status.value = { kind: 'error', text: `${f.name} is not a backup file (it is not JSON, or it was cut off).` };
      return;
    }
    const read = readBackup(raw);
    if (!read.ok) {
      status.value = { kind: 'error', text: `${f.name} cannot be restored: ${read.reason}.` };
      return;
    }
    pending.value = { name: f.name, backup: read.backup, migratedFrom: read.migratedFrom };
    status.value = {
      kind: 'ok',
      text: `${f.name}: made ${read.backup.exportedAt.slice(0, 10)}, ${read.backup.counts.pupils} pupils, ${read.backup.counts.marks} marks${read.migratedFrom ? ` (from an older backup version ${read.migratedFrom}; it will be updated)` : ''}.`,
    };
  };

  const restore = async () => {
    const p = pending.value;
    if (!p) return;
    if (mode.value === 'replace' && !confirming.value) {
      confirming.value = true;
      return;
    }
    busy.value = true;
    try {
      const s = await restoreBackup(db, p.backup, mode.value);
      status.value = {
        kind: 'ok',
        text:
          s.mode === 'replace'
            ? `Restored ${p.name}: the store now holds exactly the backup (${s.pupilsAdded} pupils, ${s.marksAdded} marks).`
            : `Merged ${p.name}: ${s.pupilsAdded} pupils added, ${s.pupilsMatched} matched to pupils already here, ${s.marksAdded} marks added, ${s.marksChanged} differing marks resolved (the older kept as history)${s.conflicts.length ? `; ${s.conflicts.length} pupils left out: ${s.conflicts.map((c) => c.what).join('; ')}` : ''}.`,
      };
      pending.value = null;
    } catch (e) {
      status.value = { kind: 'error', text: `Nothing was restored: ${(e as Error).message}` };
    } finally {
      busy.value = false;
      confirming.value = false;
    }
  };

  return (
    <div>
      <p>
        <button type="button" onClick={() => void download()} disabled={busy.value}>
          Download backup
        </button>
      </p>
      <p>
        <label>
          Backup file to restore <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
        </label>
      </p>
      {pending.value ? (
        <fieldset>
          <legend>When restoring</legend>
          <label>
            <input type="radio" name="restore-mode" value="merge" checked={mode.value === 'merge'} onChange={() => { mode.value = 'merge'; confirming.value = false; }} /> Merge with what is here
          </label>{' '}
          <label>
            <input type="radio" name="restore-mode" value="replace" checked={mode.value === 'replace'} onChange={() => { mode.value = 'replace'; }} /> Replace everything here
          </label>
          <p>
            <button type="button" onClick={() => void restore()} disabled={busy.value}>
              {confirming.value ? 'Yes, replace everything' : 'Restore'}
            </button>
            {confirming.value ? (
              <>
                {' '}
                <button type="button" class="secondary" onClick={() => { confirming.value = false; }}>
                  Cancel
                </button>
                <span role="alert"> Replacing deletes everything stored here that is not in the backup.</span>
              </>
            ) : null}
          </p>
        </fieldset>
      ) : null}
      <div role="status" aria-live="polite">
        {status.value ? <p class={status.value.kind === 'error' ? 'problem' : undefined}>{status.value.text}</p> : null}
      </div>
    </div>
  );
}
