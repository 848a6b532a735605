import type { BatchPupil, IngestBatch } from '../batch';
import { INGEST_TABLES, ingestPackedInTransaction, parseBatch, type IngestResult } from '../ingest';
import type { ImportLogRow } from '../rows';
import type { StoreDb } from '../schema';
import type { ImportPreview, PreviewPupil } from './types';

/**
 * From an accepted preview to the store. Only what the preview kept is written (rows with problems were
 * already left out); the import and its log entry are one transaction.
 */
export interface ApplyOptions {
  /** ISO timestamp of the import, from the shell. */
  seenAt: string;
  importId: string;
  fileName: string;
  /**
   * Whose ids the file's id column holds. Default 'file': ids from exported files only match ids from
   * other exported files, never a web MIS's internal ids.
   */
  mis?: string;
  /** The user's answers to identity conflicts: file key → stored pupil id, or null to leave the pupil out. */
  choices?: Record<string, string | null>;
}

function batchPupil(p: PreviewPupil, chosen: string | undefined): BatchPupil {
  const { key, line: _l, marks: _m, ...facts } = p;
  const out: Record<string, unknown> = { ref: key };
  for (const [k, v] of Object.entries(facts)) if (v !== undefined && v !== '') out[k] = v;
  if (chosen) out.pupilId = chosen;
  return out as BatchPupil;
}

/** The preview's pupils as an ingest batch (its marks go packed beside it: `ingestPackedInTransaction`). */
export function batchFromPreview(preview: ImportPreview, opts: ApplyOptions): { batch: IngestBatch; leftOut: Set<string> } {
  const choices = opts.choices ?? {};
  const leftOut = new Set(Object.entries(choices).filter(([, v]) => v === null).map(([k]) => k));
  const batch: IngestBatch = {
    source: { kind: 'import', mis: opts.mis ?? 'file', importId: opts.importId },
    seenAt: opts.seenAt,
    pupils: preview.pupils.filter((p) => !leftOut.has(p.key)).map((p) => batchPupil(p, choices[p.key] ?? undefined)),
    marks: [],
  };
  return { batch: parseBatch(batch), leftOut };
}

/** What the import would do to this store (new pupils, matches, conflicts), writing nothing. */
export function checkAgainstStore(db: StoreDb, preview: ImportPreview, opts: ApplyOptions): Promise<IngestResult> {
  const { batch, leftOut } = batchFromPreview(preview, opts);
  return db.transaction('r', INGEST_TABLES.map((t) => db.table(t)), () => ingestPackedInTransaction(db, batch, preview.packed, { dryRun: true, leftOut }));
}

export async function applyImport(
  db: StoreDb,
  preview: ImportPreview,
  opts: ApplyOptions,
  onWrite?: (done: number, total: number) => void,
): Promise<{ result: IngestResult; log: ImportLogRow }> {
  const { batch, leftOut } = batchFromPreview(preview, opts);
  return db.transaction('rw', [...INGEST_TABLES.map((t) => db.table(t)), db.importLog], async () => {
    const result = await ingestPackedInTransaction(db, batch, preview.packed, { leftOut, ...(onWrite ? { onWrite } : {}) });
    const log: ImportLogRow = {
      id: opts.importId,
      at: opts.seenAt,
      fileName: opts.fileName,
      format: preview.format,
      encoding: preview.encoding,
      pupilsAdded: result.pupilsAdded,
      pupilsUpdated: result.pupilsUpdated,
      marksAdded: result.marksAdded,
      marksChanged: result.marksChanged,
      unchanged: result.unchanged,
      problems: preview.problems.length,
      conflicts: result.conflicts.length,
    };
    await db.importLog.put(log);
    return { result, log };
  });
}
