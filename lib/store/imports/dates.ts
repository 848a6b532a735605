import { isIsoDate, weekdayOf } from '../../engine/dates';

/**
 * Dates as MIS exports write them. UK exports are day first ("03/04/2025" is 3 April), but a file saved
 * by a spreadsheet set to US English is month first, and "06/01/2025" then means 1 June, not 6 January.
 * So the order is judged per file (judgeDateOrder): proven by a part above 12, or settled by which
 * reading puts the register on school days; a file that reads either way is asked about, never guessed.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export type DateOrder = 'dmy' | 'mdy';

function build(y: number, m: number, d: number): string | null {
  if (y < 100) y += 2000;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

const strip = (raw: string) =>
  raw
    .trim()
    .replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '')
    .replace(/[T\s]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i, '');

/** The two leading numbers of a "nn/nn/yyyy" date (either order), or null for other forms. */
export function numericParts(raw: string): { a: number; b: number; y: number } | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(strip(raw));
  return m ? { a: Number(m[1]), b: Number(m[2]), y: Number(m[3]) } : null;
}

export function parseDate(raw: string, order: DateOrder = 'dmy'): string | null {
  const s = strip(raw);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  const n = numericParts(s);
  if (n) return order === 'dmy' ? build(n.y, n.b, n.a) : build(n.y, n.a, n.b);
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,})\.?[\s-]+(\d{2}|\d{4})$/i.exec(s);
  if (m) {
    const mo = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
    return mo < 0 ? null : build(Number(m[3]), mo + 1, Number(m[1]));
  }
  m = /^([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(s);
  if (m) {
    const mo = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    return mo < 0 ? null : build(Number(m[3]), mo + 1, Number(m[2]));
  }
  return null;
}

/** Day first, as UK exports write dates. Kept for callers that know the file is day first. */
export function parseUkDate(raw: string): string | null {
  return parseDate(raw, 'dmy');
}

export interface DateSample {
  raw: string;
  line: number;
  /** A register date must be a weekday, a week-beginning date a Monday; other dates (DOB) only prove. */
  kind: 'week' | 'date' | 'other';
}

export interface DateOrderJudgement {
  /** The order the file is read in, or null: it reads either way, and the user must say. */
  order: DateOrder | null;
  how: 'no-numeric-dates' | 'proven' | 'school-days' | 'user' | 'ambiguous';
  /** What the preview says (a question when order is null). */
  say?: string;
  line?: number;
  /** When asking: one date of the file as written and read each way (long dates), for the question on screen. */
  example?: { raw: string; line: number; dayFirst: string | null; monthFirst: string | null };
}

const LONG = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${wd} ${d} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y}`;
};

export function judgeDateOrder(samples: DateSample[], chosen?: DateOrder): DateOrderJudgement {
  const numeric = samples.filter((s) => numericParts(s.raw));
  if (chosen) return { order: chosen, how: 'user', say: `dates are read ${chosen === 'dmy' ? 'day first (UK)' : 'month first (US)'}, as chosen` };
  if (numeric.length === 0) return { order: 'dmy', how: 'no-numeric-dates' };
  const dayFirst = numeric.find((s) => numericParts(s.raw)!.a > 12);
  const monthFirst = numeric.find((s) => numericParts(s.raw)!.b > 12);
  if (dayFirst && !monthFirst) return { order: 'dmy', how: 'proven' };
  const plausible = (order: DateOrder) =>
    numeric.every((s) => {
      const d = parseDate(s.raw, order);
      if (!d) return false;
      const wd = weekdayOf(d);
      return s.kind === 'week' ? wd === 1 : s.kind === 'date' ? wd >= 1 && wd <= 5 : true;
    });
  const registerDates = numeric.some((s) => s.kind !== 'other');
  if (!monthFirst && registerDates && plausible('dmy') && !plausible('mdy')) return { order: 'dmy', how: 'school-days' };
  const ex = monthFirst ?? numeric.find((s) => numericParts(s.raw)!.a !== numericParts(s.raw)!.b) ?? numeric[0]!;
  const asDmy = parseDate(ex.raw, 'dmy');
  const asMdy = parseDate(ex.raw, 'mdy');
  const reading = (iso: string | null) => (iso ? LONG(iso) : 'not a date');
  const lean =
    monthFirst && dayFirst
      ? `Some dates only make sense day first (line ${dayFirst.line}: "${dayFirst.raw.trim()}") and others only month first (line ${monthFirst.line}: "${monthFirst.raw.trim()}"), so the file mixes the two.`
      : monthFirst
        ? `Line ${monthFirst.line} ("${monthFirst.raw.trim()}") only makes sense month first (US style), so the file looks month first.`
        : registerDates && plausible('mdy') && !plausible('dmy')
          ? 'Read month first, every register date falls on a school day; read day first, some fall at weekends — so the file looks month first.'
          : 'Nothing in the file settles it.';
  return {
    order: null,
    how: 'ambiguous',
    line: ex.line,
    example: { raw: ex.raw.trim(), line: ex.line, dayFirst: asDmy ? LONG(asDmy) : null, monthFirst: asMdy ? LONG(asMdy) : null },
    say: `the dates can be read day first or month first: line ${ex.line} "${ex.raw.trim()}" is ${reading(asDmy)} day first, ${reading(asMdy)} month first. ${lean} Choose the date order; nothing is imported until then`,
  };
}
