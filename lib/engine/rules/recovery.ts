/**
 * Recovery arithmetic over the year to date (A absences of P possible sessions): present sessions in a row
 * needed to stop being PA, max(0, 10A − P + 1); further absences that would make a non-PA pupil PA,
 * ceil((P − 10A) / 9). Each is compared with the school sessions left in the academic year.
 */
import { type IsoDate } from '../dates';
import type { RuleContext } from '../rule-context';
import { viewDayOnOrBefore } from '../timeline';

export interface Recovery {
  absences: number;
  possible: number;
  /** Consecutive present sessions needed to stop being PA (0 when not PA). */
  presentSessionsToLeavePa: number;
  /** Further absences that would make the pupil PA (0 when already PA). */
  absencesToBecomePa: number;
  /** School sessions left in the academic year after "as of", by the calendar (and before leaving). */
  sessionsLeftInYear: number;
  /** Whether leaving PA is still possible this year. */
  canLeavePaThisYear: boolean;
  /** The calendar does not reach the end of the academic year, so `sessionsLeftInYear` is a floor. */
  calendarEndsEarly: boolean;
  text: string;
}

export function recovery(ctx: RuleContext, leavingDate: IsoDate | undefined): Recovery | null {
  const f = ctx.tally.figures;
  const P = f.possibleSessions;
  if (P === 0) return null;
  const A = f.counts.authorised + f.counts.unauthorised;
  const { view } = ctx;
  const end = leavingDate && leavingDate < ctx.yearEnd ? leavingDate : ctx.yearEnd;
  const lastDay = viewDayOnOrBefore(view, end);
  const asOfDay = viewDayOnOrBefore(view, ctx.asOf);
  const left = 2 * Math.max(0, lastDay - asOfDay);
  const toLeave = Math.max(0, 10 * A - P + 1);
  const toBecome = Math.max(0, Math.ceil((P - 10 * A) / 9));
  const calendarEndsEarly = (view.n === 0 ? '' : view.dates[view.n - 1]!) < end && !(leavingDate && leavingDate < ctx.yearEnd);
  const text =
    toLeave > 0
      ? `${toLeave} present session(s) in a row would bring absence below 10%; ${left} session(s) are left this year${toLeave > left ? ', so it cannot happen this year' : ''}.`
      : `${toBecome} more absence(s) would make this persistent absence (${left} session(s) left this year).`;
  return { absences: A, possible: P, presentSessionsToLeavePa: toLeave, absencesToBecomePa: toBecome, sessionsLeftInYear: left, canLeavePaThisYear: toLeave <= left, calendarEndsEarly, text };
}
