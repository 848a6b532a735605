/**
 * Figures over a range of a pupil's school days (`R-POSS`, `R-ATT`, `R-ABS`, `R-AUTH`, `R-UNAUTH`,
 * `R-PA`, `R-SA`) and coverage: how many school days on roll have no mark at all, so a figure over ten
 * known days never looks like a figure over a year.
 *
 * One pass tallies mark ids; categories are summed per distinct id afterwards (a register holds a
 * few dozen distinct marks), which keeps the loop as cheap as a bare tally.
 */
import type { SchoolCalendar } from './calendar';
import { internedCount, markById, MB } from './codes';
import { formatShort, type IsoDate } from './dates';
import { rate } from './fraction';
import { buildTimeline, type DayView } from './timeline';
import type { DataProblem, Rate, SessionCounts, SessionMark } from './types';

export interface Coverage {
  /** School days on roll in the range (first and last), null when none. */
  from: IsoDate | null;
  to: IsoDate | null;
  schoolDaysOnRoll: number;
  daysWithMarks: number;
  daysWithoutMarks: number;
  /** First day with any mark in the range. */
  firstMarked: IsoDate | null;
  complete: boolean;
  text: string;
}

export interface Figures {
  possibleSessions: number;
  counts: SessionCounts;
  late: { L: number; U: number };
  attendance: Rate | null;
  overallAbsence: Rate | null;
  authorisedAbsence: Rate | null;
  unauthorisedAbsence: Rate | null;
  /** "(P+A)/possible", not reduced; null when nothing is possible. */
  attendanceExact: string | null;
  persistentAbsence: boolean;
  severeAbsence: boolean;
  coverage: Coverage;
}

/** Session tallies the rules reuse, from the same pass. */
export interface ScopeTally {
  figures: Figures;
  /** Sessions by code within the range. */
  I: number;
  E: number;
  C2: number;
  /** OR of the bits of every mark in the range (data-quality flags). */
  anyBits: number;
}

let tallyBuf = new Uint32Array(256);

export function tallyRange(view: DayView, from: number, to: number): ScopeTally {
  const codes = view.codes;
  const size = internedCount();
  if (tallyBuf.length < size) tallyBuf = new Uint32Array(size * 2);
  const t = tallyBuf;
  let unmarked = 0;
  let firstMarked = -1;
  for (let i = from; i <= to; i++) {
    const a = codes[2 * i]!;
    const p = codes[2 * i + 1]!;
    t[a]!++;
    t[p]!++;
    if ((a | p) === 0) unmarked++;
    else if (firstMarked < 0) firstMarked = i;
  }
  let P = 0, A = 0, Au = 0, Un = 0, np = 0, miss = 0, unk = 0, L = 0, U = 0, I = 0, E = 0, C2 = 0, any = 0;
  t[0] = 0;
  for (let id = 1; id < size; id++) {
    const c = t[id]!;
    if (c === 0) continue;
    t[id] = 0;
    const b = markById(id).bits;
    any |= b;
    if (b & MB.PRESENT) P += c;
    else if (b & MB.AEA) A += c;
    else if (b & MB.AUTH) Au += c;
    else if (b & MB.UNAUTH) Un += c;
    else if (b & MB.NOTPOSS) np += c;
    else if (b & MB.MISSING) miss += c;
    else if (b & MB.UNKNOWN) unk += c;
    if (b & MB.L) L += c;
    if (b & MB.U) U += c;
    if (b & MB.I) I += c;
    if (b & MB.E) E += c;
    if (b & MB.C2) C2 += c;
  }
  const possible = P + A + Au + Un;
  const absent = Au + Un;
  const days = to >= from ? to - from + 1 : 0;
  const withMarks = days - unmarked;
  const coverage: Coverage = {
    from: days ? view.dates[from]! : null,
    to: days ? view.dates[to]! : null,
    schoolDaysOnRoll: days,
    daysWithMarks: withMarks,
    daysWithoutMarks: unmarked,
    firstMarked: firstMarked >= 0 ? view.dates[firstMarked]! : null,
    complete: unmarked === 0,
    text: days === 0 ? 'No school days on roll in this range.' : unmarked === 0 ? `Every school day on roll has marks (${days} days).` : `Marks known for ${withMarks} of ${days} school days on roll; ${unmarked === 1 ? '1 day has' : `${unmarked} days have`} no marks yet.`,
  };
  return {
    figures: {
      possibleSessions: possible,
      counts: { present: P, aea: A, authorised: Au, unauthorised: Un, notPossible: np, missing: miss, unknown: unk },
      late: { L, U },
      attendance: rate(P + A, possible),
      overallAbsence: rate(absent, possible),
      authorisedAbsence: rate(Au, possible),
      unauthorisedAbsence: rate(Un, possible),
      attendanceExact: possible > 0 ? `${P + A}/${possible}` : null,
      // R-PA / R-SA: integer tests on the exact counts, never on a rounded rate.
      persistentAbsence: possible > 0 && 10 * absent >= possible,
      severeAbsence: possible > 0 && 2 * absent >= possible,
      coverage,
    },
    I,
    E,
    C2,
    anyBits: any,
  };
}

export interface RangeOptions {
  from: IsoDate;
  to: IsoDate;
  admissionDate?: IsoDate;
  leavingDate?: IsoDate;
}

export interface RangeFigures extends Figures {
  from: IsoDate;
  to: IsoDate;
  problems: DataProblem[];
  /** "since 3 Sep" etc. for labels. */
  label: string;
}

/**
 * Figures for any date range (year to date, this term, last 4 weeks, custom), counting only school
 * days on roll inside it.
 */
export function figuresFor(marks: readonly SessionMark[], calendar: SchoolCalendar, range: RangeOptions): RangeFigures {
  const tl = buildTimeline(marks, calendar, { admissionDate: range.admissionDate, leavingDate: range.leavingDate, upTo: range.to });
  try {
    const v = tl.view;
    const from = Math.max(tl.rollLo, v.fromCal(calendar.firstDayOnOrAfter(range.from) - 1) + 1);
    const to = tl.hi;
    const { figures } = tallyRange(v, from, to);
    return { ...figures, from: range.from, to: range.to, problems: tl.problems, label: `${formatShort(range.from)} – ${formatShort(range.to)}` };
  } finally {
    tl.release();
  }
}
