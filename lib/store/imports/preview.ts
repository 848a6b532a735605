import { previewCsv, type CsvOptions } from './csv';
import { previewCtf, type CtfOptions } from './ctf';
import { decodeBytes, notTextReason } from './decode';
import { READER_FAILED, type ImportPreview, type PreviewOutcome } from './types';
import { academicYearOf } from '../../engine/calendar';

/**
 * Any import file → its preview (pupils, marks, date range, problems), or why it cannot be read.
 * Pure: runs the same in Node (the import-preview seam) and in the options page. Nothing is written.
 */
export type PreviewOptions = CsvOptions & CtfOptions & {
  /** The user's today (YYYY-MM-DD): with it, the preview says when the file's marks are from another academic year. */
  today?: string;
};

export function previewImport(bytes: Uint8Array, opts: PreviewOptions = {}): PreviewOutcome {
  try {
    const out = readAny(bytes, opts);
    if (out.ok && opts.today) {
      const note = otherYearNote(out.preview.range, opts.today);
      if (note) out.preview.notes.unshift(note);
    }
    return out;
  } catch (e) {
    // No stack, no page left on "Reading the file…": a reader's own failure is still a reason.
    return { ok: false, reason: `${READER_FAILED} (${e instanceof Error ? e.message : String(e)})`, line: 1 };
  }
}

function readAny(bytes: Uint8Array, opts: PreviewOptions): PreviewOutcome {
  const notText = notTextReason(bytes);
  if (notText) return { ok: false, reason: notText, line: 1 };
  const { text, encoding, problems } = decodeBytes(bytes);
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head === '') return { ok: false, reason: 'the file has no content', line: 1 };
  if (head.startsWith('<')) return previewCtf(text, encoding, problems, opts);
  return previewCsv(text, encoding, problems, opts);
}

/**
 * Figures and flags are for the current academic year: marks of another year are stored but show only
 * under past years. The user hears that before importing, in the preview's first note. Null when every
 * mark is from the current year (or there are none).
 */
export function otherYearNote(range: ImportPreview['range'], today: string): string | null {
  if (!range) return null;
  const current = academicYearOf(today).label;
  const first = academicYearOf(range.from).label;
  const last = academicYearOf(range.to).label;
  if (first === current && last === current) return null;
  if (first === last) {
    const when = range.from > today ? 'a year that has not started' : 'not this year';
    return `This file is from ${first}, ${when} (${current}) — its marks show in past years, and flags for this year ignore them.`;
  }
  const years = `${first} to ${last}`;
  if (first <= current && current <= last) {
    return `This file holds marks from ${years}: only those of this year (${current}) count towards this year's figures and flags; the others show in past years.`;
  }
  return `This file is from ${years}, not this year (${current}) — its marks show in past years, and flags for this year ignore them.`;
}
