/**
 * Live figures while a register is being taken: the background's badge is for the stored marks; an
 * on-screen edit (not yet saved in the MIS) replaces the stored code for that session, and the
 * attendance figures, PA/SA status and band are recomputed here, exactly, within one frame. Only the
 * year-to-date attendance is recomputed: time-window markers and reasons stay as of the last save,
 * which the details panel says.
 */
import { normaliseMark, type MarkCategory } from '../engine/codes';
import type { ViewMark } from '../readers/view';
import { NATIONAL_THRESHOLDS, formatAttendance, needsFraction } from './percent';
import type { BadgeStatus, PageSummary, PupilBadge } from './types';

/** One LA band as an exact condition on attendance a = attended / possible × 100. */
export interface BandRule {
  id: string;
  label: string;
  tone: 'good' | 'info' | 'warn' | 'severe';
  nextStep: string;
  /** a > pct, or a ≥ pct when inclusive; absent = no lower bound. */
  above?: { pct: number; inclusive: boolean };
  /** a < pct, or a ≤ pct when inclusive; absent = no upper bound. */
  below?: { pct: number; inclusive: boolean };
  /** A pupil in this band who is not PA/SA is "at-risk". */
  atRisk: boolean;
}

export interface LiveOptions {
  /** The date the badge's figures run to; edits dated after it are ignored, as the engine ignores them. */
  asOf?: string;
  /** The LA profile's bands; without them the stored band is kept. */
  bandRules?: readonly BandRule[];
}

/** Edited marks for one pupil, keyed like `onPageSessions` (`YYYY-MM-DD|AM`); the value is the raw code on screen. */
export type SessionEdits = Readonly<Record<string, string | null>>;

/** [counts in possible, counts as attended] per category (rules §2, R-POSS / R-ATT). */
function weight(category: MarkCategory): [number, number] {
  switch (category) {
    case 'present':
    case 'aea':
      return [1, 1];
    case 'authorised':
    case 'unauthorised':
      return [1, 0];
    case 'notPossible':
    case 'missing':
    case 'unknown':
    case 'notRecorded':
      return [0, 0];
  }
}

/** Sign of a − pct, exactly (a = attended/possible × 100; pct has at most two decimal places). */
function cmpPct(attended: number, possible: number, pct: number): number {
  return attended * 10000 - Math.round(pct * 100) * possible;
}

export function bandFor(attended: number, possible: number, rules: readonly BandRule[]): BandRule | null {
  if (possible <= 0) return null;
  for (const r of rules) {
    if (r.above) {
      const c = cmpPct(attended, possible, r.above.pct);
      if (r.above.inclusive ? c < 0 : c <= 0) continue;
    }
    if (r.below) {
      const c = cmpPct(attended, possible, r.below.pct);
      if (r.below.inclusive ? c > 0 : c >= 0) continue;
    }
    return r;
  }
  return null;
}

/**
 * "needs 14 present sessions in a row to be above 90%" for a PA/SA pupil; for any other pupil, how
 * many absences would make them PA. Integer arithmetic, the same boundaries as R-PA / R-SA.
 */
export function recoveryText(attended: number, possible: number): string | null {
  if (possible <= 0) return null;
  const absent = possible - attended;
  // Above 90% after k present sessions: 10·absent < possible + k.
  const toLeavePA = 10 * absent - possible + 1;
  const toLeaveSA = 2 * absent - possible + 1;
  const s = (n: number) => (n === 1 ? '' : 's');
  if (toLeaveSA > 0) {
    return `needs ${toLeaveSA} present session${s(toLeaveSA)} in a row to be above 50%, and ${toLeavePA} to be above 90%`;
  }
  if (toLeavePA > 0) return `needs ${toLeavePA} present session${s(toLeavePA)} in a row to be above 90%`;
  // PA after k more absences: 10·(absent + k) ≥ possible + k ⟺ 9k ≥ possible − 10·absent.
  const toPA = Math.max(1, Math.ceil((possible - 10 * absent) / 9));
  return `${toPA} more absence${s(toPA)} without a present session would make this persistent absence`;
}

/** PA/SA by the integer rules (R-PA: 10·absent ≥ possible; R-SA: 2·absent ≥ possible). */
export function nationalStatus(attended: number, possible: number): 'SA' | 'PA' | null {
  if (possible <= 0) return null;
  const absent = possible - attended;
  if (2 * absent >= possible) return 'SA';
  if (10 * absent >= possible) return 'PA';
  return null;
}

/**
 * The badge with on-screen edits applied. `base` is always the background's badge for stored marks,
 * and `edits` every unsaved mark currently on screen for this pupil, so reverting an edit restores
 * `base` exactly (the same object is returned when no edit changes anything).
 */
export function applyUnsavedMarks(base: PupilBadge, edits: SessionEdits, opts: LiveOptions = {}): PupilBadge {
  let dPossible = 0;
  let dAttended = 0;
  let changed = false;
  for (const key in edits) {
    const date = key.slice(0, 10);
    if (opts.asOf !== undefined && date > opts.asOf) continue;
    const edited = edits[key] ?? null;
    const stored = base.onPageSessions[key] ?? null;
    if (edited === stored) continue;
    const [pNew, aNew] = weight(normaliseMark(edited, date).category);
    const [pOld, aOld] = weight(normaliseMark(stored, date).category);
    dPossible += pNew - pOld;
    dAttended += aNew - aOld;
    changed = true;
  }
  if (!changed) return base;

  const attended = base.attendance.attended + dAttended;
  const possible = base.attendance.possible + dPossible;
  const national = nationalStatus(attended, possible);
  const rules = opts.bandRules;
  // Without the profile's rules the stored band is kept only while the national status is unchanged:
  // a "below expectation" band beside a PA status would contradict it.
  const band = rules ? bandFor(attended, possible, rules) : national === nationalStatus(base.attendance.attended, base.attendance.possible) ? base.band : null;
  let status: BadgeStatus;
  if (possible <= 0) status = 'no-data';
  else if (national) status = national;
  else if (rules) status = band && rules.find((r) => r.id === band.id)?.atRisk ? 'at-risk' : 'ok';
  // No band rules: a pupil who just left PA is at risk under every profile; otherwise keep the stored word.
  else if (base.status === 'PA' || base.status === 'SA') status = 'at-risk';
  else if (base.status === 'no-data') status = 'ok';
  else status = base.status;

  const thresholds = rules ? [...NATIONAL_THRESHOLDS, ...bandEdges(rules)] : NATIONAL_THRESHOLDS;
  return {
    ...base,
    status,
    attendance: {
      attended,
      possible,
      display: formatAttendance(attended, possible),
      showFraction: needsFraction(attended, possible, thresholds),
    },
    band: band ? { id: band.id, label: band.label, tone: band.tone, nextStep: band.nextStep } : null,
    recovery: recoveryText(attended, possible),
    includesUnsaved: true,
  };
}

function bandEdges(rules: readonly BandRule[]): number[] {
  const out: number[] = [];
  for (const r of rules) {
    if (r.above) out.push(r.above.pct);
    if (r.below) out.push(r.below.pct);
  }
  return out;
}

/** The unsaved marks of a RegisterView, grouped by pupil key then session key, ready for applyUnsavedMarks. */
export function unsavedEditsByPupil(marks: readonly ViewMark[]): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const m of marks) {
    if (m.saved) continue;
    let edits = out.get(m.pupil);
    if (!edits) out.set(m.pupil, (edits = {}));
    edits[`${m.date}|${m.session}`] = m.code;
  }
  return out;
}

const RETURN_MARKERS = new Set(['ATTENDANCE_RETURN', 'SICKNESS_RETURN']);

/** Which summary count a badge belongs to, for highlighting rows from the summary bar. */
export type SummaryFilter = keyof PageSummary['counts'];

export function matchesFilter(b: PupilBadge, f: SummaryFilter): boolean {
  switch (f) {
    case 'SA':
      return b.status === 'SA';
    case 'PA':
      return b.status === 'SA' || b.status === 'PA';
    case 'pnThreshold':
      return b.markers.some((m) => m.id === 'PN_THRESHOLD');
    case 'nOverdue':
      return b.markers.some((m) => m.id === 'N_OVERDUE');
    case 'returnsDue':
      return b.markers.some((m) => RETURN_MARKERS.has(m.id));
  }
}

const FILTERS: readonly SummaryFilter[] = ['SA', 'PA', 'pnThreshold', 'nOverdue', 'returnsDue'];

/** Counts for the page summary bar, by the same predicates the row highlighting uses. PA includes SA (rules §2). */
export function summaryFor(badges: readonly PupilBadge[], group: string | null): PageSummary {
  const counts = { SA: 0, PA: 0, pnThreshold: 0, nOverdue: 0, returnsDue: 0 };
  let provisional = 0;
  for (const b of badges) {
    for (const f of FILTERS) if (matchesFilter(b, f)) counts[f]++;
    if (b.provisional) provisional++;
  }
  return { group, counts, provisional };
}
