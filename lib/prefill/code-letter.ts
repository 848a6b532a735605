/**
 * Code tables that name each row by its register code first: "G (holiday not agreed)", "O – other unauthorised
 * absence", "U (arrived after the register closed)". The letter is the figure asked (att.code_count.G); the words
 * after it only describe the code, and must not make the row the broader figure they mention ("unauthorised
 * absence"). A letter counts only when it is a register code and its description reads as one (absence, late,
 * holiday, illness…), so "A (optional)" or "X: other" is no code.
 */
import type { Candidate } from './match';

const CODE = /^(?:[A-Z]|C[12]|[JKMQY][1-4]?)$/;
const LEADING = /^\s*([A-Z](?:\d)?)\s*(?:\(([^)]+)\)|[:\-–—]\s*(.+))\s*$/;
const DESCRIBES_CODE = /absen|holiday|leave|late|register|illness|ill\b|medical|appointment|religious|exclu|suspen|study|educat|interview|sport|trip|placement|transport|weather|custody|attend|present|session|sickness|authoris|agreed|closed|traveller|performance|unavailable|off[- ]site|part[- ]time/i;

/** The code-count candidate for a label that starts with a register code letter, or null. */
export function leadingCodeCandidate(label: string): Candidate | null {
  const m = LEADING.exec(label);
  if (!m) return null;
  const code = m[1]!;
  const what = m[2] ?? m[3] ?? '';
  if (!CODE.test(code) || !DESCRIBES_CODE.test(what)) return null;
  // L and U are the lateness figures prefill-keys.md also holds under their own names.
  const key = code === 'L' ? 'att.late_before_close' : code === 'U' ? 'att.late_after_close' : `att.code_count.${code}`;
  return { kind: 'fact', key, valueKind: 'int', score: 2000, exact: true, phrase: `code ${code}` };
}
