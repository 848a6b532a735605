/** Code meanings and categories for the demo pages, taken from the engine's code table. */
import { NATIONAL_CODES, isNationalCode, type StatCategory } from '../../lib/engine/codes';
import { NATIONAL_CODE_MEANINGS } from '../../lib/engine/code-meanings';

export function codeMeaning(code: string): string {
  return isNationalCode(code) ? NATIONAL_CODE_MEANINGS[code] : `Unknown code ${code}`;
}

export function codeCategory(code: string): StatCategory | 'unknown' {
  return isNationalCode(code) ? NATIONAL_CODES[code].category : 'unknown';
}

/** The codes offered in mark pickers, in the order registers usually list them. */
export const PICKER_CODES = [
  'N', 'I', 'M', 'C', 'C1', 'C2', 'E', 'J1', 'R', 'S', 'T', 'G', 'O', 'U',
  'B', 'K', 'P', 'V', 'W', 'D', 'Q', 'X', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'Z', '#',
] as const;

export interface Summary {
  possible: number;
  present: number;
  aea: number;
  authorised: number;
  unauthorised: number;
  late: number;
  /** Attendance % to one decimal place, or null with no possible sessions. */
  percentage: number | null;
}

/** Simple counts for a summary block (the MIS's own figures; the engine is the authority). */
export function summarise(codes: readonly string[]): Summary {
  const s: Summary = { possible: 0, present: 0, aea: 0, authorised: 0, unauthorised: 0, late: 0, percentage: null };
  for (const code of codes) {
    const cat = codeCategory(code);
    if (code === 'L') s.late++;
    if (cat === 'present') s.present++;
    else if (cat === 'aea') s.aea++;
    else if (cat === 'authorised') s.authorised++;
    else if (cat === 'unauthorised') s.unauthorised++;
    else continue;
    s.possible++;
  }
  if (s.possible > 0) s.percentage = Math.round((1000 * (s.present + s.aea)) / s.possible) / 10;
  return s;
}
