/**
 * `R-PA`, `R-SA`, `D-EMPTY`: persistent absence (10% or more of possible sessions missed) and severe
 * absence (50% or more), on the exact counts; SA pupils are PA too. No possible sessions: no rates, no flags.
 */
import { raise, sinceText, type RuleContext } from '../rule-context';

export interface PaSa {
  persistentAbsence: boolean;
  severeAbsence: boolean;
}

export function paSa(ctx: RuleContext): PaSa {
  const f = ctx.tally.figures;
  const possible = f.possibleSessions;
  if (possible === 0) {
    raise(ctx, 'NO_POSSIBLE_SESSIONS', 'No possible sessions in this academic year yet, so there are no rates, bands or absence flags.', { possibleSessions: 0 });
    return { persistentAbsence: false, severeAbsence: false };
  }
  const attended = f.counts.present + f.counts.aea;
  const absent = f.counts.authorised + f.counts.unauthorised;
  const numbers = { attended, absent, possible, attendancePct: f.attendance!.pct };
  const head = `${f.attendance!.text} (${attended} of ${possible} possible sessions ${sinceText(ctx)})`;
  if (f.severeAbsence) {
    raise(ctx, 'SEVERE_ABSENCE', `${head}: ${absent} sessions missed, 50% or more, severe absence.`, numbers);
  }
  if (f.persistentAbsence) {
    raise(ctx, 'PERSISTENT_ABSENCE', `${head}: ${absent} sessions missed, 10% or more (90% or below), persistent absence.`, numbers);
  }
  return { persistentAbsence: f.persistentAbsence, severeAbsence: f.severeAbsence };
}
