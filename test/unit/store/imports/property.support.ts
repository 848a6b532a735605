import fc from 'fast-check';
import { addDays, weekdayOf } from '../../../../lib/engine/dates';
import { READER_FAILED, type ImportProblem, type PreviewOutcome } from '../../../../lib/store/imports/types';

/**
 * Shared pieces of the importers' property tests. Runs: a few thousand cases per importer in the
 * ordinary `npx vitest run`; FUZZ_RUNS=10000 (per property) on demand; FUZZ_SEED to replay a failure.
 */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined;
export const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
export const params = (defaultRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: RUNS ?? defaultRuns, endOnFailure: true });

/** Characters that make identity text hard: separators, quotes, line breaks, invisible and odd spaces, formula leads, accents, an emoji. */
const HARD = [',', ',,,,,,', ';;;;;;', '||||||', '\t\t\t\t\t\t', ';', '|', '\t', '"', "'", '\n', '\r\n', ' ', '  ', '\u200B', '\u00A0', '\uFEFF', '=', '+', '-', '@', '&', '<', '>', 'é', 'Ł', 'ø', 'ß', '’', '😀', '#'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
export const hardText = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...LETTERS) }, { weight: 1, arbitrary: fc.constantFrom(...HARD) }), { minLength: 0, maxLength: 14 }).map((a) => a.join(''));

/** A school day (Mon–Fri) in the 2024 code set era. */
const BASE = '2024-09-02'; // a Monday
export const weekday = fc.integer({ min: 0, max: 400 }).map((w) => {
  const d = addDays(BASE, Math.floor(w / 5) * 7 + (w % 5));
  return d;
});
export const monday = fc.integer({ min: 0, max: 80 }).map((w) => addDays(BASE, w * 7));
export const isWeekday = (d: string) => weekdayOf(d) <= 5;

/** 2024 national codes a MIS writes for one session (presence ticks added per session by the caller). */
export const LETTER_CODES = ['L', 'K', 'V', 'P', 'W', 'B', 'D', 'M', 'S', 'X', 'C', 'E', 'I', 'R', 'T', 'Q', 'G', 'U', 'O', 'N', 'Z', '#'];
export const TWO_CHAR_CODES = ['C1', 'C2', 'J1', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7'];

/** The outcome is well formed: a reason, or problems each with a line and words; never the reader's own failure. */
export function wellFormed(out: PreviewOutcome): string | null {
  if (!out.ok) {
    if (out.reason.startsWith(READER_FAILED)) return `crash: ${out.reason}`;
    if (!out.reason.trim()) return 'no reason';
    return null;
  }
  const bad = out.preview.problems.find((p: ImportProblem) => !Number.isInteger(p.line) || p.line < 1 || typeof p.what !== 'string' || p.what.trim().length < 8);
  return bad ? `badly formed problem ${JSON.stringify(bad)}` : null;
}

/** Random edits to a good file: cut, duplicate, insert noise, swap bytes. */
export const mutation = fc.record({
  kind: fc.constantFrom('cut', 'truncate', 'duplicate', 'insert', 'replace'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.integer({ min: 1, max: 40 }),
  noise: fc.string({ unit: fc.constantFrom('<', '>', '/', '&', '#', ';', '"', ',', '\n', '\t', 'x', '\u0000', '\uFFFF', '&#', '<!DOCTYPE a [<!ENTITY e SYSTEM "x">]>', ']]>', '<![CDATA[', '\u200B', 'é') as fc.Arbitrary<string>, maxLength: 8 }),
});
export function mutate(src: string, m: { kind: string; at: number; len: number; noise: string }): string {
  const i = Math.floor(m.at * src.length);
  switch (m.kind) {
    case 'cut':
      return src.slice(0, i) + src.slice(i + m.len);
    case 'truncate':
      return src.slice(0, i);
    case 'duplicate':
      return src.slice(0, i + m.len) + src.slice(i, i + m.len) + src.slice(i + m.len);
    case 'insert':
      return src.slice(0, i) + m.noise + src.slice(i);
    default:
      return src.slice(0, i) + m.noise + src.slice(i + m.len);
  }
}
