/**
 * `R-PN` / `D-PN`: 10 or more sessions of unauthorised absence within a rolling 10 school weeks, computed
 * twice: `national` ({G, N, O, U}; N sessions are provisional) and `excludingN` ({G, O, U}; Kent's evidential
 * basis). For each school day d up to "as of", the window runs from the Monday of the earliest of the 10 most
 * recent school weeks (weeks with no school day are skipped) to d. Not limited to the academic year.
 * Also `R-PN-ESCALATION`: at most two notices per parent per child in 3 years, when notices are recorded.
 */
import { MB } from '../codes';
import { addDays, addYears, formatShort, fromDayNumber, isIsoDate, weekdayOfDayNumber, type IsoDate } from '../dates';
import { raise, type RuleContext } from '../rule-context';
import type { Session } from '../types';

const NATIONAL = MB.UNAUTH; // G, N, O, U
const EXCLUDING_N = MB.G | MB.O | MB.U;
const THRESHOLD = 10;
const WEEKS = 10;

export interface CountedSession {
  date: IsoDate;
  session: Session;
  code: string;
}

export interface PnCount {
  met: boolean;
  /** The first school day on which the count reached 10. */
  metOn: IsoDate | null;
  maxInWindow: number;
  /** The window ending on `metOn` (or, when not met, the window holding the most sessions). */
  window: { start: IsoDate; end: IsoDate } | null;
  /** Sessions counted in that window, by code. */
  byCode: { G: number; N: number; O: number; U: number };
  /** The sessions counted in the window ending on `metOn` (only when met). */
  sessions: CountedSession[];
  /** C2 recorded in the window ending on `metOn` (Kent: no PN; `PN_C2_IN_THRESHOLD_WINDOW`). */
  c2InWindow: boolean;
}

export interface PnEscalation {
  /** Notices counted in the current 3-year period (not withdrawn, issued on or after 19 Aug 2024). */
  noticesInPeriod: number;
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  limitReached: boolean;
  next: 'first' | 'second' | 'none';
  nextAmount: string;
  ignored: { withdrawn: number; before2024Rules: number; invalidOrFuture: number };
}

export interface PnThreshold {
  national: PnCount;
  excludingN: PnCount;
  /** G sessions alone (Kent's leave route). */
  leaveOnly: { met: boolean; metOn: IsoDate | null; maxInWindow: number };
  escalation: PnEscalation | null;
}

/** Three sliding counts in one pass; returns the day indices where each first reached 10 and its max. */
function slide(ctx: RuleContext) {
  const { view, lo, hi } = ctx;
  const { bits, codes, week, weekFirst } = view;
  const count = (i: number, mask: number) => ((bits[codes[2 * i]!]! & mask) !== 0 ? 1 : 0) + ((bits[codes[2 * i + 1]!]! & mask) !== 0 ? 1 : 0);
  let tail = lo;
  let sN = 0, sX = 0, sG = 0;
  let metN = -1, metX = -1, metG = -1;
  let maxN = 0, maxX = 0, maxG = 0;
  let maxNAt = -1, maxXAt = -1;
  for (let i = lo; i <= hi; i++) {
    const ba = bits[codes[2 * i]!]!;
    const bp = bits[codes[2 * i + 1]!]!;
    if ((ba | bp) & NATIONAL) {
      sN += ((ba & NATIONAL) !== 0 ? 1 : 0) + ((bp & NATIONAL) !== 0 ? 1 : 0);
      sX += ((ba & EXCLUDING_N) !== 0 ? 1 : 0) + ((bp & EXCLUDING_N) !== 0 ? 1 : 0);
      sG += ((ba & MB.G) !== 0 ? 1 : 0) + ((bp & MB.G) !== 0 ? 1 : 0);
    }
    const w = week[i]! - (WEEKS - 1);
    const ws = weekFirst[w < 0 ? 0 : w]!;
    while (tail < ws) {
      if (sN > 0) {
        sN -= count(tail, NATIONAL);
        sX -= count(tail, EXCLUDING_N);
        sG -= count(tail, MB.G);
      }
      tail++;
    }
    if (sN > maxN) {
      maxN = sN;
      maxNAt = i;
      if (metN < 0 && sN >= THRESHOLD) metN = i;
    }
    if (sX > maxX) {
      maxX = sX;
      maxXAt = i;
      if (metX < 0 && sX >= THRESHOLD) metX = i;
    }
    if (sG > maxG) {
      maxG = sG;
      if (metG < 0 && sG >= THRESHOLD) metG = i;
    }
  }
  return { metN, metX, metG, maxN, maxX, maxG, maxNAt, maxXAt };
}

function windowStart(ctx: RuleContext, i: number): number {
  const w = ctx.view.week[i]! - (WEEKS - 1);
  return ctx.view.weekFirst[w < 0 ? 0 : w]!;
}

/** The Monday of the week holding view day i: where the rule says a window starts. */
function mondayOfDay(ctx: RuleContext, i: number): IsoDate {
  const dn = ctx.view.dayNumbers[i]!;
  return fromDayNumber(dn - (weekdayOfDayNumber(dn) - 1));
}

const EMPTY_BY_CODE = Object.freeze({ G: 0, N: 0, O: 0, U: 0 });

function describe(ctx: RuleContext, metAt: number, max: number, maxAt: number, mask: number): PnCount {
  const { view } = ctx;
  if (metAt < 0) {
    return {
      met: false,
      metOn: null,
      maxInWindow: max,
      window: maxAt >= 0 ? { start: mondayOfDay(ctx, windowStart(ctx, maxAt)), end: view.dates[maxAt]! } : null,
      byCode: EMPTY_BY_CODE,
      sessions: [],
      c2InWindow: false,
    };
  }
  const ws = windowStart(ctx, metAt);
  const byCode = { G: 0, N: 0, O: 0, U: 0 };
  const sessions: CountedSession[] = [];
  let c2 = false;
  for (let i = Math.max(ws, ctx.lo); i <= metAt; i++) {
    for (let s = 0; s < 2; s++) {
      const id = view.codes[2 * i + s]!;
      const b = view.bits[id]!;
      if (b & MB.C2) c2 = true;
      if (!(b & mask)) continue;
      const code = b & MB.G ? 'G' : b & MB.N ? 'N' : b & MB.O ? 'O' : 'U';
      byCode[code]++;
      sessions.push({ date: view.dates[i]!, session: s === 0 ? 'AM' : 'PM', code });
    }
  }
  return { met: true, metOn: view.dates[metAt]!, maxInWindow: max, window: { start: mondayOfDay(ctx, ws), end: view.dates[metAt]! }, byCode, sessions, c2InWindow: c2 };
}

/**
 * Decisions (rules §3.4 leaves them open): the 3-year period starts at the first counted notice and runs
 * 3 calendar years (Kent says "3 school years"); notices issued before 19 Aug 2024 and withdrawn notices
 * do not count; a new period starts with the first notice after a period ends.
 */
export function pnEscalation(notices: readonly { issuedOn: IsoDate; withdrawn?: boolean }[] | undefined, asOf: IsoDate): PnEscalation | null {
  if (!notices || notices.length === 0) return null;
  const ignored = { withdrawn: 0, before2024Rules: 0, invalidOrFuture: 0 };
  const dates: IsoDate[] = [];
  for (const n of notices) {
    if (!isIsoDate(n.issuedOn) || n.issuedOn > asOf) ignored.invalidOrFuture++;
    else if (n.withdrawn) ignored.withdrawn++;
    else if (n.issuedOn < '2024-08-19') ignored.before2024Rules++;
    else dates.push(n.issuedOn);
  }
  dates.sort();
  let start: IsoDate | null = null;
  let end: IsoDate | null = null;
  let count = 0;
  for (const d of dates) {
    if (start === null || d > end!) {
      start = d;
      end = addDays(addYears(d, 3), -1);
      count = 1;
    } else count++;
  }
  const current = start !== null && asOf <= end!;
  const inPeriod = current ? count : 0;
  const next = inPeriod === 0 ? 'first' : inPeriod === 1 ? 'second' : 'none';
  return {
    noticesInPeriod: inPeriod,
    periodStart: current ? start : null,
    periodEnd: current ? end : null,
    limitReached: inPeriod >= 2,
    next,
    nextAmount: next === 'first' ? '£160, reduced to £80 if paid within 21 days' : next === 'second' ? '£160 (no reduction)' : 'No further notice can be issued in this period: consider other tools (prosecution, attendance contract, ESO).',
    ignored,
  };
}

export function pnThreshold(ctx: RuleContext): PnThreshold | null {
  if (!ctx.csa) return null;
  const r = slide(ctx);
  const national = describe(ctx, r.metN, r.maxN, r.maxNAt, NATIONAL);
  const excludingN = describe(ctx, r.metX, r.maxX, r.maxXAt, EXCLUDING_N);
  const escalation = pnEscalation(ctx.context.penaltyNotices, ctx.asOf);

  if (national.met) {
    const n = national.byCode.N;
    raise(
      ctx,
      'PN_THRESHOLD_MET',
      `Penalty-notice threshold met on ${formatShort(national.metOn!)}: ${national.sessions.length} unauthorised sessions (G ${national.byCode.G}, N ${n}, O ${national.byCode.O}, U ${national.byCode.U}) between ${formatShort(national.window!.start)} and ${formatShort(national.metOn!)}, within 10 school weeks${n ? `; ${n} are N (reason not yet known), so this is provisional` : ''}. The school must consider a notice; it is not automatic.`,
      { metOn: national.metOn, sessions: national.sessions.length, maxInWindow: national.maxInWindow, provisionalN: n },
    );
  }
  if (excludingN.met) {
    raise(ctx, 'PN_THRESHOLD_MET_EXCLUDING_N', `Threshold met on ${formatShort(excludingN.metOn!)} counting G, O and U only (Kent’s evidential basis): ${excludingN.sessions.length} sessions from ${formatShort(excludingN.window!.start)}.`, {
      metOn: excludingN.metOn,
      sessions: excludingN.sessions.length,
    });
  }
  if ((national.met && national.c2InWindow) || (excludingN.met && excludingN.c2InWindow)) {
    raise(ctx, 'PN_C2_IN_THRESHOLD_WINDOW', 'A part-time timetable (C2) is recorded in the threshold period, so Kent will not accept a penalty-notice request.', {});
  }
  if (escalation?.limitReached) {
    raise(ctx, 'PN_LIMIT_REACHED', `Two penalty notices already issued since ${formatShort(escalation.periodStart!)}: no third notice can be issued before ${formatShort(escalation.periodEnd!)}.`, {
      noticesInPeriod: escalation.noticesInPeriod,
    });
  }
  return {
    national,
    excludingN,
    leaveOnly: { met: r.metG >= 0, metOn: r.metG >= 0 ? ctx.view.dates[r.metG]! : null, maxInWindow: r.maxG },
    escalation,
  };
}
