/**
 * Live figures while a register is being taken: the background's badge is for the stored marks; an
 * on-screen edit (not yet saved in the MIS) replaces the stored code for that session, and the
 * attendance figures, PA/SA status, band and recovery sentence are recomputed here within one frame,
 * by the engine's own arithmetic (engine/arithmetic.ts). Only the year-to-date attendance is
 * recomputed: reasons and time-window markers stay as the background gave them (`reasonsBeforeEdits`), which the details panel says.
 */
import { normaliseMark, type MarkCategory } from '../engine/codes';
import { NATIONAL_LINES, bandIndex, nearPa, formatTenths, nationalStatus, recoveryCounts, recoverySentence, roundingMisleads } from '../engine/arithmetic';
import type { BadgeStatus, BandRule, PupilBadge } from '../pupil/badge';

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

/** The band an exact rate falls in: the engine's test on the bands' lower edges (contiguous, highest first). */
export function bandFor(attended: number, possible: number, rules: readonly BandRule[]): BandRule | null {
  const i = bandIndex(rules.map((r) => r.above ?? null), attended, possible);
  return i < 0 ? null : rules[i]!;
}

/** The engine's recovery sentence for these counts (`sessionsLeft` from the background's badge, when it sent one). */
export function recoveryText(attended: number, possible: number, sessionsLeft: number | null = null): string | null {
  const c = recoveryCounts(attended, possible);
  return c ? recoverySentence(c, sessionsLeft) : null;
}

export { nationalStatus };

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
  // Too little history for a status: the fraction changes, the word and colour stay neutral.
  const building = base.status === 'building';
  const national = building ? null : nationalStatus(attended, possible);
  const rules = opts.bandRules;
  // Without the profile's rules the stored band is kept only while the national status is unchanged:
  // a "below expectation" band beside a PA status would contradict it.
  const band = building ? null : rules ? bandFor(attended, possible, rules) : national === nationalStatus(base.attendance.attended, base.attendance.possible) ? base.band : null;
  let status: BadgeStatus;
  if (possible <= 0) status = 'no-data';
  else if (building) status = 'building';
  else if (national) status = national;
  else if (rules) status = (band && rules.find((r) => r.id === band.id)?.atRisk) || nearPa(attended, possible) ? 'at-risk' : 'ok';
  // No band rules: a pupil who just left PA is at risk under every profile; otherwise keep the stored word.
  else if (base.status === 'PA' || base.status === 'SA') status = 'at-risk';
  else if (base.status === 'no-data') status = 'ok';
  else status = base.status;

  const lines = rules ? [...NATIONAL_LINES, ...bandEdges(rules)] : NATIONAL_LINES;
  return {
    ...base,
    status,
    attendance: {
      attended,
      possible,
      display: formatTenths(attended, possible),
      showFraction: roundingMisleads(attended, possible, lines),
    },
    band: band ? { id: band.id, label: band.label, tone: band.tone, nextStep: band.nextStep } : null,
    recovery: building ? null : recoveryText(attended, possible, base.sessionsLeft ?? null),
    includesUnsaved: true,
    reasonsBeforeEdits: true,
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
