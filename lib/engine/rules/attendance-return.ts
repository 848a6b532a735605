/**
 * `R-RETURNS` / `D-RUN`: a compulsory-school-age pupil continuously absent for 10+ school days with G, N, O
 * or U (every possible session of each day in that set; days with no possible session neither count nor
 * break the run; holidays do not break it). Kent wants the return within the first 10 school days of the
 * next term; other LAs may ask monthly.
 */
import { MB } from '../codes';
import { dueText, formatShort, type IsoDate } from '../dates';
import { raise, type RuleContext } from '../rule-context';
import { walkRuns } from '../runs';
import { nthDayOfNextTerm } from '../timeline';

export const RETURN_RUN_DAYS = 10;

export interface QualifyingRun {
  start: IsoDate;
  qualifiedOn: IsoDate;
  end: IsoDate;
  days: number;
  kentReturnDueBy: IsoDate | null;
}

export interface AttendanceReturn {
  qualifies: boolean;
  qualifiedOn: IsoDate | null;
  longestRun: number;
  kentReturnDueBy: IsoDate | null;
  /** Every run that reached 10 days (one return each). */
  runs: QualifyingRun[];
}

export function attendanceReturn(ctx: RuleContext): AttendanceReturn | null {
  if (!ctx.csa) return null;
  const { view } = ctx;
  const walk = walkRuns(view, ctx.lo, ctx.hi, MB.UNAUTH, RETURN_RUN_DAYS);
  const runs = walk.reached.map((r) => ({
    start: view.dates[r.start]!,
    qualifiedOn: view.dates[r.reachedOn]!,
    end: view.dates[r.end]!,
    days: r.length,
    kentReturnDueBy: nthDayOfNextTerm(view, r.reachedOn, 10),
  }));
  const first = runs[0];
  if (first) {
    raise(
      ctx,
      'ATTENDANCE_RETURN_DUE',
      `Absent with unauthorised codes (G, N, O, U) for ${first.days} school days in a row from ${formatShort(first.start)}, 10 reached on ${formatShort(first.qualifiedOn)}: an attendance return to the local authority is due${first.kentReturnDueBy ? ` (Kent: ${dueText(first.kentReturnDueBy, ctx.asOf)}, the 10th school day of next term; other LAs may ask monthly)` : ''}.`,
      { qualifiedOn: first.qualifiedOn, days: first.days, kentReturnDueBy: first.kentReturnDueBy },
    );
  }
  return {
    qualifies: first !== undefined,
    qualifiedOn: first?.qualifiedOn ?? null,
    longestRun: walk.longest,
    kentReturnDueBy: first?.kentReturnDueBy ?? null,
    runs,
  };
}
