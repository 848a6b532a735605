/**
 * Recovery arithmetic over the year to date (A absences of P possible sessions): present sessions in a row
 * needed to stop being PA, max(0, 10A − P + 1); further absences that would make a non-PA pupil PA,
 * ceil((P − 10A) / 9). Each is compared with the school sessions left in the academic year.
 */
import { recoveryCounts, recoverySentence } from '../arithmetic';
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
  const c = recoveryCounts(f.counts.present + f.counts.aea, P);
  if (!c) return null;
  const { view } = ctx;
  const end = leavingDate && leavingDate < ctx.yearEnd ? leavingDate : ctx.yearEnd;
  const lastDay = viewDayOnOrBefore(view, end);
  const asOfDay = viewDayOnOrBefore(view, ctx.asOf);
  const left = 2 * Math.max(0, lastDay - asOfDay);
  const calendarEndsEarly = (view.n === 0 ? '' : view.dates[view.n - 1]!) < end && !(leavingDate && leavingDate < ctx.yearEnd);
  return {
    absences: c.absences,
    possible: P,
    presentSessionsToLeavePa: c.toLeavePa,
    absencesToBecomePa: c.toBecomePa,
    sessionsLeftInYear: left,
    canLeavePaThisYear: c.toLeavePa <= left,
    calendarEndsEarly,
    text: recoverySentence(c, left),
  };
}
