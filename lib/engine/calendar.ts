/**
 * The school calendar: terms, closures, school days and school weeks (`R-CAL`, `D-SCHOOL-WEEK`),
 * academic years (`D-YEAR`). `buildCalendar` indexes every school day once, so the engine's loops
 * work on small integers (school-day numbers) and never parse dates.
 */
import { z } from 'zod/mini';
import { civilToDayNumber, dayNumberToCivil, formatLong, fromDayNumber, isIsoDate, toDayNumber, weekdayOfDayNumber, type IsoDate } from './dates';

export interface TermSpec {
  name: string;
  start: IsoDate;
  end: IsoDate;
  /** A date that could not be confirmed: shown as provisional and editable. */
  provisional?: boolean;
  /** Where the dates came from (URLs or notes). */
  sources?: string[];
}

export interface ClosureDetail {
  date: IsoDate;
  reason: string;
  source?: string;
  /** INSET days are placed by each school: the user edits them. */
  editable?: boolean;
}

/** Exactly the vectors' calendar shape, plus optional provenance. */
export interface CalendarSpec {
  terms: TermSpec[];
  /** Extra non-school weekdays inside terms (bank holidays, INSET days). */
  closures: IsoDate[];
  closureDetails?: ClosureDetail[];
  provenance?: { source: string; notes?: string[] };
}

const isoDateSchema = z.string().check(z.refine(isIsoDate, 'must be a real date YYYY-MM-DD'));

/** Validation for calendar specs coming from files, settings or messages. */
export const calendarSpecSchema = z.object({
  terms: z.array(
    z.object({
      name: z.string().check(z.minLength(1)),
      start: isoDateSchema,
      end: isoDateSchema,
      provisional: z.optional(z.boolean()),
      sources: z.optional(z.array(z.string())),
    }),
  ),
  closures: z.array(isoDateSchema),
  closureDetails: z.optional(
    z.array(z.object({ date: isoDateSchema, reason: z.string(), source: z.optional(z.string()), editable: z.optional(z.boolean()) })),
  ),
  provenance: z.optional(z.object({ source: z.string(), notes: z.optional(z.array(z.string())) })),
});

export interface Term {
  readonly name: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly provisional: boolean;
  /** Position in the calendar's terms, sorted by start. */
  readonly index: number;
  /** School-day numbers [firstDay, lastDay] of the term; lastDay < firstDay when it has none. */
  readonly firstDay: number;
  readonly lastDay: number;
}

export interface AcademicYear {
  /** '2024/25' */
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export interface SchoolWeek {
  readonly monday: IsoDate;
  readonly sunday: IsoDate;
  readonly isSchoolWeek: boolean;
  /** Ordinal among the calendar's school weeks, or -1 when this week has no school day. */
  readonly ordinal: number;
}

export interface SchoolCalendar {
  readonly spec: CalendarSpec;
  readonly terms: readonly Term[];
  /** Terms or closures that could not be used, in plain words. */
  readonly problems: readonly string[];
  /** School days in order; a school day's "number" is its index here. */
  readonly days: readonly IsoDate[];
  readonly dayNumbers: Int32Array;
  /** School-week ordinal of each school day (Monday–Sunday weeks with at least one school day). */
  readonly weekOfDay: Int32Array;
  /** First school-day number of each school week. */
  readonly weekFirstDay: Int32Array;
  /** Term index of each school day. */
  readonly termOfDay: Int32Array;
  /** School-day number for a day number, or -1 when that day is not a school day (hot path). */
  dayIndexOfDayNumber(dn: number): number;
  /**
   * School-day number straight from an ISO string (the engine's per-mark hot path): ≥ 0 a school day,
   * -1 a real date that is not a school day, -2 not a real YYYY-MM-DD date.
   */
  dayIndexOfIso(d: string): number;
  /** Number of the last school day on or before the date (-1 if none). */
  lastDayOnOrBefore(d: IsoDate): number;
  /** Number of the first school day on or after the date (days.length if none). */
  firstDayOnOrAfter(d: IsoDate): number;

  isSchoolDay(d: IsoDate): boolean;
  schoolDays(from: IsoDate, to: IsoDate): IsoDate[];
  /** The n-th school day strictly after d (n ≥ 1), or null past the calendar's end. */
  nthSchoolDayAfter(d: IsoDate, n: number): IsoDate | null;
  termOf(d: IsoDate): Term | undefined;
  academicYearOf(d: IsoDate): AcademicYear;
  schoolWeekOf(d: IsoDate): SchoolWeek;
}

/** `D-YEAR`: 1 August – 31 July. */
export function academicYearOf(d: IsoDate): AcademicYear {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  const startYear = m >= 8 ? y : y - 1;
  return {
    label: `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`,
    start: `${startYear}-08-01`,
    end: `${startYear + 1}-07-31`,
  };
}

export function buildCalendar(spec: CalendarSpec): SchoolCalendar {
  const problems: string[] = [];
  const goodTerms = spec.terms.filter((t) => {
    if (!isIsoDate(t.start) || !isIsoDate(t.end)) {
      problems.push(`Term “${t.name}” has a date that is not a real YYYY-MM-DD date; it is ignored.`);
      return false;
    }
    if (t.end < t.start) {
      problems.push(`Term “${t.name}” ends (${formatLong(t.end)}) before it starts (${formatLong(t.start)}); it is ignored.`);
      return false;
    }
    return true;
  });
  const sorted = [...goodTerms].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start <= sorted[i - 1]!.end) {
      problems.push(`Terms “${sorted[i - 1]!.name}” and “${sorted[i]!.name}” overlap; shared days belong to the first.`);
    }
  }
  const closures = new Set<number>();
  for (const c of spec.closures) {
    const dn = toDayNumber(c);
    if (Number.isNaN(dn)) problems.push(`Closure “${c}” is not a real YYYY-MM-DD date; it is ignored.`);
    else closures.add(dn);
  }

  const base = sorted.length ? toDayNumber(sorted[0]!.start) : 0;
  const endDn = sorted.length ? Math.max(...sorted.map((t) => toDayNumber(t.end))) : -1;
  const span = Math.max(0, endDn - base + 1);
  const dayIdx = new Int32Array(span).fill(-1);
  const termOfDn = new Int32Array(span).fill(-1);
  sorted.forEach((t, ti) => {
    const s = toDayNumber(t.start) - base;
    const e = toDayNumber(t.end) - base;
    for (let o = s; o <= e; o++) if (termOfDn[o] === -1) termOfDn[o] = ti;
  });

  const dayNumbersArr: number[] = [];
  const termArr: number[] = [];
  for (let o = 0; o < span; o++) {
    const dn = base + o;
    if (termOfDn[o] === -1 || weekdayOfDayNumber(dn) >= 6 || closures.has(dn)) continue;
    dayIdx[o] = dayNumbersArr.length;
    dayNumbersArr.push(dn);
    termArr.push(termOfDn[o]!);
  }
  const n = dayNumbersArr.length;
  const dayNumbers = Int32Array.from(dayNumbersArr);
  const termOfDay = Int32Array.from(termArr);
  const days = dayNumbersArr.map(fromDayNumber);
  // For a non-school day offset: the number of the first school day after it.
  const nextIdx = new Int32Array(span + 1);
  nextIdx[span] = n;
  for (let o = span - 1; o >= 0; o--) nextIdx[o] = dayIdx[o]! >= 0 ? dayIdx[o]! : nextIdx[o + 1]!;

  const weekOfDay = new Int32Array(n);
  const weekFirst: number[] = [];
  let lastMonday = Number.NaN;
  for (let i = 0; i < n; i++) {
    const dn = dayNumbers[i]!;
    const monday = dn - (weekdayOfDayNumber(dn) - 1);
    if (monday !== lastMonday) {
      weekFirst.push(i);
      lastMonday = monday;
    }
    weekOfDay[i] = weekFirst.length - 1;
  }
  const weekFirstDay = Int32Array.from(weekFirst);

  const terms: Term[] = sorted.map((t, ti) => {
    let first = -1;
    let last = -2;
    for (let i = 0; i < n; i++) {
      if (termOfDay[i] !== ti) continue;
      if (first < 0) first = i;
      last = i;
    }
    return { name: t.name, start: t.start, end: t.end, provisional: t.provisional === true, index: ti, firstDay: first < 0 ? 0 : first, lastDay: first < 0 ? -1 : last };
  });

  const dayIndexOfDayNumber = (dn: number): number => {
    const o = dn - base;
    return o >= 0 && o < span ? dayIdx[o]! : -1;
  };
  const firstOnOrAfterDn = (dn: number): number => {
    const o = dn - base;
    if (o < 0) return 0;
    if (o >= span) return n;
    return nextIdx[o]!;
  };
  const lastOnOrBeforeDn = (dn: number): number => {
    const o = dn - base;
    if (o < 0) return -1;
    if (o >= span) return n - 1;
    return dayIdx[o]! >= 0 ? dayIdx[o]! : nextIdx[o]! - 1;
  };
  const dnOrThrowless = (d: IsoDate): number => toDayNumber(d);

  // Lookup by the date's digits: key = (year − firstYear) × 512 + month × 32 + day. Built once; every
  // real date of the covered years maps to its school-day number or -1, anything else stays -2.
  const firstYear = span ? dayNumberToCivil(base)[0] : 0;
  const lastYear = span ? dayNumberToCivil(base + span - 1)[0] : -1;
  const keyTable = new Int32Array(Math.max(0, lastYear - firstYear + 1) * 512).fill(-2);
  if (span) {
    for (let dn = civilToDayNumber(firstYear, 1, 1), end = civilToDayNumber(lastYear, 12, 31); dn <= end; dn++) {
      const [y, m, d] = dayNumberToCivil(dn);
      keyTable[(y - firstYear) * 512 + m * 32 + d] = dayIndexOfDayNumber(dn);
    }
  }
  const dayIndexOfIso = (d: string): number => {
    if (d.length !== 10 || d.charCodeAt(4) !== 45 || d.charCodeAt(7) !== 45) return -2;
    const c0 = d.charCodeAt(0) - 48, c1 = d.charCodeAt(1) - 48, c2 = d.charCodeAt(2) - 48, c3 = d.charCodeAt(3) - 48;
    const c5 = d.charCodeAt(5) - 48, c6 = d.charCodeAt(6) - 48, c8 = d.charCodeAt(8) - 48, c9 = d.charCodeAt(9) - 48;
    // `>>> 0` turns a negative (non-digit) into a huge number, so one bound checks both ends.
    if ((c0 >>> 0) > 9 || (c1 >>> 0) > 9 || (c2 >>> 0) > 9 || (c3 >>> 0) > 9 || (c5 >>> 0) > 9 || (c6 >>> 0) > 9 || (c8 >>> 0) > 9 || (c9 >>> 0) > 9) return -2;
    const y = c0 * 1000 + c1 * 100 + c2 * 10 + c3 - firstYear;
    const m = c5 * 10 + c6;
    const day = c8 * 10 + c9;
    if (m < 1 || m > 12 || day < 1 || day > 31) return -2;
    if (y >= 0 && y <= lastYear - firstYear) return keyTable[y * 512 + m * 32 + day]!;
    return isIsoDate(d) ? -1 : -2;
  };

  const cal: SchoolCalendar = {
    spec,
    terms,
    problems,
    days,
    dayNumbers,
    weekOfDay,
    weekFirstDay,
    termOfDay,
    dayIndexOfDayNumber,
    dayIndexOfIso,
    lastDayOnOrBefore: (d) => {
      const dn = dnOrThrowless(d);
      return Number.isNaN(dn) ? -1 : lastOnOrBeforeDn(dn);
    },
    firstDayOnOrAfter: (d) => {
      const dn = dnOrThrowless(d);
      return Number.isNaN(dn) ? n : firstOnOrAfterDn(dn);
    },
    isSchoolDay: (d) => dayIndexOfDayNumber(dnOrThrowless(d)) >= 0,
    schoolDays: (from, to) => {
      const a = firstOnOrAfterDn(dnOrThrowless(from));
      const b = lastOnOrBeforeDn(dnOrThrowless(to));
      return a <= b ? days.slice(a, b + 1) : [];
    },
    nthSchoolDayAfter: (d, k) => {
      const i = lastOnOrBeforeDn(dnOrThrowless(d)) + k;
      return k >= 1 && i < n ? days[i]! : null;
    },
    termOf: (d) => {
      const o = dnOrThrowless(d) - base;
      const ti = o >= 0 && o < span ? termOfDn[o]! : -1;
      return ti >= 0 ? terms[ti] : undefined;
    },
    academicYearOf,
    schoolWeekOf: (d) => {
      const dn = dnOrThrowless(d);
      const monday = dn - (weekdayOfDayNumber(dn) - 1);
      const first = firstOnOrAfterDn(monday);
      const isSchoolWeek = first < n && dayNumbers[first]! <= monday + 6;
      return { monday: fromDayNumber(monday), sunday: fromDayNumber(monday + 6), isSchoolWeek, ordinal: isSchoolWeek ? weekOfDay[first]! : -1 };
    },
  };
  return cal;
}

/** A user's own calendar: validated and normalised (sorted, closures de-duplicated). Throws on invalid specs (configuration, not register data). */
export function customCalendar(spec: CalendarSpec): CalendarSpec {
  const parsed = calendarSpecSchema.safeParse(spec);
  if (!parsed.success) {
    throw new Error(`Invalid calendar: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const terms = [...spec.terms].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (const t of terms) if (t.end < t.start) throw new Error(`Invalid calendar: term “${t.name}” ends before it starts.`);
  return { ...spec, terms, closures: [...new Set(spec.closures)].sort() };
}
