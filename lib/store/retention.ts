import { academicYearOf } from '../engine/calendar';
import type { PupilRow, RetentionSettingsRow } from './rows';

/**
 * Retention rules and what they would remove. Pure: the date is passed in. The dashboard shows the plan;
 * the background applies it daily when the user has switched the rules on (retention-io.ts).
 */
export type RetentionRules = Pick<RetentionSettingsRow, 'leftMonths' | 'markYears'>;

/**
 * Fewer than 2 academic years of marks is refused: the penalty-notice threshold counts 10 school weeks
 * back and may span the summer holiday, so last year's summer term must survive into the new year.
 */
export const MIN_MARK_YEARS = 2;
/**
 * On by default (storage limitation, privacy by default): a pupil's records go 12 months after their
 * leaving date, and marks older than this academic year and the last are removed. The MIS keeps the
 * statutory register (3 years); this is a working copy, kept as long as the work needs it — the
 * penalty-notice window spans the summer, and a leaver's chronology may be asked for in the year
 * after they leave. A school can change or switch off both in "Your data". See README "Retention".
 */
export const DEFAULT_RETENTION: RetentionSettingsRow = { key: 'retention', enabled: 1, leftMonths: 12, markYears: MIN_MARK_YEARS };

export function rulesProblem(r: RetentionRules): string | null {
  if (r.markYears !== null && (!Number.isInteger(r.markYears) || r.markYears < MIN_MARK_YEARS)) {
    return `keep at least ${MIN_MARK_YEARS} academic years of marks (penalty-notice windows can span the summer holiday)`;
  }
  if (r.leftMonths !== null && (!Number.isInteger(r.leftMonths) || r.leftMonths < 1)) return 'months after leaving must be a whole number, 1 or more';
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');
function minusMonths(d: string, n: number): string {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7)) - 1 - n;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  const leap = (yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0;
  const last = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm]!;
  return `${yy}-${pad(mm + 1)}-${pad(Math.min(Number(d.slice(8, 10)), last))}`;
}

export interface RetentionCutoffs {
  /** Pupils whose leaving date is before this day are removed (with everything of theirs). */
  leftBefore: string | null;
  /** Marks (and their revisions) dated before this day are removed: 1 August, N−1 years before this year's. */
  marksBefore: string | null;
}

export function retentionCutoffs(r: RetentionRules, today: string): RetentionCutoffs {
  const startYear = Number(academicYearOf(today).start.slice(0, 4));
  return {
    leftBefore: r.leftMonths === null ? null : minusMonths(today, r.leftMonths),
    marksBefore: r.markYears === null ? null : `${startYear - (r.markYears - 1)}-08-01`,
  };
}

export function leaversToRemove<P extends Pick<PupilRow, 'id' | 'leavingDate'>>(pupils: readonly P[], c: RetentionCutoffs): P[] {
  const before = c.leftBefore;
  return before === null ? [] : pupils.filter((p) => p.leavingDate !== undefined && p.leavingDate < before);
}

export interface RetentionPlan extends RetentionCutoffs {
  today: string;
  pupils: { id: string; name: string; leavingDate: string }[];
  counts: { pupils: number; marks: number; revisions: number; actions: number; prefillAudit: number };
}

/** One plain sentence for the dashboard and the options page. */
export function describePlan(p: RetentionPlan): string {
  const parts: string[] = [];
  if (p.counts.pupils) parts.push(`${p.counts.pupils} pupil${p.counts.pupils === 1 ? '' : 's'} who left before ${p.leftBefore}, with their records`);
  if (p.counts.marks) parts.push(`${p.counts.marks} mark${p.counts.marks === 1 ? '' : 's'}${p.marksBefore ? ` (including all dated before ${p.marksBefore})` : ''}`);
  if (p.counts.actions) parts.push(`${p.counts.actions} logged action${p.counts.actions === 1 ? '' : 's'}`);
  return parts.length ? `Would remove ${parts.join('; ')}.` : 'Nothing to remove.';
}
