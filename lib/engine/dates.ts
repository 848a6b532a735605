/**
 * Calendar dates as ISO strings ('YYYY-MM-DD'): plain days, no time zones, no clock.
 * Arithmetic goes through "day numbers" (days since 1970-01-01) computed with integer formulas
 * (H. Hinnant's civil-from-days), so nothing here depends on the host's time zone or allocates a Date.
 */

/** A calendar date 'YYYY-MM-DD'. */
export type IsoDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day number of a civil date (proleptic Gregorian). */
export function civilToDayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** True for a well-formed, real calendar date ('2024-02-30' is not). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * Day number of an ISO date, or NaN when it is not a real date. Reads characters directly because
 * it runs once per mark in the engine's hot loop (no regex, no allocation).
 */
export function toDayNumber(s: IsoDate): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const y0 = s.charCodeAt(0) - 48, y1 = s.charCodeAt(1) - 48, y2 = s.charCodeAt(2) - 48, y3 = s.charCodeAt(3) - 48;
  const m0 = s.charCodeAt(5) - 48, m1 = s.charCodeAt(6) - 48, d0 = s.charCodeAt(8) - 48, d1 = s.charCodeAt(9) - 48;
  // `>>> 0 > 9` rejects any non-digit (negative values become huge).
  if ((y0 >>> 0) > 9 || (y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (m0 >>> 0) > 9 || (m1 >>> 0) > 9 || (d0 >>> 0) > 9 || (d1 >>> 0) > 9) {
    return NaN;
  }
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return civilToDayNumber(y, m, d);
}

/** [year, month (1-12), day] of a day number. */
export function dayNumberToCivil(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

const pad2 = (n: number) => (n < 10 ? '0' + n : String(n));

export function fromDayNumber(z: number): IsoDate {
  const [y, m, d] = dayNumberToCivil(z);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** ISO weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(z: number): Weekday {
  return ((((z + 3) % 7) + 7) % 7 + 1) as Weekday;
}

export function weekdayOf(d: IsoDate): Weekday {
  return weekdayOfDayNumber(toDayNumber(d));
}

export function isWeekend(d: IsoDate): boolean {
  return weekdayOf(d) >= 6;
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + n);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** ISO strings of real dates compare correctly as strings; this is the sort comparator. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const minIso = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxIso = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);

/** Monday of the Monday–Sunday week holding d (`D-SCHOOL-WEEK`). */
export function mondayOf(d: IsoDate): IsoDate {
  const z = toDayNumber(d);
  return fromDayNumber(z - (weekdayOfDayNumber(z) - 1));
}

/** Adds whole calendar years; 29 Feb becomes 28 Feb in a common year. */
export function addYears(d: IsoDate, n: number): IsoDate {
  const [y, m, day] = dayNumberToCivil(toDayNumber(d));
  const yy = y + n;
  return `${String(yy).padStart(4, '0')}-${pad2(m)}-${pad2(Math.min(day, daysInMonth(yy, m)))}`;
}

export function yearOf(d: IsoDate): number {
  return Number(d.slice(0, 4));
}
export function monthOf(d: IsoDate): number {
  return Number(d.slice(5, 7));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/**
 * "Tue 3 Sep" — a date within the school year, as every screen says it (reasons, figures' ranges, panels):
 * the weekday is how staff place a day in the school week.
 */
export function formatShort(d: IsoDate): string {
  const z = toDayNumber(d);
  const [, m, day] = dayNumberToCivil(z);
  return `${DAYS[weekdayOfDayNumber(z) - 1]} ${day} ${MONTHS[m - 1]}`;
}

/** "3 Sep" — for a week's label, where the weekday (always Monday) would say nothing. */
export function formatDayMonth(d: IsoDate): string {
  const [, m, day] = dayNumberToCivil(toDayNumber(d));
  return `${day} ${MONTHS[m - 1]}`;
}

const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/**
 * "3 September 2024" — a full date, the long form every screen uses (en-GB, as GOV.UK writes dates):
 * dates in sentences, deadlines, panels and the dashboard, wherever the year must be said. Within the
 * school week, where the weekday places the day, screens use the short form (formatShort, "Tue 3 Sep").
 */
export function formatLong(d: IsoDate): string {
  const [y, m, day] = dayNumberToCivil(toDayNumber(d));
  return `${day} ${FULL_MONTHS[m - 1]} ${y}`;
}

/**
 * Text built for logs and tests (reader problems, import and restore messages) says dates as ISO; on screen
 * every real date within it reads in the long form: "no mark for 2025-09-08 AM" → "no mark for 8 September 2025 AM".
 * Strings that only look like dates (2025-02-30) are left as they are.
 */
export function datesInWords(text: string): string {
  return text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) => (isIsoDate(iso) ? formatLong(iso) : iso));
}

/**
 * A deadline as the user should read it on `asOf`: "due by 15 January 2027", "due today (4 December 2026)",
 * or, once it has passed, "overdue since 3 December 2026" (the first day after the deadline), never a
 * past "due by" that reads as if there were still time.
 */
export function dueText(due: IsoDate, asOf: IsoDate): string {
  if (due > asOf) return `due by ${formatLong(due)}`;
  if (due === asOf) return `due today (${formatLong(due)})`;
  return `overdue since ${formatLong(addDays(due, 1))}`;
}
