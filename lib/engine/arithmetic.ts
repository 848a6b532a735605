/**
 * The attendance arithmetic every screen uses, once (issue 10, "one source of arithmetic"): display tenths,
 * PA/SA status, the band an exact rate falls in, whether a rounded figure misleads, recovery counts and the
 * recovery sentence, and how much history a status needs. Pure integers on attended/possible sessions, zero
 * imports: the engine, the background's badges and the page's live recompute all call these.
 */

/** PA and SA lines in attendance % (PA: a ≤ 90, SA: a ≤ 50; rules §2, R-PA / R-SA). */
export const NATIONAL_LINES: readonly number[] = [90, 50];

/**
 * A status word (PA, SA, a band), its colour and a next step need this many school days with marks this
 * academic year (DECISIONS.md 18). Below it a figure rests on too little to call anything persistent:
 * one O mark on a first visit is 0.0%, not severe absence.
 */
export const MIN_HISTORY_DAYS = 10;

export function earnsStatus(daysWithMarksThisYear: number): boolean {
  return daysWithMarksThisYear >= MIN_HISTORY_DAYS;
}

/** Attendance in tenths of a percent, half-up: 188/209 → 900 (89.952…). Null when possible = 0. */
export function attendanceTenths(attended: number, possible: number): number | null {
  if (possible <= 0) return null;
  return Math.floor((2 * attended * 1000 + possible) / (2 * possible));
}

/** "88.9": one decimal place, half-up; null when possible = 0. */
export function formatTenths(attended: number, possible: number): string | null {
  const t = attendanceTenths(attended, possible);
  return t === null ? null : `${Math.floor(t / 10)}.${t % 10}`;
}

/** PA/SA by the integer rules (R-PA: 10·absent ≥ possible; R-SA: 2·absent ≥ possible); SA is PA too. */
export function nationalStatus(attended: number, possible: number): 'SA' | 'PA' | null {
  if (possible <= 0) return null;
  const absent = possible - attended;
  if (2 * absent >= possible) return 'SA';
  if (10 * absent >= possible) return 'PA';
  return null;
}

/** A band's lower edge: a ≥ pct (inclusive) or a > pct; null = no lower bound. pct has ≤ 2 dp. */
export interface Edge {
  pct: number;
  inclusive: boolean;
}

/** Sign of a − pct exactly (a = attended/possible × 100). */
export function comparePct(attended: number, possible: number, pct: number): number {
  return Math.sign(attended * 10000 - Math.round(pct * 100) * possible);
}

function meets(edge: Edge, attended: number, possible: number): boolean {
  const c = comparePct(attended, possible, edge.pct);
  return edge.inclusive ? c >= 0 : c > 0;
}

/** Index of the first band (highest first, by lower edge) the exact rate meets; -1 when possible = 0 or none. */
export function bandIndex(edges: readonly (Edge | null)[], attended: number, possible: number): number {
  if (possible <= 0) return -1;
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i];
    if (e === null || e === undefined || meets(e, attended, possible)) return i;
  }
  return -1;
}

/**
 * The rounded figure could mislead about a line (the PA and SA lines, a band edge): the shown value and
 * the exact one fall on different sides of it or one of them sits on it and the other does not.
 * 188/209 = 89.95% shows "90.0%" and is PA; 181/201 = 90.05% shows "90.0%" and is not; with a band edge
 * of 92.25, 369/400 is exactly on it and shows 92.3%.
 */
export function roundingMisleads(attended: number, possible: number, lines: readonly number[]): boolean {
  const tenths = attendanceTenths(attended, possible);
  if (tenths === null) return false;
  for (const pct of lines) {
    const t = Math.round(pct * 100);
    if (Math.sign(tenths * 10 - t) !== Math.sign(attended * 10000 - t * possible)) return true;
  }
  return false;
}

/**
 * Two days of absence away from PA (at most 4 more absent sessions would make it), once there are four
 * weeks of possible sessions: a pupil with two marks at 100% is not "at risk" because one absence would tip them.
 */
export function nearPa(attended: number, possible: number): boolean {
  const c = recoveryCounts(attended, possible);
  return !!c && possible >= 40 && c.toLeavePa === 0 && c.toBecomePa <= 4;
}

export interface RecoveryCounts {
  absences: number;
  possible: number;
  /** Present sessions in a row that would take absence below 10% (0 when not PA). */
  toLeavePa: number;
  /** … below 50% (0 when not SA). */
  toLeaveSa: number;
  /** Absences in a row that would make the pupil PA (0 when PA already). */
  toBecomePa: number;
  /** … SA (0 when SA already). */
  toBecomeSa: number;
}

/**
 * After k present sessions absence is A/(P+k): below 10% ⟺ 10A < P + k; below 50% ⟺ 2A < P + k.
 * After k absences it is (A+k)/(P+k): PA ⟺ 10(A+k) ≥ P + k ⟺ 9k ≥ P − 10A; SA ⟺ k ≥ P − 2A.
 */
export function recoveryCounts(attended: number, possible: number): RecoveryCounts | null {
  if (possible <= 0) return null;
  const A = possible - attended;
  const P = possible;
  return {
    absences: A,
    possible: P,
    toLeavePa: Math.max(0, 10 * A - P + 1),
    toLeaveSa: Math.max(0, 2 * A - P + 1),
    toBecomePa: Math.max(0, Math.ceil((P - 10 * A) / 9)),
    toBecomeSa: Math.max(0, P - 2 * A),
  };
}

/** "1 session", "2 sessions". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The recovery sentence every screen shows. `sessionsLeft` (school sessions left this academic year) is
 * added when known; the page's live recompute does not know it and keeps the background's count.
 * Right at every size: one more absence at 1/1 makes 1/2 = 50%, severe absence, and says so.
 */
export function recoverySentence(c: RecoveryCounts, sessionsLeft: number | null): string {
  const needed = c.toLeaveSa > 0 ? c.toLeaveSa : c.toLeavePa;
  let left = '';
  if (sessionsLeft !== null) {
    left = `; ${plural(sessionsLeft, 'session')} ${sessionsLeft === 1 ? 'is' : 'are'} left this year`;
    if (needed > 0 && needed > sessionsLeft) left += ', so it cannot happen this year';
  }
  if (c.toLeaveSa > 0) return `${plural(c.toLeaveSa, 'present session')} in a row would bring absence below 50%, and ${c.toLeavePa} below 10%${left}.`;
  if (c.toLeavePa > 0) return `${plural(c.toLeavePa, 'present session')} in a row would bring absence below 10%${left}.`;
  // Not PA: name the worse status the first crossing reaches (one more absence at 1/1 makes 1/2 = 50%).
  const status = c.toBecomeSa <= c.toBecomePa ? 'severe absence (50% or more missed)' : 'persistent absence (10% or more missed)';
  return `${plural(c.toBecomePa, 'more absence')} in a row would make this ${status}${left}.`;
}
