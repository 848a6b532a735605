/**
 * `R-CME` / `D-CME`: a child possibly missing education. The ongoing `D-RUN` run of G, N, O (U breaks it:
 * the pupil came in) still going at "as of"; the last day of physical attendance (present, AEA or U); Kent's
 * CME referral within 10 school days of that day; and the time condition of deletion ground 1(i), 20 school
 * days of the run (the other conditions need enquiries). Computed for every pupil.
 */
import { MB } from '../codes';
import { plural } from '../arithmetic';
import { dueText, formatShort, type IsoDate } from '../dates';
import { raise, type RuleContext } from '../rule-context';
import { ongoingRun } from '../runs';
import { viewDayAfter } from '../timeline';

export const CME_SET = MB.G | MB.N | MB.O;
export const CME_REFERRAL_SCHOOL_DAYS = 10;
export const DELETION_1I_SCHOOL_DAYS = 20;

export interface Cme {
  ongoingRunDays: number;
  runStart: IsoDate | null;
  lastAttended: IsoDate | null;
  kentReferralDueBy: IsoDate | null;
  deletionGround1iTimeMetOn: IsoDate | null;
}

export function cme(ctx: RuleContext): Cme {
  const { view, lo, hi } = ctx;
  let last = -1;
  for (let i = hi; i >= lo; i--) {
    if ((view.bits[view.codes[2 * i]!]! | view.bits[view.codes[2 * i + 1]!]!) & MB.PHYSICAL) {
      last = i;
      break;
    }
  }
  const run = ongoingRun(view, lo, hi, CME_SET);
  const lastAttended = last >= 0 ? view.dates[last]! : null;
  const result: Cme = {
    ongoingRunDays: run?.length ?? 0,
    runStart: run ? view.dates[run.start]! : null,
    lastAttended,
    kentReferralDueBy: run && last >= 0 ? viewDayAfter(view, last, CME_REFERRAL_SCHOOL_DAYS) : null,
    deletionGround1iTimeMetOn: run && run.length >= DELETION_1I_SCHOOL_DAYS ? view.dates[run.days[DELETION_1I_SCHOOL_DAYS - 1]!]! : null,
  };
  if (run) {
    raise(
      ctx,
      'CME_RUN_ONGOING',
      `Absent (G, N or O) for ${plural(run.length, 'school day')} in a row since ${formatShort(result.runStart!)}; ${lastAttended ? `last attended ${formatShort(lastAttended)}` : 'no attendance in the marks held so far'}.${result.kentReferralDueBy ? ` If the school may delete under 1(g)–(i), Kent’s children-missing-education (CME) referral is ${dueText(result.kentReferralDueBy, ctx.asOf)}.` : ''}`,
      { ongoingRunDays: run.length, runStart: result.runStart, lastAttended, kentReferralDueBy: result.kentReferralDueBy },
    );
  }
  if (result.deletionGround1iTimeMetOn) {
    raise(ctx, 'CME_DELETION_TIME_MET', `Continuously absent for 20 school days on ${formatShort(result.deletionGround1iTimeMetOn)}: the time condition of deletion ground 1(i) is met. The other conditions need joint enquiries with the LA.`, {
      metOn: result.deletionGround1iTimeMetOn,
    });
  }
  return result;
}
