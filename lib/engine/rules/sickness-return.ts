/**
 * `R-SICK` / `D-SICK-DAYS`: a sickness return when the register shows code I for 15 consecutive school days
 * (a `D-RUN` run with the set {I}; Kent: notify without delay), or 30 I sessions (15 days, half-days as
 * halves) in the academic year (Kent: within the first 10 school days of the next term).
 */
import { MB } from '../codes';
import { dueText, formatShort, type IsoDate } from '../dates';
import { raise, type RuleContext } from '../rule-context';
import { walkRuns } from '../runs';
import { nthDayOfNextTerm } from '../timeline';

export const SICK_CONSECUTIVE_DAYS = 15;
export const SICK_CUMULATIVE_SESSIONS = 30;

export interface SicknessReturn {
  consecutive: { met: boolean; metOn: IsoDate | null; runStart: IsoDate | null; longestRun: number };
  cumulative: { met: boolean; metOn: IsoDate | null; illnessSessions: number; illnessDays: number; kentDueBy: IsoDate | null };
}

export function sicknessReturn(ctx: RuleContext): SicknessReturn | null {
  if (!ctx.csa) return null;
  const { view } = ctx;
  const walk = walkRuns(view, ctx.lo, ctx.hi, MB.I, SICK_CONSECUTIVE_DAYS);
  const run = walk.reached[0];
  const sessions = ctx.tally.I;
  let metAt = -1;
  if (sessions >= SICK_CUMULATIVE_SESSIONS) {
    let c = 0;
    for (let i = ctx.yLo; i <= ctx.yHi && metAt < 0; i++) {
      for (let s = 0; s < 2; s++) if (view.bits[view.codes[2 * i + s]!]! & MB.I && ++c === SICK_CUMULATIVE_SESSIONS) metAt = i;
    }
  }
  const result: SicknessReturn = {
    consecutive: { met: run !== undefined, metOn: run ? view.dates[run.reachedOn]! : null, runStart: run ? view.dates[run.start]! : null, longestRun: walk.longest },
    cumulative: {
      met: metAt >= 0,
      metOn: metAt >= 0 ? view.dates[metAt]! : null,
      illnessSessions: sessions,
      illnessDays: sessions / 2,
      kentDueBy: metAt >= 0 ? nthDayOfNextTerm(view, metAt, 10) : null,
    },
  };
  if (run) {
    raise(ctx, 'SICKNESS_RETURN_CONSECUTIVE', `Ill (code I) for 15 school days in a row from ${formatShort(result.consecutive.runStart!)} to ${formatShort(result.consecutive.metOn!)}: a sickness return is due; Kent asks for it without delay.`, {
      metOn: result.consecutive.metOn,
    });
  }
  if (metAt >= 0) {
    const c = result.cumulative;
    raise(ctx, 'SICKNESS_RETURN_CUMULATIVE', `${c.illnessDays} days of illness (${c.illnessSessions} I sessions) this school year, 15 days reached on ${formatShort(c.metOn!)}: a sickness return is due${c.kentDueBy ? ` (Kent: ${dueText(c.kentDueBy, ctx.asOf)})` : ''}.`, {
      illnessSessions: c.illnessSessions,
      metOn: c.metOn,
      kentDueBy: c.kentDueBy,
    });
  }
  return result;
}
