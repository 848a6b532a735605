import type { BackupCounts } from '../backup';
import type { RestoreSummary } from '../backup-io';
import type { IngestResult } from '../ingest';
import type { CsvField, ImportPreview } from '../imports/types';

/**
 * Messages between the options page and its data worker (components/data/data-worker.ts). Imports and
 * restores run there, off the page's main thread: parsing, checking against the store and writing. The
 * page shows progress and may Cancel by terminating the worker, which aborts the worker's open transaction
 * (imports and restores are one transaction each), then asks the store whether the job's write committed.
 */

/**
 * The preview the page shows: the marks themselves stay in the worker (780,000 objects would freeze the page),
 * and so do all but the first pupils (the page lists PREVIEW_PUPILS of them, "and N more"): 2,000 pupils with
 * their contacts and addresses were cloned into the page and rendered in one long task.
 */
export type PagePreview = Omit<ImportPreview, 'marks' | 'packed'> & { marks: never[]; markCount: number; problemCount: number; pupilCount: number };

/** Pupils listed in the page's preview; the rest are counted. */
export const PREVIEW_PUPILS = 50;

/** The dry run as the page needs it: counts and conflicts, not the batch ref → pupil id map (2,000 entries). */
export type PageCheck = IngestResult & { pupilsKnown: number };

export interface ImportConflict {
  ref: string;
  what: string;
  candidates: { id: string; name: string }[];
}

export type ToWorker =
  | { type: 'preview'; job: string; fileName: string; bytes: Uint8Array; mapping: Partial<Record<number, CsvField | null>>; mis: string; dateOrder?: 'dmy' | 'mdy' }
  | { type: 'import'; job: string; importId: string; seenAt: string; fileName: string; mis: string; choices: Record<string, string | null> }
  | { type: 'read-backup'; job: string; file: Blob }
  | { type: 'restore'; job: string; mode: 'merge' | 'replace' }
  | { type: 'export'; job: string; exportedAt: string; storage: Record<string, unknown> };

export type Phase = 'reading' | 'checking' | 'writing' | 'validating' | 'compressing' | 'done';

export type FromWorker =
  | { type: 'progress'; job: string; phase: Phase; done: number; total: number }
  | { type: 'previewed'; job: string; outcome: { ok: true; preview: PagePreview } | { ok: false; reason: string; line?: number }; check: PageCheck | null; conflicts: ImportConflict[] }
  | { type: 'imported'; job: string; result: IngestResult }
  | { type: 'backup-read'; job: string; ok: true; exportedAt: string; counts: BackupCounts; migratedFrom: number | null }
  | { type: 'backup-read'; job: string; ok: false; reason: string; problems: { where: string; why: string }[]; problemCount: number }
  | { type: 'restored'; job: string; summary: RestoreSummary; storage: Record<string, unknown>; hasSettings: boolean }
  | { type: 'exported'; job: string; blob: Blob; counts: BackupCounts }
  | { type: 'failed'; job: string; message: string };

export function pagePreview(p: ImportPreview): PagePreview {
  // Only what the page shows: the packed marks (megabytes of typed arrays) stay in the worker.
  const { packed, ...rest } = p;
  return { ...rest, marks: [], markCount: packed.count, problems: p.problems.slice(0, 200), problemCount: p.problems.length, pupils: p.pupils.slice(0, PREVIEW_PUPILS), pupilCount: p.pupils.length };
}

export function pageCheck(dry: IngestResult): PageCheck {
  return { ...dry, conflicts: dry.conflicts.slice(0, 500), pupilIds: {}, pupilsKnown: Object.keys(dry.pupilIds).length - dry.pupilsAdded };
}
