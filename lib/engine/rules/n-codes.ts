/**
 * `R-N` / `D-N`: an N (reason not yet established) must be resolved within 5 school days. `resolveBy` is
 * the 5th school day after the N's date; it is overdue when "as of" is after that day (due, not overdue, on it).
 */
import { MB } from '../codes';
import { dueText, formatShort, type IsoDate } from '../dates';
import { raise, type RuleContext } from '../rule-context';
import { viewDayAfter } from '../timeline';
import type { Session } from '../types';

export const N_RESOLVE_SCHOOL_DAYS = 5;

export interface NCode {
  date: IsoDate;
  session: Session;
  resolveBy: IsoDate | null;
  overdue: boolean;
}

export function nCodes(ctx: RuleContext): NCode[] {
  const { view, lo, hi, asOf } = ctx;
  const { bits, codes } = view;
  let out: NCode[] | null = null;
  let overdue = 0;
  for (let i = lo; i <= hi; i++) {
    const a = bits[codes[2 * i]!]! & MB.N;
    const p = bits[codes[2 * i + 1]!]! & MB.N;
    if (!(a | p)) continue;
    const resolveBy = viewDayAfter(view, i, N_RESOLVE_SCHOOL_DAYS);
    const late = resolveBy !== null && asOf > resolveBy;
    if (late) overdue += (a ? 1 : 0) + (p ? 1 : 0);
    out ??= [];
    if (a) out.push({ date: view.dates[i]!, session: 'AM', resolveBy, overdue: late });
    if (p) out.push({ date: view.dates[i]!, session: 'PM', resolveBy, overdue: late });
  }
  if (overdue > 0) {
    const first = out!.find((n) => n.overdue)!;
    raise(ctx, 'N_CODE_OVERDUE', `${overdue === 1 ? '1 N session (reason not yet established) is' : `${overdue} N sessions (reason not yet established) are`} past the 5-school-day limit, the oldest from ${formatShort(first.date)} (${dueText(first.resolveBy!, ctx.asOf)}). Find out the reason and change the code.`, {
      overdue,
      oldest: first.date,
    });
  }
  return out ?? [];
}
