/**
 * A deliberately simple, slow reference evaluator for the attendance rules
 * (`shared/domain/attendance-rules.md`), written straight from the spec, without reading `lib/engine/**`.
 *
 * It computes every `expected` field of `vectors.schema.md` for one vector. Dates are plain ISO strings
 * compared as strings; day arithmetic goes through UTC `Date`s. Every window is recomputed from scratch by
 * walking the calendar: no indexes, no incremental state. Readability over speed.
 *
 * Where the spec leaves a choice, the choice made here is written next to the code as `READING:`; the
 * differential report names the places where the engine reads it another way.
 */

export type Iso = string;
export type Raw = string | null | undefined;

export interface RefVector {
  calendar: { terms: { name: string; start: Iso; end: Iso }[]; closures: Iso[] };
  pupil: { compulsorySchoolAge?: boolean };
  context?: { ntiIssuedOn?: Iso };
  asOf: Iso;
  marks: { date: Iso; am?: Raw; pm?: Raw }[];
}

// ---------------------------------------------------------------------------------------------------
// Dates

const dayNo = new Map<Iso, number>(); // cache only: ISO date → days since 1970-01-01
function toDayNo(d: Iso): number {
  let n = dayNo.get(d);
  if (n === undefined) {
    n = Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;
    if (dayNo.size < 200_000) dayNo.set(d, n);
  }
  return n;
}
export function addDays(d: Iso, n: number): Iso {
  return new Date((toDayNo(d) + n) * 86_400_000).toISOString().slice(0, 10);
}
/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday) */
export function weekday(d: Iso): number {
  return (((toDayNo(d) + 3) % 7) + 7) % 7;
}
const mondays = new Map<Iso, Iso>(); // cache only
export function mondayOf(d: Iso): Iso {
  let m = mondays.get(d);
  if (m === undefined) {
    m = addDays(d, -weekday(d));
    if (mondays.size < 200_000) mondays.set(d, m);
  }
  return m;
}
/** 1 August of the academic year containing d (`D-YEAR`). */
export function academicYearStart(d: Iso): Iso {
  const y = +d.slice(0, 4);
  const m = +d.slice(5, 7);
  return `${m >= 8 ? y : y - 1}-08-01`;
}

// ---------------------------------------------------------------------------------------------------
// Codes (§1.1, §1.3, D-NORM, D-CODESET)

export type Category = 'PRESENT' | 'AEA' | 'AUTH' | 'UNAUTH' | 'NOTPOSS';

const CODES_2024: Record<string, Category> = {
  '/': 'PRESENT', '\\': 'PRESENT', L: 'PRESENT',
  K: 'AEA', V: 'AEA', P: 'AEA', W: 'AEA', B: 'AEA',
  C1: 'AUTH', M: 'AUTH', J1: 'AUTH', S: 'AUTH', C2: 'AUTH', C: 'AUTH', E: 'AUTH', I: 'AUTH', R: 'AUTH', T: 'AUTH',
  G: 'UNAUTH', U: 'UNAUTH', O: 'UNAUTH', N: 'UNAUTH',
  D: 'NOTPOSS', X: 'NOTPOSS', Q: 'NOTPOSS', Y1: 'NOTPOSS', Y2: 'NOTPOSS', Y3: 'NOTPOSS', Y4: 'NOTPOSS',
  Y5: 'NOTPOSS', Y6: 'NOTPOSS', Y7: 'NOTPOSS', Z: 'NOTPOSS', '#': 'NOTPOSS',
};
const CODES_LEGACY: Record<string, Category> = {
  '/': 'PRESENT', '\\': 'PRESENT', L: 'PRESENT',
  D: 'NOTPOSS',
  B: 'AEA', V: 'AEA', P: 'AEA', W: 'AEA', J: 'AEA',
  I: 'AUTH', M: 'AUTH', S: 'AUTH', R: 'AUTH', E: 'AUTH', H: 'AUTH', F: 'AUTH', T: 'AUTH', C: 'AUTH',
  N: 'UNAUTH', U: 'UNAUTH', O: 'UNAUTH', G: 'UNAUTH',
  '#': 'NOTPOSS', Y: 'NOTPOSS', X: 'NOTPOSS', Z: 'NOTPOSS',
};
const SUCCESSOR: Record<string, string> = { H: 'C', F: 'C', J: 'J1', Y: 'Y7' };
export const CUTOVER = '2024-08-19';

/** `PHYSICAL = ATTENDED ∪ {U}` (§1.1), as a literal set of codes (used with `physical: 'codes'`). */
const PHYSICAL = new Set(['/', '\\', 'L', 'K', 'V', 'P', 'W', 'B', 'U']);

export type Cls =
  | { kind: 'unrecorded' }
  | { kind: 'blank' }
  | { kind: 'unknown' }
  | { kind: 'code'; code: string; cat: Category; legacyAfter: boolean; newBefore: boolean };

/** D-NORM: trim, upper-case ASCII letters only. */
export function normalise(raw: string): string {
  return raw.trim().replace(/[a-z]/g, (c) => c.toUpperCase());
}

export function classify(date: Iso, raw: Raw): Cls {
  if (raw === null || raw === undefined) return { kind: 'unrecorded' };
  const s = normalise(raw);
  if (s === '' || s === '-') return { kind: 'blank' };
  if (date < CUTOVER) {
    if (s in CODES_LEGACY) return { kind: 'code', code: s, cat: CODES_LEGACY[s]!, legacyAfter: false, newBefore: false };
    if (s in CODES_2024) return { kind: 'code', code: s, cat: CODES_2024[s]!, legacyAfter: false, newBefore: true };
    return { kind: 'unknown' };
  }
  if (s in CODES_2024) return { kind: 'code', code: s, cat: CODES_2024[s]!, legacyAfter: false, newBefore: false };
  if (s in SUCCESSOR) {
    const c = SUCCESSOR[s]!;
    return { kind: 'code', code: c, cat: CODES_2024[c]!, legacyAfter: true, newBefore: false };
  }
  return { kind: 'unknown' };
}

const isPossible = (c: Cls) => c.kind === 'code' && c.cat !== 'NOTPOSS';
const codeOf = (c: Cls) => (c.kind === 'code' ? c.code : null);

// ---------------------------------------------------------------------------------------------------
// Display helpers

/** 1 dp, half-up, of 100·num/den (exact integer arithmetic). */
export function pct(num: number, den: number): number {
  const tenths = Math.floor((2000 * num + den) / (2 * den));
  return tenths / 10;
}

// ---------------------------------------------------------------------------------------------------
// The evaluator

/**
 * Readings where the spec leaves a choice open. Each default is the reading the engine takes (checked on 40 000+
 * random cases); the alternative is the other defensible reading of the spec text, kept so either can be re-run.
 */
export interface RefOptions {
  /** READING for data flags (MISSING_MARK, UNKNOWN_CODE, LEGACY…, NEW…, PART_TIME_TIMETABLE): 'year' = only sessions in
   * the D-SCOPE scope (academic year of asOf, school days ≤ asOf); 'all' = any school day ≤ asOf. */
  flagScope?: 'year' | 'all';
  /** See the kentPn block. */
  kentRoute?: 'literal' | 'gou';
  /** READING for PHYSICAL (§1.1 "ATTENDED ∪ {U}"): 'attended' = any session counted as attendance (PRESENT or AEA in the
   * table that applies, so legacy J before the cutover counts) plus U; 'codes' = only the listed 2024 codes / \ L K V P W B U. */
  physical?: 'attended' | 'codes';
  /** READING for PN_C2_IN_THRESHOLD_WINDOW: 'either' = a C2 in the window W(metOn) of the national or of the
   * excludingN count; 'national' = the national count's window only. */
  c2Window?: 'either' | 'national';
  /** READING for "the 10th school day of the next term" when that term has fewer than 10 school days:
   * 'spill' = keep counting school days into the following terms; 'strict' = null. */
  nextTermTenth?: 'spill' | 'strict';
  /** READING for whole-day `#` dated after asOf: 'ignore' = marks after asOf are ignored, so the day stays a school day;
   * 'use' = it is a non-school day for deadlines after asOf. */
  hashAfterAsOf?: 'ignore' | 'use';
  /** READING for kentPn.registerConditionsMet's "threshold met": the 'excludingN' (G/O/U, Kent's evidential basis)
   * or the 'national' (G/N/O/U) count. */
  kentThreshold?: 'excludingN' | 'national';
  /** READING for day6BreachDates: consecutive E days counted over 'year' (academic year of asOf) or 'all' school days ≤ asOf. */
  eStreakScope?: 'year' | 'all';
}

export function referenceExpected(v: RefVector, opts: RefOptions = {}): Record<string, unknown> {
  const flagScope = opts.flagScope ?? 'year';
  const asOf = v.asOf;
  const yearStart = academicYearStart(asOf);
  const csa = v.pupil.compulsorySchoolAge === true;
  const terms = [...v.calendar.terms].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const closures = new Set(v.calendar.closures);

  // Marks: those dated after asOf are ignored (D-ASOF). A later mark for the same date replaces an earlier one.
  const marks = new Map<Iso, { am: Raw; pm: Raw }>();
  const laterMarks = new Map<Iso, { am: Raw; pm: Raw }>();
  for (const m of v.marks) (m.date > asOf ? laterMarks : marks).set(m.date, { am: m.am, pm: m.pm });

  const inTermWeekday = (d: Iso) => weekday(d) < 5 && !closures.has(d) && terms.some((t) => t.start <= d && d <= t.end);
  /** D-HASH-DAY: at least one recorded session, and every recorded session is `#`. */
  const wholeDayHash = (d: Iso) => {
    const m = marks.get(d) ?? (opts.hashAfterAsOf === 'use' ? laterMarks.get(d) : undefined);
    if (!m) return false;
    const rec = [m.am, m.pm].filter((x) => x !== null && x !== undefined) as string[];
    return rec.length > 0 && rec.every((x) => normalise(x) === '#');
  };
  const isSchoolDay = (d: Iso) => inTermWeekday(d) && !wholeDayHash(d);

  // Every school day of the calendar, in order.
  const schoolDays: Iso[] = [];
  for (const t of terms) {
    for (let d = t.start; d <= t.end; d = addDays(d, 1)) {
      if (isSchoolDay(d)) schoolDays.push(d);
    }
  }
  schoolDays.sort();
  for (let i = schoolDays.length - 1; i > 0; i--) if (schoolDays[i] === schoolDays[i - 1]) schoolDays.splice(i, 1); // overlapping terms
  const pastDays = schoolDays.filter((d) => d <= asOf);
  const scopeDays = pastDays.filter((d) => d >= yearStart);

  const memo = new Map<Iso, [Cls, Cls]>();
  const sessionsOf = (d: Iso): [Cls, Cls] => {
    let r = memo.get(d);
    if (!r) {
      const m = marks.get(d);
      r = [classify(d, m?.am), classify(d, m?.pm)];
      memo.set(d, r);
    }
    return r;
  };
  /** n-th school day strictly after d (n ≥ 1), or null if the calendar has not got that many. */
  const nthSchoolDayAfter = (d: Iso, n: number): Iso | null => {
    const after = schoolDays.filter((x) => x > d);
    return after.length >= n ? after[n - 1]! : null;
  };
  const termOf = (d: Iso) => terms.find((t) => t.start <= d && d <= t.end) ?? null;
  /** The 10th school day of the term after the one containing d (null when the calendar lacks it). */
  const tenthDayOfNextTerm = (d: Iso): Iso | null => {
    const t = termOf(d);
    if (!t) return null;
    const next = terms[terms.indexOf(t) + 1];
    if (!next) return null;
    const days = schoolDays.filter((x) => (opts.nextTermTenth ?? 'spill') === 'spill' ? next.start <= x : next.start <= x && x <= next.end);
    return days.length >= 10 ? days[9]! : null;
  };

  // ---- counts, rates (R-POSS … R-SA, D-SCOPE, D-EMPTY) --------------------------------------------
  const counts = { present: 0, aea: 0, authorised: 0, unauthorised: 0, notPossible: 0, missing: 0, unknown: 0 };
  for (const d of scopeDays) {
    for (const c of sessionsOf(d)) {
      if (c.kind === 'blank') counts.missing++;
      else if (c.kind === 'unknown') counts.unknown++;
      else if (c.kind === 'code') {
        if (c.cat === 'PRESENT') counts.present++;
        else if (c.cat === 'AEA') counts.aea++;
        else if (c.cat === 'AUTH') counts.authorised++;
        else if (c.cat === 'UNAUTH') counts.unauthorised++;
        else counts.notPossible++;
      }
    }
  }
  const att = counts.present + counts.aea;
  const abs = counts.authorised + counts.unauthorised;
  const possible = att + abs;
  const has = possible > 0;

  const bands = has
    ? {
        kent: 100 * att >= 96 * possible ? 'KENT_MEETS_EXPECTATION' : 100 * att > 90 * possible ? 'KENT_BELOW_EXPECTATION' : 100 * att > 50 * possible ? 'KENT_PA' : 'KENT_SA',
        hackney:
          100 * att > 95 * possible ? 'HK_REWARD' : 100 * att > 90 * possible ? 'HK_95' : 100 * att > 85 * possible ? 'HK_90' : 100 * att > 80 * possible ? 'HK_85' : 'HK_80',
        coventry: 100 * att > 90 * possible ? 'COV_STAGE_1' : 100 * att >= 80 * possible ? 'COV_STAGE_2' : 'COV_STAGE_3',
      }
    : { kent: null, hackney: null, coventry: null };

  // ---- flags from the data ------------------------------------------------------------------------
  const flags = new Set<string>();
  if (!has) flags.add('NO_POSSIBLE_SESSIONS');
  for (const d of flagScope === 'year' ? scopeDays : pastDays) {
    for (const c of sessionsOf(d)) {
      if (c.kind === 'blank') flags.add('MISSING_MARK');
      if (c.kind === 'unknown') flags.add('UNKNOWN_CODE');
      if (c.kind === 'code' && c.legacyAfter) flags.add('LEGACY_CODE_AFTER_CUTOVER');
      if (c.kind === 'code' && c.newBefore) flags.add('NEW_CODE_BEFORE_CUTOVER');
      if (c.kind === 'code' && c.code === 'C2') flags.add('PART_TIME_TIMETABLE');
    }
  }

  // ---- PN threshold (R-PN, D-PN, D-SCHOOL-WEEK) ----------------------------------------------------
  const schoolWeeks: Iso[] = [];
  for (const d of schoolDays) if (!schoolWeeks.includes(mondayOf(d))) schoolWeeks.push(mondayOf(d));
  schoolWeeks.sort();
  const windowStart = (d: Iso): Iso => {
    const i = schoolWeeks.indexOf(mondayOf(d));
    return schoolWeeks[Math.max(0, i - 9)]!;
  };
  const countOn = (x: Iso, set: Set<string>) => sessionsOf(x).filter((c) => set.has(codeOf(c) ?? '')).length;
  const countIn = (from: Iso, to: Iso, set: Set<string>) => {
    let n = 0;
    for (const x of pastDays) if (from <= x && x <= to) n += countOn(x, set);
    return n;
  };
  const threshold = (set: Set<string>) => {
    let met = false;
    let metOn: Iso | null = null;
    let max = 0;
    // count(d) by a sliding sum over pastDays (the same as countIn(windowStart(d), d, set), only faster)
    const per = pastDays.map((x) => countOn(x, set));
    let lo = 0;
    let sum = 0;
    for (let i = 0; i < pastDays.length; i++) {
      const d = pastDays[i]!;
      sum += per[i]!;
      const from = windowStart(d);
      while (pastDays[lo]! < from) sum -= per[lo++]!;
      const n = sum;
      if (n > max) max = n;
      if (!met && n >= 10) {
        met = true;
        metOn = d;
      }
    }
    return { met, metOn, maxInWindow: max };
  };
  const GNOU = new Set(['G', 'N', 'O', 'U']);
  const GOU = new Set(['G', 'O', 'U']);
  const national = threshold(GNOU);
  const excludingN = threshold(GOU);
  const pnThreshold = csa ? { national, excludingN } : null;
  const c2InWindow = (metOn: Iso | null) => metOn !== null && countIn(windowStart(metOn), metOn, new Set(['C2'])) > 0;
  // READING: "the national threshold period" = W(metOn) of the national count, Monday of its first week to metOn.
  if (csa && (c2InWindow(national.metOn) || ((opts.c2Window ?? 'either') === 'either' && c2InWindow(excludingN.metOn)))) flags.add('PN_C2_IN_THRESHOLD_WINDOW');

  // ---- runs (D-RUN) ------------------------------------------------------------------------------
  type DayKind = 'qualifying' | 'neutral' | 'breaking';
  const dayKind = (d: Iso, set: Set<string>): DayKind => {
    const poss = sessionsOf(d).filter(isPossible);
    if (poss.length === 0) return 'neutral';
    return poss.every((c) => set.has(codeOf(c)!)) ? 'qualifying' : 'breaking';
  };
  /** All runs (lists of qualifying days) over school days ≤ asOf. */
  const runs = (set: Set<string>): Iso[][] => {
    const out: Iso[][] = [];
    let cur: Iso[] = [];
    for (const d of pastDays) {
      const k = dayKind(d, set);
      if (k === 'qualifying') cur.push(d);
      else if (k === 'breaking') {
        if (cur.length) out.push(cur);
        cur = [];
      }
    }
    if (cur.length) out.push(cur);
    return out;
  };
  const firstReaching = (rs: Iso[][], n: number): Iso | null => {
    for (const r of rs) if (r.length >= n) return r[n - 1]!;
    return null;
  };

  // Attendance return (R-RETURNS)
  const retRuns = runs(GNOU);
  const qualifiedOn = firstReaching(retRuns, 10);
  const attendanceReturn = csa
    ? {
        qualifies: qualifiedOn !== null,
        qualifiedOn,
        longestRun: Math.max(0, ...retRuns.map((r) => r.length)),
        kentReturnDueBy: qualifiedOn ? tenthDayOfNextTerm(qualifiedOn) : null,
      }
    : null;

  // Sickness return (R-SICK, D-SICK-DAYS)
  const consecOn = firstReaching(runs(new Set(['I'])), 15);
  let illness = 0;
  let cumOn: Iso | null = null;
  for (const d of scopeDays) {
    for (const c of sessionsOf(d)) {
      if (codeOf(c) === 'I') {
        illness++;
        if (illness === 30) cumOn = d;
      }
    }
  }
  const sicknessReturn = csa
    ? {
        consecutive: { met: consecOn !== null, metOn: consecOn },
        cumulative: { met: cumOn !== null, metOn: cumOn, illnessSessions: illness, kentDueBy: cumOn ? tenthDayOfNextTerm(cumOn) : null },
      }
    : null;

  // CME (D-CME), for every pupil
  const GNO = new Set(['G', 'N', 'O']);
  let ongoing: Iso[] = [];
  {
    const nonNeutral = pastDays.filter((d) => dayKind(d, GNO) !== 'neutral');
    const last = nonNeutral[nonNeutral.length - 1];
    if (last && dayKind(last, GNO) === 'qualifying') {
      const rs = runs(GNO);
      ongoing = rs[rs.length - 1]!;
    }
  }
  let lastAttended: Iso | null = null;
  const physical = (c: Cls) =>
    (opts.physical ?? 'attended') === 'attended'
      ? c.kind === 'code' && (c.cat === 'PRESENT' || c.cat === 'AEA' || c.code === 'U')
      : PHYSICAL.has(codeOf(c) ?? '');
  for (const d of pastDays) if (sessionsOf(d).some(physical)) lastAttended = d;
  const cme = {
    ongoingRunDays: ongoing.length,
    runStart: ongoing.length ? ongoing[0]! : null,
    lastAttended,
    kentReferralDueBy: ongoing.length && lastAttended ? nthSchoolDayAfter(lastAttended, 10) : null,
    deletionGround1iTimeMetOn: ongoing.length >= 20 ? ongoing[19]! : null,
  };

  // ---- N codes (R-N, D-N) ------------------------------------------------------------------------
  const nCodes: { date: Iso; session: 'AM' | 'PM'; resolveBy: Iso | null; overdue: boolean }[] = [];
  for (const d of pastDays) {
    const [am, pm] = sessionsOf(d);
    const rb = nthSchoolDayAfter(d, 5);
    for (const [c, s] of [[am, 'AM'], [pm, 'PM']] as const) {
      // READING: when the calendar has no 5th school day after d, resolveBy is null and the N is not overdue.
      if (codeOf(c) === 'N') nCodes.push({ date: d, session: s, resolveBy: rb, overdue: rb !== null && asOf > rb });
    }
  }
  if (nCodes.some((n) => n.overdue)) flags.add('N_CODE_OVERDUE');

  // ---- suspension (R-SUSP, D-SUSP) -----------------------------------------------------------------
  const eOf = (d: Iso) => sessionsOf(d).filter((c) => codeOf(c) === 'E').length;
  let eSessions = 0;
  for (const d of scopeDays) eSessions += eOf(d);
  const termDays: Record<string, number> = {};
  for (const t of terms) {
    let n = 0;
    for (const d of scopeDays) if (t.start <= d && d <= t.end) n += eOf(d);
    if (n > 0) termDays[t.name] = n / 2;
  }
  const day6BreachDates: Iso[] = [];
  {
    let streak = 0;
    for (const d of (opts.eStreakScope ?? 'year') === 'year' ? scopeDays : pastDays) {
      if (eOf(d) > 0) {
        streak++;
        if (streak >= 6) day6BreachDates.push(d);
      } else streak = 0;
    }
  }
  if (day6BreachDates.length) flags.add('E_BEYOND_DAY_5');
  const tds = Object.values(termDays);
  const suspension = {
    eSessions,
    suspensionDays: eSessions / 2,
    day6BreachDates,
    termDays,
    governorsMustMeet: tds.some((x) => x > 15),
    governorsMeetIfParentsRequest: tds.some((x) => x > 5 && x <= 15),
    over45Days: eSessions / 2 > 45,
  };

  // ---- Kent closure (R-KENT-CLOSE) -----------------------------------------------------------------
  const last20 = pastDays.slice(-20);
  const kentClosure =
    last20.length < 20
      ? { eligible: false, windowStart: null }
      : { eligible: !last20.some((d) => sessionsOf(d).some((c) => GNOU.has(codeOf(c) ?? ''))), windowStart: last20[0]! };

  // ---- Kent PN (R-KENT-PN, D-NTI) ----------------------------------------------------------------
  let kentPn: Record<string, unknown> | null = null;
  if (csa) {
    const nti = v.context?.ntiIssuedOn ?? null;
    const periodDays = nti ? schoolDays.filter((x) => x > nti).slice(0, 20) : [];
    const ntiPeriodEnd = nti && periodDays.length === 20 ? periodDays[19]! : null;
    // READING: no NTI recorded → the count does not apply (null).
    const unauthorisedInNtiPeriod = nti
      ? periodDays.filter((d) => d <= asOf).reduce((n, d) => n + sessionsOf(d).filter((c) => GNOU.has(codeOf(c) ?? '')).length, 0)
      : null;
    const gOnly = threshold(new Set(['G']));
    const ouOnly = threshold(new Set(['O', 'U']));
    // READING (kentRoute): 'literal' = §3.3 literally: "G" when ≥10 G in a window, else "O/U" when ≥10 O and/or U;
    // 'gou' = the route is decided once the G/O/U (excludingN) threshold is met: "G" if the G-only count also reaches 10, else "O/U".
    const route =
      (opts.kentRoute ?? 'gou') === 'literal'
        ? gOnly.met ? 'G' : ouOnly.met ? 'O/U' : null
        : excludingN.met ? (gOnly.met ? 'G' : 'O/U') : null;
    const thresholdMet = (opts.kentThreshold ?? 'excludingN') === 'national' ? national.met : excludingN.met;
    kentPn = {
      route,
      ntiPeriodEnd,
      unauthorisedInNtiPeriod,
      registerConditionsMet:
        thresholdMet &&
        ntiPeriodEnd !== null &&
        ntiPeriodEnd < asOf &&
        (unauthorisedInNtiPeriod ?? 0) >= 1 &&
        !c2InWindow((opts.kentThreshold ?? 'excludingN') === 'national' ? national.metOn : excludingN.metOn),
    };
  }

  return {
    possibleSessions: possible,
    counts,
    attendancePct: has ? pct(att, possible) : null,
    overallAbsencePct: has ? pct(abs, possible) : null,
    authorisedAbsencePct: has ? pct(counts.authorised, possible) : null,
    unauthorisedAbsencePct: has ? pct(counts.unauthorised, possible) : null,
    attendanceExact: has ? `${att}/${possible}` : null,
    persistentAbsence: has && 10 * abs >= possible,
    severeAbsence: has && 2 * abs >= possible,
    pnThreshold,
    attendanceReturn,
    sicknessReturn,
    cme,
    nCodes,
    flags: [...flags].sort(),
    bands,
    kentClosure,
    suspension,
    kentPn,
  };
}

// ---------------------------------------------------------------------------------------------------
// Comparison by the schema's rules (used to check the reference against the published vectors)

export const FLAG_VOCAB = [
  'NO_POSSIBLE_SESSIONS', 'MISSING_MARK', 'UNKNOWN_CODE', 'LEGACY_CODE_AFTER_CUTOVER', 'NEW_CODE_BEFORE_CUTOVER',
  'PART_TIME_TIMETABLE', 'PN_C2_IN_THRESHOLD_WINDOW', 'N_CODE_OVERDUE', 'E_BEYOND_DAY_5',
];
const PCTS = new Set(['attendancePct', 'overallAbsencePct', 'authorisedAbsencePct', 'unauthorisedAbsencePct']);

export interface Diff {
  field: string;
  expected: unknown;
  got: unknown;
}

/** Compares `got` against `expected`: absent keys not asserted, objects key by key, flags as a set over the vocabulary. */
export function compareExpected(expected: Record<string, unknown>, got: Record<string, unknown>): Diff[] {
  const out: Diff[] = [];
  const walk = (path: string, e: unknown, g: unknown) => {
    if (path === 'flags') {
      const es = [...new Set((e as string[]).filter((f) => FLAG_VOCAB.includes(f)))].sort();
      const gs = [...new Set(((g as string[]) ?? []).filter((f) => FLAG_VOCAB.includes(f)))].sort();
      if (JSON.stringify(es) !== JSON.stringify(gs)) out.push({ field: path, expected: es, got: gs });
      return;
    }
    if (PCTS.has(path) && typeof e === 'number' && typeof g === 'number') {
      if (Math.abs(e - g) > 1e-9) out.push({ field: path, expected: e, got: g });
      return;
    }
    if (e !== null && typeof e === 'object' && !Array.isArray(e)) {
      if (g === null || typeof g !== 'object' || Array.isArray(g)) {
        out.push({ field: path, expected: e, got: g });
        return;
      }
      for (const k of Object.keys(e)) walk(path ? `${path}.${k}` : k, (e as Record<string, unknown>)[k], (g as Record<string, unknown>)[k]);
      return;
    }
    if (Array.isArray(e)) {
      if (!Array.isArray(g) || g.length !== e.length) {
        out.push({ field: path, expected: e, got: g });
        return;
      }
      e.forEach((x, i) => walk(`${path}[${i}]`, x, g[i]));
      return;
    }
    if (e !== g && !(typeof e === 'number' && typeof g === 'number' && Math.abs(e - g) < 1e-9)) out.push({ field: path, expected: e, got: g });
  };
  for (const k of Object.keys(expected)) walk(k, expected[k], got[k]);
  return out;
}
