/**
 * `R-C2`: a part-time timetable (C2 = authorised absence, counted in possible sessions, so it lowers the
 * rate). Flag `PART_TIME_TIMETABLE` when any C2 is in the year's scope. Its effect on penalty notices
 * (`PN_C2_IN_THRESHOLD_WINDOW`) is raised by the PN threshold rule, which knows the window.
 */
import { plural } from '../arithmetic';
import { MB } from '../codes';
import { formatShort, type IsoDate } from '../dates';
import { raise, type RuleContext } from '../rule-context';

export interface PartTime {
  c2Sessions: number;
  first: IsoDate | null;
  last: IsoDate | null;
}

export function partTime(ctx: RuleContext): PartTime {
  const n = ctx.tally.C2;
  if (n === 0) return { c2Sessions: 0, first: null, last: null };
  const { view } = ctx;
  let first = -1;
  let last = -1;
  for (let i = ctx.yLo; i <= ctx.yHi; i++) {
    if ((view.bits[view.codes[2 * i]!]! | view.bits[view.codes[2 * i + 1]!]!) & MB.C2) {
      if (first < 0) first = i;
      last = i;
    }
  }
  const result = { c2Sessions: n, first: view.dates[first]!, last: view.dates[last]! };
  raise(ctx, 'PART_TIME_TIMETABLE', `On a part-time timetable: ${plural(n, 'C2 session')} from ${formatShort(result.first)} to ${formatShort(result.last)}. C2 counts as authorised absence and lowers attendance; it must be temporary and reviewed, and legal action cannot be pursued while it applies.`, {
    c2Sessions: n,
  });
  return result;
}
