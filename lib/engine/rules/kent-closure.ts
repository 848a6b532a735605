/**
 * `R-KENT-CLOSE`: Kent closes a statutory attendance referral when the most recent 20 school days (up to
 * and including "as of") hold no unauthorised absence. Eligible only when there are 20 such days.
 */
import { MB } from '../codes';
import { formatShort, type IsoDate } from '../dates';
import { raise, type RuleContext } from '../rule-context';

export const KENT_CLOSURE_SCHOOL_DAYS = 20;

export interface KentClosure {
  eligible: boolean;
  windowStart: IsoDate | null;
  windowEnd: IsoDate | null;
  unauthorisedInWindow: number;
  /** Days in the window with no mark at all: the register may not be complete there. */
  unrecordedDays: number;
}

export function kentClosure(ctx: RuleContext): KentClosure {
  const { view, hi } = ctx;
  const start = hi - (KENT_CLOSURE_SCHOOL_DAYS - 1);
  if (start < 0) return { eligible: false, windowStart: null, windowEnd: hi >= 0 ? view.dates[hi]! : null, unauthorisedInWindow: 0, unrecordedDays: 0 };
  let unauth = 0;
  let unrecorded = 0;
  for (let i = start; i <= hi; i++) {
    const a = view.codes[2 * i]!;
    const p = view.codes[2 * i + 1]!;
    if ((a | p) === 0) unrecorded++;
    if (view.bits[a]! & MB.UNAUTH) unauth++;
    if (view.bits[p]! & MB.UNAUTH) unauth++;
  }
  const result = { eligible: unauth === 0, windowStart: view.dates[start]!, windowEnd: view.dates[hi]!, unauthorisedInWindow: unauth, unrecordedDays: unrecorded };
  // Worth saying only where a referral could be open: some unauthorised absence earlier on the register.
  if (result.eligible && ctx.tally.figures.counts.unauthorised > 0) {
    raise(ctx, 'KENT_CLOSURE_ELIGIBLE', `No unauthorised absence in the last 20 school days (${formatShort(result.windowStart)} – ${formatShort(result.windowEnd)}): Kent would close a statutory attendance referral${unrecorded ? ` (but ${unrecorded} of those days have no marks yet)` : ''}.`, {
      windowStart: result.windowStart,
      unrecordedDays: unrecorded,
    });
  }
  return result;
}
