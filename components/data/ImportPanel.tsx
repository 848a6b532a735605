import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { PageCheck } from '../../lib/store/jobs/protocol';
import type { CsvField } from '../../lib/store/imports/types';
import type { FromWorker, ImportConflict } from '../../lib/store/jobs/protocol';
import type { StoreDb } from '../../lib/store/schema';
import { DataJobs, JobCancelled, ProgressBar, type Progress } from './data-jobs';
import { ImportPreviewView } from './ImportPreviewView';
import { DateOrderQuestion } from './DateOrderQuestion';
import { datesInWords } from '../../lib/engine/dates';

/**
 * Import history from a file: choose → preview (nothing written) → Import or Cancel.
 * Reading, checking and writing run in the data worker (components/data/data-worker.ts): the page stays
 * responsive and shows what is happening, how far and the time left. Cancel while importing stops the
 * worker, which rolls the import's one transaction back; the page then asks the store whether the import
 * had already committed, and says which.
 * The preview is checked against the store too, so identity conflicts are shown before anything is written;
 * each conflicting pupil is left out unless the user says which stored pupil it is.
 */
type Stage = 'idle' | 'reading' | 'previewed' | 'importing';
type Previewed = Extract<FromWorker, { type: 'previewed' }>;

export function ImportPanel({ db, jobs: given }: { db: StoreDb; jobs?: DataJobs }) {
  const jobs = useMemo(() => given ?? new DataJobs(), [given]);
  useEffect(() => () => jobs.dispose(), [jobs]);
  const stage = useSignal<Stage>('idle');
  const file = useSignal<{ name: string; bytes: Uint8Array } | null>(null);
  const mapping = useSignal<Partial<Record<number, CsvField | null>>>({});
  const mis = useSignal('file');
  /** The user's answer when the file's dates read either way (nothing is imported until then). */
  const dateOrder = useSignal<'dmy' | 'mdy' | null>(null);
  const outcome = useSignal<Previewed['outcome'] | null>(null);
  const check = useSignal<PageCheck | null>(null);
  const conflicts = useSignal<ImportConflict[]>([]);
  const choices = useSignal<Record<string, string | null>>({});
  const status = useSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const progress = useSignal<Progress | null>(null);
  /** The id of the import in flight (Cancel asks the store whether it committed). */
  const pendingImport = useRef<string | null>(null);

  const run = async () => {
    const f = file.value;
    if (!f) return;
    stage.value = 'reading';
    progress.value = { phase: 'reading', done: 0, total: 0, secondsLeft: null };
    try {
      // A copy goes to the worker (the page keeps the bytes for a new mapping or another try), moved rather than
      // cloned a second time on the way.
      const bytes = f.bytes.slice();
      const res = await jobs.run<'previewed'>(
        { type: 'preview', job: crypto.randomUUID(), fileName: f.name, bytes, mapping: mapping.value, mis: mis.value, ...(dateOrder.value ? { dateOrder: dateOrder.value } : {}) },
        (p) => (progress.value = p),
        [bytes.buffer],
      );
      outcome.value = res.outcome;
      check.value = res.check;
      conflicts.value = res.conflicts;
      choices.value = Object.fromEntries(res.conflicts.map((c) => [c.ref, null]));
      stage.value = 'previewed';
    } catch (e) {
      if (e instanceof JobCancelled) return;
      status.value = { kind: 'error', text: `${f.name} could not be read: ${(e as Error).message}` };
      stage.value = 'idle';
    } finally {
      progress.value = null;
    }
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const f = input.files?.[0];
    status.value = null;
    mapping.value = {};
    dateOrder.value = null;
    if (!f) return;
    file.value = { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) };
    // Cleared, so choosing the same file again (after a Cancel, or after fixing it) is seen as a choice.
    input.value = '';
    await run();
  };

  const onMapping = (index: number, field: CsvField | null) => {
    mapping.value = { ...mapping.value, [index]: field };
    void run();
  };

  const reset = () => {
    stage.value = 'idle';
    outcome.value = null;
    check.value = null;
    progress.value = null;
  };

  const cancel = async () => {
    const wasImporting = stage.value === 'importing';
    const importId = pendingImport.current;
    jobs.cancel();
    reset();
    if (!wasImporting || !importId) {
      file.value = null;
      status.value = { kind: 'ok', text: 'Import cancelled. Nothing was written.' };
      return;
    }
    // The import and its log entry are one transaction: the log entry says whether it committed before Cancel.
    const committed = await db.importLog.get(importId);
    status.value = committed
      ? { kind: 'ok', text: `The import had already finished when Cancel was pressed: ${committed.marksAdded} marks added. Use a backup or Purge to undo it.` }
      : { kind: 'ok', text: 'Import cancelled. Nothing was written: the store is exactly as it was.' };
    file.value = committed ? null : file.value;
  };

  const accept = async () => {
    const out = outcome.value;
    const f = file.value;
    if (!out?.ok || !f) return;
    stage.value = 'importing';
    const importId = crypto.randomUUID();
    pendingImport.current = importId;
    progress.value = { phase: 'checking', done: 0, total: 0, secondsLeft: null };
    try {
      const { result } = await jobs.run<'imported'>(
        { type: 'import', job: importId, importId, seenAt: new Date().toISOString(), fileName: f.name, mis: mis.value, choices: choices.value },
        (p) => (progress.value = p),
      );
      status.value = {
        kind: 'ok',
        text: `Imported ${f.name}: ${result.pupilsAdded} pupils added, ${result.pupilsUpdated} updated, ${result.marksAdded} marks added, ${result.marksChanged} changed, ${result.unchanged} already known${result.conflicts.length ? `; ${result.conflicts.length} left out (conflicts)` : ''}.`,
      };
      reset();
      file.value = null;
    } catch (e) {
      if (e instanceof JobCancelled) return;
      status.value = { kind: 'error', text: `Nothing was imported: ${(e as Error).message}` };
      stage.value = 'previewed';
    } finally {
      progress.value = null;
    }
  };
  const importing = stage.value === 'importing';

  const out = outcome.value;
  return (
    <div>
      <p>
        Bring in attendance history your MIS can export: a CTF (XML) file, or a CSV with one row per pupil per week (Mon AM … Fri PM) or one row per
        session. You see what the file holds, and what is wrong with it, before anything is saved.
      </p>
      <p>
        <label>
          Import file{' '}
          <input type="file" accept=".xml,.csv,.tsv,.txt,text/csv,application/xml,text/xml" onChange={(e) => void onFile(e)} disabled={importing} />
        </label>
      </p>
      <p>
        <label>
          The file's pupil id column holds{' '}
          <select value={mis.value} disabled={importing} onChange={(e) => { mis.value = (e.currentTarget as HTMLSelectElement).value; void run(); }}>
            <option value="file">admission numbers or ids from an exported file</option>
            <option value="arbor">Arbor ids</option>
            <option value="bromcom">Bromcom ids</option>
            <option value="sims">SIMS ids</option>
            <option value="scholarpack">ScholarPack ids</option>
            <option value="isams">iSAMS ids</option>
          </select>
        </label>
      </p>
      <div role="status" aria-live="polite">
        {progress.value ? <ProgressBar progress={progress.value} label={importing ? 'Import progress' : 'Reading the file'} unit="pupil-year records" /> : null}
        {status.value ? <p class={status.value.kind === 'error' ? 'problem' : undefined}>{status.value.text}</p> : null}
      </div>
      {stage.value === 'reading' ? (
        <p>
          <button type="button" class="secondary" onClick={() => void cancel()}>
            Cancel
          </button>
        </p>
      ) : null}
      {out && !out.ok ? (
        <p role="alert">
          This file cannot be read{out.line ? ` (line ${out.line})` : ''}: {datesInWords(out.reason)}.
        </p>
      ) : null}
      {out?.ok && stage.value !== 'idle' ? (
        <section aria-label="Import preview">
          <h3>Preview of {file.value?.name}</h3>
          <DateOrderQuestion
            judgement={out.preview.dateOrder}
            chosen={dateOrder.value}
            disabled={importing || stage.value === 'reading'}
            onChoose={(o) => {
              dateOrder.value = o;
              void run();
            }}
          />
          <ImportPreviewView preview={out.preview} onMapping={onMapping} />
          {check.value ? (
            <p>
              Against what is stored: {check.value.pupilsAdded} new pupils, {check.value.pupilsKnown} already known;{' '}
              {check.value.marksAdded} new marks, {check.value.marksChanged} changed, {check.value.unchanged} already stored.
            </p>
          ) : null}
          {conflicts.value.length ? (
            <fieldset disabled={importing}>
              <legend>Pupils that could not be matched safely ({conflicts.value.length})</legend>
              {conflicts.value.map((c) => (
                <p key={c.ref}>
                  <label>
                    {datesInWords(c.what)}{' '}
                    <select
                      value={choices.value[c.ref] ?? ''}
                      onChange={(e) => {
                        const v = (e.currentTarget as HTMLSelectElement).value;
                        choices.value = { ...choices.value, [c.ref]: v || null };
                      }}
                    >
                      <option value="">Leave this pupil out</option>
                      {c.candidates.map((x) => (
                        <option key={x.id} value={x.id}>It is {x.name}</option>
                      ))}
                    </select>
                  </label>
                </p>
              ))}
            </fieldset>
          ) : null}
          <p>
            <button type="button" onClick={() => void accept()} disabled={stage.value !== 'previewed' || out.preview.markCount + out.preview.pupilCount === 0 || out.preview.dateOrder?.order === null}>
              Import
            </button>{' '}
            <button type="button" class="secondary" onClick={() => void cancel()}>
              Cancel
            </button>
          </p>
        </section>
      ) : null}
    </div>
  );
}
