/** A stored register code in words, as the engine reads it on that date (`D-NORM`, `D-CODESET`). */
import { LEGACY_CODES, NATIONAL_CODES, isLegacyCode, isNationalCode, normaliseMark } from '../engine/codes';
import type { IsoDate } from '../engine/dates';

export function codeMeaning(code: string, date: IsoDate): string {
  const m = normaliseMark(code, date);
  if (m.category === 'missing') return 'Blank mark (not counted)';
  if (m.category === 'unknown') return `Unknown code “${code.trim()}” (not counted)`;
  const read = m.code ?? '';
  if (m.flags.includes('LEGACY_CODE_AFTER_CUTOVER') && isNationalCode(read)) {
    return `Old code, read as ${read}: ${NATIONAL_CODES[read].meaning}`;
  }
  if (m.legacy && isLegacyCode(read)) return `${LEGACY_CODES[read].meaning} (code set before August 2024)`;
  if (isNationalCode(read)) return NATIONAL_CODES[read].meaning;
  return read;
}
