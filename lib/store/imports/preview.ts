import { previewCsv, type CsvOptions } from './csv';
import { previewCtf, type CtfOptions } from './ctf';
import { decodeBytes, notTextReason } from './decode';
import { READER_FAILED, type PreviewOutcome } from './types';

/**
 * Any import file → its preview (pupils, marks, date range, problems), or why it cannot be read.
 * Pure: runs the same in Node (the import-preview seam) and in the options page. Nothing is written.
 */
export type PreviewOptions = CsvOptions & CtfOptions;


export function previewImport(bytes: Uint8Array, opts: PreviewOptions = {}): PreviewOutcome {
  try {
    return readAny(bytes, opts);
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
