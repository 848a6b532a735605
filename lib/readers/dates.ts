/**
 * A tiny date reader for MIS page text. date-fns is too heavy for the MIS content script, and the
 * formats pages use are few: "2025-09-08", "08/09/2025", "08/09/25", "Mon 8 Sep 2025",
 * "Monday 8th September 2025", and partial ones ("Mon 09/09", "8 Sep") whose year comes from the
 * page's own context (a date range, a week-commencing date, an academic year).
 *
 * All dates are ISO calendar strings; arithmetic is done in UTC so no time zone can shift a day.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** 0 = Monday … 6 = Sunday, as registers are laid out. */
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface YearContext {
  /** Full dates the page states outside the grid (range ends, week commencing), ISO. */
  from?: string;
  to?: string;
  /** The calendar year an academic year starts in (2025 for "2025/26"). */
  academicYearStart?: number;
}

export type DateParse =
  | { ok: true; date: string; partial: boolean }
  | { ok: false; reason: string };

export function isoOf(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return undefined; // 31/02 and the like
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return t.toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** "Mon", "Tuesday", "WED" → 0..6; undefined when the text is not a weekday name. */
export function weekdayIndex(word: string): number | undefined {
  const w = word.trim().toLowerCase().slice(0, 3);
  const i = WEEKDAYS.indexOf(w);
  return i < 0 || !/^[a-z]+\.?$/i.test(word.trim()) ? undefined : i;
}

function monthIndex(word: string): number | undefined {
  const i = MONTHS.indexOf(word.toLowerCase().slice(0, 3));
  return i < 0 ? undefined : i + 1;
}

function expandYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** The year a partial day/month falls in, judged from the page's context. */
function yearFor(m: number, d: number, ctx: YearContext): number | undefined {
  if (ctx.from || ctx.to) {
    const from = ctx.from ?? ctx.to!;
    const to = ctx.to ?? ctx.from!;
    const base = Number(from.slice(0, 4));
    // Allow a little slack: a grid may start on the Monday before a stated date.
    const lo = addDays(from, -14);
    const hi = addDays(to, 14);
    for (const y of [base, base + 1, base - 1]) {
      const iso = isoOf(y, m, d);
      if (iso && iso >= lo && iso <= hi) return y;
    }
  }
  if (ctx.academicYearStart !== undefined) return m >= 8 ? ctx.academicYearStart : ctx.academicYearStart + 1;
  return undefined;
}

const RE_ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
// Not after a digit (or "9:"), nor before ":" or a digit, so times ("9:00-10:00") are never read as
// dates while "Date:20/11/2026" is; "-" only with a year.
const RE_NUMERIC = /(?<!\d:?)(\d{1,2})(?:([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?|-(\d{1,2})-(\d{4}))(?![\d:])/;
const RE_WORDY = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?\b/;
const RE_WEEKDAY = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b/i;

/**
 * Finds one date in a piece of text. A weekday named beside the date must agree with it: a header
 * "Tue 08/09" over a Monday is a page we misunderstand, so it is refused rather than trusted.
 */
export function parseDateText(text: string, ctx: YearContext = {}): DateParse | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let partial = false;
  let found = false;
  const iso = RE_ISO.exec(t);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    found = true;
  } else {
    const num = RE_NUMERIC.exec(t);
    const wordy = RE_WORDY.exec(t);
    if (num) {
      d = Number(num[1]);
      m = Number(num[3] ?? num[5]);
      const yy = num[4] ?? num[6];
      if (yy) y = expandYear(yy);
      found = true;
    } else if (wordy && monthIndex(wordy[2]!) !== undefined) {
      d = Number(wordy[1]);
      m = monthIndex(wordy[2]!);
      if (wordy[3]) y = Number(wordy[3]);
      found = true;
    }
  }
  if (!found || m === undefined || d === undefined) return undefined;
  if (y === undefined) {
    partial = true;
    if (m < 1 || m > 12 || !isoOf(2024, m, d)) return { ok: false, reason: `"${t}" is not a date` };
    y = yearFor(m, d, ctx);
    if (y === undefined) return { ok: false, reason: `"${t}" has no year and the page gives none that fits` };
  }
  const date = isoOf(y, m, d);
  if (!date) return { ok: false, reason: `"${t}" is not a date` };
  const wd = RE_WEEKDAY.exec(t);
  if (wd) {
    const named = weekdayIndex(wd[1]!);
    if (named !== undefined && named !== weekdayOf(date)) {
      return { ok: false, reason: `"${t}": ${date} is not a ${WEEKDAYS[named]}` };
    }
  }
  return { ok: true, date, partial };
}

/** Every full (year-bearing) date in a text, in order. */
export function fullDatesIn(text: string): string[] {
  const out: string[] = [];
  const re = /\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/g;
  for (const mt of text.matchAll(re)) {
    let iso: string | undefined;
    if (mt[1]) iso = isoOf(Number(mt[1]), Number(mt[2]), Number(mt[3]));
    else if (mt[4]) iso = isoOf(Number(mt[6]), Number(mt[5]), Number(mt[4]));
    else {
      const mo = monthIndex(mt[8]!);
      if (mo) iso = isoOf(Number(mt[9]), mo, Number(mt[7]));
    }
    if (iso) out.push(iso);
  }
  return out;
}

/**
 * The year context a page states in its own words (headings, filters, titles): the earliest and
 * latest full dates, and an academic year such as "2025/26" or "2025-2026".
 */
export function yearContextFrom(text: string): YearContext {
  const ctx: YearContext = {};
  // A date of birth says nothing about which year the register is in.
  const withoutBirth = text.replace(/\b(date of birth|d\.?o\.?b\.?|born)\W{0,3}\S+(\s+\S+\s+\d{4})?/gi, ' ');
  const dates = fullDatesIn(withoutBirth).sort();
  if (dates.length) {
    ctx.from = dates[0];
    ctx.to = dates[dates.length - 1];
  }
  for (const ay of text.matchAll(/\b(20\d\d)\s*[/–-]\s*(?:20)?(\d\d)\b/g)) {
    if (Number(ay[2]) === (Number(ay[1]) + 1) % 100) {
      ctx.academicYearStart = Number(ay[1]);
      break;
    }
  }
  return ctx;
}
