import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { backupFileName } from '../../lib/store/backup-file';
import type { BackupCounts } from '../../lib/store/backup';
import type { StoreDb } from '../../lib/store/schema';
import { applySettingsRestore, settingsRestorePlan } from '../../lib/store/settings-restore';
import { DataJobs, JobCancelled, ProgressBar, type Progress } from './data-jobs';
import { datesInWords, formatLong } from '../../lib/engine/dates';
import { todayLocal } from '../../lib/clock';

/**
 * Backup to one compressed file (marks packed, gzip), with the extension's settings; restore it here or on
 * another computer, merging or replacing. Reading, checking and writing run in the data worker, with
 * progress; Cancel during a restore rolls it all back. Settings (browser.storage.local) are written by the
 * page once the store's restore has committed (the worker cannot reach extension storage).
 */
const n = (x: number) => x.toLocaleString('en-GB');
const plural = (k: number, one: string, many = `${one}s`) => `${n(k)} ${k === 1 ? one : many}`;

// The store is not needed here (the worker opens it); the prop keeps the panels' shape alike.
export function BackupPanel(_props: { db: StoreDb; jobs?: DataJobs }) {
  const jobs = useMemo(() => _props.jobs ?? new DataJobs(), [_props.jobs]);
  useEffect(() => () => jobs.dispose(), [jobs]);
  const status = useSignal<{ kind: 'ok' | 'error'; text: string; problems?: { where: string; why: string }[] } | null>(null);
  const pending = useSignal<{ name: string; counts: BackupCounts; migratedFrom: number | null } | null>(null);
  const mode = useSignal<'merge' | 'replace'>('merge');
  const confirming = useSignal(false);
  const busy = useSignal<'backup' | 'reading' | 'restoring' | null>(null);
  const progress = useSignal<Progress | null>(null);
  const onProgress = (p: Progress) => (progress.value = p);

  const download = async () => {
    busy.value = 'backup';
    status.value = null;
    try {
      const now = new Date();
      const storage = (await browser.storage.local.get(null)) as Record<string, unknown>;
      const res = await jobs.run<'exported'>({ type: 'export', job: crypto.randomUUID(), exportedAt: now.toISOString(), storage }, onProgress);
      const url = URL.createObjectURL(res.blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = backupFileName(now.toISOString());
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      const c = res.counts;
      status.value = {
        kind: 'ok',
        text: `Backup saved (${(res.blob.size / 1e6).toFixed(1)} MB): ${plural(c.pupils, 'pupil')}, ${plural(c.marks, 'mark')}, ${plural(c.actions, 'action')} and your settings. Keep it somewhere safe: it holds pupil data.`,
      };
    } catch (e) {
      if (!(e instanceof JobCancelled)) status.value = { kind: 'error', text: `Backup failed: ${(e as Error).message}` };
    } finally {
      busy.value = null;
      progress.value = null;
    }
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const f = input.files?.[0];
    // Cleared, so choosing the same file again is seen as a choice (the status names the file).
    input.value = '';
    pending.value = null;
    confirming.value = false;
    status.value = null;
    if (!f) return;
    busy.value = 'reading';
    try {
      const read = await jobs.run<'backup-read'>({ type: 'read-backup', job: crypto.randomUUID(), file: f }, onProgress);
      if (!read.ok) {
        status.value = { kind: 'error', text: `${f.name} cannot be restored: ${datesInWords(read.reason)}. Nothing was changed.`, problems: read.problems };
        return;
      }
      pending.value = { name: f.name, counts: read.counts, migratedFrom: read.migratedFrom };
      status.value = {
        kind: 'ok',
        text: `${f.name}: made ${formatLong(todayLocal(new Date(read.exportedAt)))}, ${plural(read.counts.pupils, 'pupil')}, ${plural(read.counts.marks, 'mark')}, ${plural(read.counts.actions, 'action')}${read.migratedFrom ? ` (from an older backup version ${read.migratedFrom}; it will be updated)` : ''}.`,
      };
    } catch (err) {
      if (!(err instanceof JobCancelled)) status.value = { kind: 'error', text: `${f.name} cannot be restored: ${(err as Error).message}.` };
    } finally {
      busy.value = null;
      progress.value = null;
    }
  };

  const restore = async () => {
    const p = pending.value;
    if (!p) return;
    if (mode.value === 'replace' && !confirming.value) {
      confirming.value = true;
      return;
    }
    busy.value = 'restoring';
    try {
      const { summary: s, storage, hasSettings } = await jobs.run<'restored'>({ type: 'restore', job: crypto.randomUUID(), mode: mode.value }, onProgress);
      let settings = '';
      if (hasSettings) {
        try {
          // Merge keeps settings made here; replace makes them exactly the backup's (keys it lacks removed).
          const here = (await browser.storage.local.get(null)) as Record<string, unknown>;
          await applySettingsRestore(browser.storage.local, settingsRestorePlan(here, storage, mode.value, true));
          settings = ' Settings restored too.';
        } catch (err) {
          settings = ` The settings could not be restored: ${(err as Error).message}.`;
        }
      }
      status.value = {
        kind: 'ok',
        text:
          (s.mode === 'replace'
            ? `Restored ${p.name}: the store now holds exactly the backup (${plural(s.pupilsAdded, 'pupil')}, ${plural(s.marksAdded, 'mark')}).`
            : `Merged ${p.name}: ${plural(s.pupilsAdded, 'pupil')} added, ${n(s.pupilsMatched)} matched to pupils already here, ${plural(s.marksAdded, 'mark')} added, ${n(s.marksChanged)} differing marks resolved (the older kept as history)${s.conflicts.length ? `; ${plural(s.conflicts.length, 'pupil')} left out: ${s.conflicts.map((c) => c.what).join('; ')}` : ''}.`) + settings,
      };
      pending.value = null;
    } catch (e) {
      if (e instanceof JobCancelled) status.value = { kind: 'ok', text: 'Restore cancelled. Nothing was changed: the store is exactly as it was.' };
      else status.value = { kind: 'error', text: `Nothing was restored: ${(e as Error).message}` };
      pending.value = null;
    } finally {
      busy.value = null;
      progress.value = null;
      confirming.value = false;
    }
  };

  const cancelJob = () => jobs.cancel();

  return (
    <div>
      <p>
        <button type="button" onClick={() => void download()} disabled={busy.value !== null}>
          Download backup
        </button>
      </p>
      <p>
        <label>
          Backup file to restore <input type="file" accept=".gz,.json,application/gzip,application/json" onChange={(e) => void onFile(e)} disabled={busy.value !== null} />
        </label>
      </p>
      {pending.value && busy.value !== 'restoring' ? (
        <fieldset>
          <legend>When restoring</legend>
          <label>
            <input type="radio" name="restore-mode" value="merge" checked={mode.value === 'merge'} onChange={() => { mode.value = 'merge'; confirming.value = false; }} /> Merge with what is here
          </label>{' '}
          <label>
            <input type="radio" name="restore-mode" value="replace" checked={mode.value === 'replace'} onChange={() => { mode.value = 'replace'; }} /> Replace everything here
          </label>
          <p>
            <button type="button" onClick={() => void restore()} disabled={busy.value !== null}>
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
        {progress.value ? <ProgressBar progress={progress.value} label={busy.value === 'restoring' ? 'Restore progress' : busy.value === 'backup' ? 'Backup progress' : 'Reading the backup'} unit="" /> : null}
        {status.value ? <p class={status.value.kind === 'error' ? 'problem' : undefined}>{status.value.text}</p> : null}
      </div>
      {status.value?.problems && status.value.problems.length > 1 ? (
        <details>
          <summary>What is wrong with the file ({status.value.problems.length} shown)</summary>
          <ul>
            {status.value.problems.map((x, i) => (
              <li key={i}>
                {x.where}: {datesInWords(x.why)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {busy.value === 'restoring' ? (
        <p>
          <button type="button" class="secondary" onClick={cancelJob}>
            Cancel restore
          </button>
        </p>
      ) : null}
    </div>
  );
}
