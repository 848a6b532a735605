/**
 * `R-SUSP` / `D-SUSP`: suspension days (E sessions ÷ 2) in the academic year and per calendar term, against
 * the 45-day annual cap and the governors' meeting triggers (over 15 days in a term: must meet; over 5 and
 * at most 15: meet if parents ask). E on the 6th consecutive E day onward (school days that each have an E
 * session) means the sixth-day provision is missing.
 */
import { plural } from '../arithmetic';
import { MB } from '../codes';
import { formatShort, type IsoDate } from '../dates';
import { raise, type RuleContext } from '../rule-context';

export interface Suspension {
  eSessions: number;
  suspensionDays: number;
  day6BreachDates: IsoDate[];
  /** Days per term name, for terms with any E. */
  termDays: Record<string, number>;
  governorsMustMeet: boolean;
  governorsMeetIfParentsRequest: boolean;
  over45Days: boolean;
}

const NONE: Suspension = Object.freeze({
  eSessions: 0,
  suspensionDays: 0,
  day6BreachDates: Object.freeze([]) as unknown as IsoDate[],
  termDays: Object.freeze({}) as Record<string, number>,
  governorsMustMeet: false,
  governorsMeetIfParentsRequest: false,
  over45Days: false,
});

export function suspension(ctx: RuleContext): Suspension {
  const e = ctx.tally.E;
  if (e === 0) return NONE;
  const { view } = ctx;
  const terms = view.cal.terms;
  const termSessions = new Map<number, number>();
  const breaches: IsoDate[] = [];
  let streak = 0;
  for (let i = ctx.yLo; i <= ctx.yHi; i++) {
    const n = (view.bits[view.codes[2 * i]!]! & MB.E ? 1 : 0) + (view.bits[view.codes[2 * i + 1]!]! & MB.E ? 1 : 0);
    if (n === 0) {
      streak = 0;
      continue;
    }
    streak++;
    if (streak >= 6) breaches.push(view.dates[i]!);
    const t = view.term[i]!;
    termSessions.set(t, (termSessions.get(t) ?? 0) + n);
  }
  const termDays: Record<string, number> = {};
  let mustMeet = false;
  let ifRequested = false;
  for (const [t, s] of termSessions) {
    const days = s / 2;
    const name = terms[t]?.name ?? `term ${t + 1}`;
    termDays[name] = (termDays[name] ?? 0) + days;
    if (days > 15) mustMeet = true;
    else if (days > 5) ifRequested = true;
  }
  const result: Suspension = {
    eSessions: e,
    suspensionDays: e / 2,
    day6BreachDates: breaches,
    termDays,
    governorsMustMeet: mustMeet,
    governorsMeetIfParentsRequest: ifRequested,
    over45Days: e / 2 > 45,
  };
  const perTerm = Object.entries(termDays).map(([k, v]) => `${v} in ${k}`).join(', ');
  if (breaches.length) {
    raise(ctx, 'E_BEYOND_DAY_5', `Suspended (E) on ${plural(breaches.length, 'day')} beyond the 5th consecutive day, from ${formatShort(breaches[0]!)}: full-time provision is due from day 6, so E should not be used.`, {
      daysBeyond5: breaches.length,
      from: breaches[0]!,
    });
  }
  if (mustMeet) raise(ctx, 'SUSPENSION_GOVERNORS_MUST_MEET', `Suspended for more than 15 school days in a term (${perTerm}): governors must meet within 15 school days.`, { suspensionDays: e / 2 });
  if (ifRequested) raise(ctx, 'SUSPENSION_GOVERNORS_IF_REQUESTED', `Suspended for more than 5 school days in a term (${perTerm}): governors must meet within 50 school days if the parents make representations.`, { suspensionDays: e / 2 });
  if (result.over45Days) raise(ctx, 'SUSPENSION_OVER_45_DAYS', `Suspended for ${e / 2} school days this year: over the 45-day maximum.`, { suspensionDays: e / 2 });
  return result;
}
