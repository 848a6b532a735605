/**
 * A pupil's marks as a dense array indexed by school-day number, built in one pass over the marks.
 * Every rule then runs as a tight loop over small integers: no date parsing, no per-mark allocation.
 *
 * Whole-day `#` dates are not school days for this pupil (`D-HASH-DAY`). When a pupil has any, the
 * timeline is re-indexed without them (a rare, slower path) so every rule counts school days alike.
 */
import type { SchoolCalendar } from './calendar';
import { CODESET_CUTOVER, MB, markBitsTable, normaliseInEra, NOT_RECORDED, type NormalisedMark } from './codes';
import { toDayNumber, weekdayOfDayNumber, type IsoDate } from './dates';
import type { DataProblem, SessionMark } from './types';
import { plural } from './arithmetic';

/** A pupil's school days (the calendar's, less whole-day `#` days) and marks on them. */
export interface DayView {
  readonly cal: SchoolCalendar;
  readonly n: number;
  /** Mark ids: [2i] = AM, [2i + 1] = PM; 0 = not recorded. */
  readonly codes: Uint16Array;
  /** Mark bits by mark id (`MB`). */
  readonly bits: Int32Array;
  readonly dates: readonly IsoDate[];
  readonly dayNumbers: Int32Array;
  readonly week: Int32Array;
  readonly weekFirst: Int32Array;
  readonly term: Int32Array;
  /** View day number of the last view day on or before a calendar school-day number (-1 if none). */
  fromCal(calIdx: number): number;
}

export interface RollOptions {
  admissionDate?: IsoDate;
  leavingDate?: IsoDate;
  /** Marks after this date are ignored (planned absence entered in advance). */
  upTo: IsoDate;
}

export interface PupilTimeline {
  readonly view: DayView;
  /** First and last view days that can hold data: [lo, hi]; hi < lo when there is none. */
  readonly lo: number;
  readonly hi: number;
  /** First view day on roll (admission), 0 when admission is unknown. */
  readonly rollLo: number;
  readonly problems: DataProblem[];
  /** Zeroes the shared scratch buffer; call once the rules have run. */
  release(): void;
}

const CUTOVER_DN = toDayNumber(CODESET_CUTOVER);
const scratch = new WeakMap<SchoolCalendar, Uint16Array>();

function scratchFor(cal: SchoolCalendar): Uint16Array {
  let buf = scratch.get(cal);
  if (!buf) {
    buf = new Uint16Array(cal.days.length * 2);
    scratch.set(cal, buf);
  }
  return buf;
}

interface ProblemTally {
  count: number;
  examples: string[];
}

function tally(map: Map<DataProblem['kind'], ProblemTally>, kind: DataProblem['kind'], example: string): void {
  let t = map.get(kind);
  if (!t) map.set(kind, (t = { count: 0, examples: [] }));
  t.count++;
  if (t.examples.length < 3) t.examples.push(example);
}

const PROBLEM_TEXT: Readonly<Record<DataProblem['kind'], (n: number) => string>> = {
  invalidDate: (n) => `${plural(n, 'mark')} had a date that is not a real date and ${n === 1 ? 'was' : 'were'} left out.`,
  invalidSession: (n) => `${plural(n, 'mark')} had a session other than AM or PM and ${n === 1 ? 'was' : 'were'} left out.`,
  markOnNonSchoolDay: (n) => `${plural(n, 'attendance mark')} ${n === 1 ? 'falls on a day' : 'fall on days'} the school calendar says ${n === 1 ? 'is not a school day' : 'are not school days'}; left out. Check the calendar (terms, closures).`,
  markOutsideRoll: (n) => `${plural(n, 'mark')} ${n === 1 ? 'falls' : 'fall'} before admission or after leaving and ${n === 1 ? 'was' : 'were'} left out.`,
  conflictingMarks: (n) => `${plural(n, 'session')} had two different marks; the later one in the list was used.`,
  unknownCode: (n) => `${plural(n, 'session')} ${n === 1 ? 'holds' : 'hold'} a code that is not a national code; ${n === 1 ? 'it is' : 'they are'} not counted.`,
  calendar: (n) => `${plural(n, 'calendar problem')}.`,
};

export function buildTimeline(marks: readonly SessionMark[], cal: SchoolCalendar, roll: RollOptions): PupilTimeline {
  const n = cal.days.length;
  const buf = scratchFor(cal);
  const asOfHi = cal.lastDayOnOrBefore(roll.upTo);
  const leaveHi = roll.leavingDate ? cal.lastDayOnOrBefore(roll.leavingDate) : n - 1;
  const rollLoCal = roll.admissionDate ? cal.firstDayOnOrAfter(roll.admissionDate) : 0;
  const hiCal = Math.min(asOfHi, leaveHi);
  const dayNumbers = cal.dayNumbers;

  let problems: Map<DataProblem['kind'], ProblemTally> | null = null;
  let lastDate: string | undefined;
  let lastIdx = -1;
  let lastLegacy = false;
  let minI = n;
  let maxI = -1;
  let rare = 0; // bits of any mark needing the slow path (#, unknown)
  const RARE = MB.HASH | MB.UNKNOWN;
  let amCode: string | undefined, pmCode: string | undefined;
  let amLegacy = false, pmLegacy = false;
  let amMark: NormalisedMark = NOT_RECORDED, pmMark: NormalisedMark = NOT_RECORDED;

  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    if (m == null) continue;
    const code = m.code;
    if (code === null || code === undefined) continue;
    const date = m.date;
    if (date !== lastDate) {
      lastDate = date;
      const idx = typeof date === 'string' ? cal.dayIndexOfIso(date) : -2;
      if (idx >= 0) {
        lastLegacy = dayNumbers[idx]! < CUTOVER_DN;
        lastIdx = idx > asOfHi ? -4 : idx < rollLoCal || idx > leaveHi ? -3 : idx;
      } else {
        lastIdx = idx; // -1 not a school day, -2 not a real date
        lastLegacy = idx === -1 && toDayNumber(date as string) < CUTOVER_DN;
      }
    }
    const s = m.session;
    const slot = s === 'AM' ? 2 * lastIdx : s === 'PM' ? 2 * lastIdx + 1 : -1;
    if (lastIdx < 0 || slot < 0) {
      if (lastIdx === -4) continue; // after "as of": ignored by rule D-ASOF, not a problem
      problems ??= new Map();
      if (lastIdx === -2) tally(problems, 'invalidDate', String(date));
      else if (lastIdx === -3) tally(problems, 'markOutsideRoll', `${date} ${s}`);
      else if (lastIdx === -1) {
        // Only real attendance marks on non-school days point at a calendar mismatch; '#' or blanks do not.
        if (normaliseInEra(code, lastLegacy).bits & MB.POSSIBLE) tally(problems, 'markOnNonSchoolDay', `${date} ${s} ${code}`);
      } else tally(problems, 'invalidSession', `${date} ${String(s)}`);
      continue;
    }
    // Most registers repeat one code per session ('/' mornings, '\\' afternoons): remember the last per session.
    let nm: NormalisedMark;
    if (slot & 1) {
      if (code === pmCode && lastLegacy === pmLegacy) nm = pmMark;
      else {
        nm = pmMark = normaliseInEra(code, lastLegacy);
        pmCode = code;
        pmLegacy = lastLegacy;
      }
    } else if (code === amCode && lastLegacy === amLegacy) nm = amMark;
    else {
      nm = amMark = normaliseInEra(code, lastLegacy);
      amCode = code;
      amLegacy = lastLegacy;
    }
    const id = nm.id;
    const prev = buf[slot]!;
    if (prev !== 0 && prev !== id) tally((problems ??= new Map()), 'conflictingMarks', `${date} ${s}`);
    buf[slot] = id;
    if (lastIdx < minI) minI = lastIdx;
    if (lastIdx > maxI) maxI = lastIdx;
    if (nm.bits & RARE) {
      rare |= nm.bits;
      if (nm.bits & MB.UNKNOWN) tally((problems ??= new Map()), 'unknownCode', `${date} ${s} “${code}”`);
    }
  }

  const bits = markBitsTable();
  const problemList: DataProblem[] = [];
  if (problems) for (const [kind, t] of problems) problemList.push({ kind, count: t.count, text: PROBLEM_TEXT[kind](t.count), examples: t.examples });
  for (const p of cal.problems) problemList.push({ kind: 'calendar', count: 1, text: p, examples: [] });

  const release = () => {
    if (maxI >= minI) buf.fill(0, 2 * minI, 2 * maxI + 2);
  };

  if (rare & MB.HASH) {
    const hashDays = findHashDays(buf, bits, minI, maxI);
    if (hashDays.length) {
      const view = compactView(cal, buf, bits, hashDays);
      release();
      return {
        view,
        lo: Math.max(0, view.fromCal(minI - 1) + 1),
        hi: view.fromCal(hiCal),
        rollLo: view.fromCal(rollLoCal - 1) + 1,
        problems: problemList,
        release: () => {},
      };
    }
  }
  const view: DayView = {
    cal,
    n,
    codes: buf,
    bits,
    dates: cal.days,
    dayNumbers: cal.dayNumbers,
    week: cal.weekOfDay,
    weekFirst: cal.weekFirstDay,
    term: cal.termOfDay,
    fromCal: identity,
  };
  return { view, lo: minI, hi: hiCal, rollLo: rollLoCal, problems: problemList, release };
}

const identity = (i: number) => i;

function findHashDays(buf: Uint16Array, bits: Int32Array, minI: number, maxI: number): number[] {
  const out: number[] = [];
  for (let i = minI; i <= maxI; i++) {
    const ba = bits[buf[2 * i]!]!;
    const bp = bits[buf[2 * i + 1]!]!;
    // Every recorded session is '#', and at least one is recorded (D-HASH-DAY).
    if ((ba | bp) & MB.HASH && (ba & MB.HASH || !(ba & MB.RECORDED)) && (bp & MB.HASH || !(bp & MB.RECORDED))) out.push(i);
  }
  return out;
}

function compactView(cal: SchoolCalendar, buf: Uint16Array, bits: Int32Array, hashDays: number[]): DayView {
  const n = cal.days.length - hashDays.length;
  const codes = new Uint16Array(2 * n);
  const dates: IsoDate[] = [];
  const dayNumbers = new Int32Array(n);
  const term = new Int32Array(n);
  const week = new Int32Array(n);
  const weekFirst: number[] = [];
  const calToView = new Int32Array(cal.days.length);
  let h = 0;
  let v = 0;
  let lastMonday = Number.NaN;
  for (let i = 0; i < cal.days.length; i++) {
    if (h < hashDays.length && hashDays[h] === i) {
      h++;
      calToView[i] = v - 1;
      continue;
    }
    codes[2 * v] = buf[2 * i]!;
    codes[2 * v + 1] = buf[2 * i + 1]!;
    dates.push(cal.days[i]!);
    const dn = cal.dayNumbers[i]!;
    dayNumbers[v] = dn;
    term[v] = cal.termOfDay[i]!;
    const monday = dn - (weekdayOfDayNumber(dn) - 1);
    if (monday !== lastMonday) {
      weekFirst.push(v);
      lastMonday = monday;
    }
    week[v] = weekFirst.length - 1;
    calToView[i] = v;
    v++;
  }
  return {
    cal,
    n,
    codes,
    bits,
    dates,
    dayNumbers,
    week,
    weekFirst: Int32Array.from(weekFirst),
    term,
    fromCal: (i) => (i < 0 ? -1 : i >= calToView.length ? n - 1 : calToView[i]!),
  };
}

/** View day number of the last view day on or before a date (-1 if none). */
export function viewDayOnOrBefore(view: DayView, d: IsoDate): number {
  return view.fromCal(view.cal.lastDayOnOrBefore(d));
}

/** The date k school days after view day i (k ≥ 1), or null past the calendar's end. */
export function viewDayAfter(view: DayView, i: number, k: number): IsoDate | null {
  const j = i + k;
  return j >= 0 && j < view.n ? view.dates[j]! : null;
}

/** The 10th (nth) school day of the term after view day i's term, or null if the calendar has no such day (Kent deadlines). */
export function nthDayOfNextTerm(view: DayView, i: number, nth: number): IsoDate | null {
  const t = view.term[i]!;
  let j = i + 1;
  while (j < view.n && view.term[j]! <= t) j++;
  return viewDayAfter(view, j, nth - 1);
}
