import { useSignal } from '@preact/signals';
import { buildCalendar } from '../../lib/engine/calendar';
import { applyImport, checkAgainstStore, type ApplyOptions } from '../../lib/store/imports/apply';
import { previewImport } from '../../lib/store/imports/preview';
import type { CsvField, PreviewOutcome } from '../../lib/store/imports/types';
import type { IngestResult } from '../../lib/store/ingest';
import { pupilName } from '../../lib/store/merge-pupil';
import type { StoreDb } from '../../lib/store/schema';
import { readSchool } from '../../lib/store/settings';
import { ImportPreviewView } from './ImportPreviewView';

/**
 * Import history from a file: choose → preview (nothing written) → Import or Cancel.
 * The preview is checked against the store too, so identity conflicts are shown before anything is written;
 * each conflicting pupil is left out unless the user says which stored pupil it is.
 */
type Stage = 'idle' | 'reading' | 'previewed' | 'importing';

interface Conflict {
  ref: string;
  what: string;
  candidates: { id: string; name: string }[];
}

export function ImportPanel({ db }: { db: StoreDb }) {
  const stage = useSignal<Stage>('idle');
  const file = useSignal<{ name: string; bytes: Uint8Array } | null>(null);
  const mapping = useSignal<Partial<Record<number, CsvField | null>>>({});
  const mis = useSignal('file');
  const outcome = useSignal<PreviewOutcome | null>(null);
  const check = useSignal<IngestResult | null>(null);
  const conflicts = useSignal<Conflict[]>([]);
  const choices = useSignal<Record<string, string | null>>({});
  const status = useSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const baseOptions = (): Omit<ApplyOptions, 'seenAt' | 'importId'> => ({ fileName: file.value?.name ?? '', mis: mis.value, choices: choices.value });

  const run = async () => {
    const f = file.value;
    if (!f) return;
    stage.value = 'reading';
    const school = await readSchool(db);
    const out = previewImport(f.bytes, {
      calendar: school.calendar ? buildCalendar(school.calendar) : undefined,
      schoolDfe: school.dfeNumber,
      mapping: mapping.value,
    });
    outcome.value = out;
    check.value = null;
    conflicts.value = [];
    if (out.ok) {
      const dry = await checkAgainstStore(db, out.preview, { ...baseOptions(), seenAt: new Date().toISOString(), importId: 'preview', choices: {} });
      check.value = dry;
      const ids = [...new Set(dry.conflicts.flatMap((c) => (c.kind === 'identity' ? c.candidates : [])))];
      const rows = await db.pupils.bulkGet(ids);
      const names = new Map(rows.filter((r) => !!r).map((r) => [r!.id, pupilName(r!)]));
      conflicts.value = dry.conflicts.flatMap((c) =>
        c.kind === 'identity' ? [{ ref: c.ref, what: c.what, candidates: c.candidates.map((id) => ({ id, name: names.get(id) ?? id })) }] : [],
      );
      choices.value = Object.fromEntries(conflicts.value.map((c) => [c.ref, null]));
    }
    stage.value = 'previewed';
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const f = input.files?.[0];
    status.value = null;
    mapping.value = {};
    if (!f) return;
    file.value = { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) };
    await run();
  };

  const onMapping = (index: number, field: CsvField | null) => {
    mapping.value = { ...mapping.value, [index]: field };
    void run();
  };

  const cancel = () => {
    stage.value = 'idle';
    file.value = null;
    outcome.value = null;
    check.value = null;
    status.value = { kind: 'ok', text: 'Import cancelled. Nothing was written.' };
  };

  const accept = async () => {
    const out = outcome.value;
    if (!out?.ok) return;
    stage.value = 'importing';
    try {
      const { result } = await applyImport(db, out.preview, { ...baseOptions(), seenAt: new Date().toISOString(), importId: crypto.randomUUID() });
      status.value = {
        kind: 'ok',
        text: `Imported ${file.value?.name}: ${result.pupilsAdded} pupils added, ${result.pupilsUpdated} updated, ${result.marksAdded} marks added, ${result.marksChanged} changed, ${result.unchanged} already known${result.conflicts.length ? `; ${result.conflicts.length} left out (conflicts)` : ''}.`,
      };
      stage.value = 'idle';
      file.value = null;
      outcome.value = null;
    } catch (e) {
      status.value = { kind: 'error', text: `Nothing was imported: ${(e as Error).message}` };
      stage.value = 'previewed';
    }
  };

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
          <input type="file" accept=".xml,.csv,.tsv,.txt,text/csv,application/xml,text/xml" onChange={(e) => void onFile(e)} disabled={stage.value === 'importing'} />
        </label>
      </p>
      <p>
        <label>
          The file's pupil id column holds{' '}
          <select value={mis.value} onChange={(e) => { mis.value = (e.currentTarget as HTMLSelectElement).value; void run(); }}>
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
        {stage.value === 'reading' ? 'Reading the file…' : stage.value === 'importing' ? 'Importing…' : null}
        {status.value ? <p class={status.value.kind === 'error' ? 'problem' : undefined}>{status.value.text}</p> : null}
      </div>
      {out && !out.ok ? (
        <p role="alert">
          This file cannot be read{out.line ? ` (line ${out.line})` : ''}: {out.reason}.
        </p>
      ) : null}
      {out?.ok && stage.value !== 'idle' ? (
        <section aria-label="Import preview">
          <h3>Preview of {file.value?.name}</h3>
          <ImportPreviewView preview={out.preview} onMapping={onMapping} />
          {check.value ? (
            <p>
              Against what is stored: {check.value.pupilsAdded} new pupils, {Object.keys(check.value.pupilIds).length - check.value.pupilsAdded} already known;{' '}
              {check.value.marksAdded} new marks, {check.value.marksChanged} changed, {check.value.unchanged} already stored.
            </p>
          ) : null}
          {conflicts.value.length ? (
            <fieldset>
              <legend>Pupils that could not be matched safely ({conflicts.value.length})</legend>
              {conflicts.value.map((c) => (
                <p key={c.ref}>
                  <label>
                    {c.what}{' '}
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
            <button type="button" onClick={() => void accept()} disabled={stage.value !== 'previewed' || out.preview.marks.length + out.preview.pupils.length === 0}>
              Import
            </button>{' '}
            <button type="button" class="secondary" onClick={cancel}>
              Cancel
            </button>
          </p>
        </section>
      ) : null}
    </div>
  );
}
