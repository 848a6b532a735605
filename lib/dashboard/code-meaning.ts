/** A stored register code in words, as the engine reads it on that date (`D-NORM`, `D-CODESET`). */
import { isLegacyCode, isNationalCode, normaliseMark } from '../engine/codes';
import { LEGACY_CODE_MEANINGS, NATIONAL_CODE_MEANINGS } from '../engine/code-meanings';
import type { IsoDate } from '../engine/dates';

export function codeMeaning(code: string, date: IsoDate): string {
  const m = normaliseMark(code, date);
  if (m.category === 'missing') return 'Blank mark (not counted)';
  if (m.category === 'unknown') return `Unknown code “${code.trim()}” (not counted)`;
  const read = m.code ?? '';
  if (m.flags.includes('LEGACY_CODE_AFTER_CUTOVER') && isNationalCode(read)) {
    return `Old code, read as ${read}: ${NATIONAL_CODE_MEANINGS[read]}`;
  }
  if (m.legacy && isLegacyCode(read)) return `${LEGACY_CODE_MEANINGS[read]} (code set before August 2024)`;
  if (isNationalCode(read)) return NATIONAL_CODE_MEANINGS[read];
  return read;
}
