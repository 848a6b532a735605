/**
 * Trend: attendance over the last 20 school days (up to "as of") against the 20 before, as exact
 * fractions. "up"/"down" when the change is at least 2 percentage points, else "steady"; null when either
 * window has no possible session.
 */
import { MB } from '../codes';
import { formatShort, type IsoDate } from '../dates';
import { rate } from '../fraction';
import { raise, type RuleContext } from '../rule-context';
import type { Rate } from '../types';

export const TREND_WINDOW_DAYS = 20;
/** Percentage points. */
export const TREND_STEP = 2;

export interface TrendWindow {
  from: IsoDate | null;
  to: IsoDate | null;
  attended: number;
  possible: number;
  rate: Rate | null;
}

export interface Trend {
  recent: TrendWindow;
  previous: TrendWindow;
  direction: 'up' | 'down' | 'steady' | null;
  /** Exact change in percentage points, as a fraction; null when no direction. */
  changePoints: { num: number; den: number } | null;
}

function window(ctx: RuleContext, from: number, to: number): TrendWindow {
  const { view } = ctx;
  const lo = Math.max(from, 0);
  let att = 0;
  let poss = 0;
  for (let i = lo; i <= to; i++) {
    const ba = view.bits[view.codes[2 * i]!]!;
    const bp = view.bits[view.codes[2 * i + 1]!]!;
    if (ba & MB.POSSIBLE) {
      poss++;
      if (ba & (MB.PRESENT | MB.AEA)) att++;
    }
    if (bp & MB.POSSIBLE) {
      poss++;
      if (bp & (MB.PRESENT | MB.AEA)) att++;
    }
  }
  return { from: lo <= to ? view.dates[lo]! : null, to: lo <= to ? view.dates[to]! : null, attended: att, possible: poss, rate: rate(att, poss) };
}

export function trend(ctx: RuleContext): Trend {
  const hi = ctx.hi;
  const recent = window(ctx, hi - TREND_WINDOW_DAYS + 1, hi);
  const previous = window(ctx, hi - 2 * TREND_WINDOW_DAYS + 1, hi - TREND_WINDOW_DAYS);
  if (recent.possible === 0 || previous.possible === 0) return { recent, previous, direction: null, changePoints: null };
  // Change in points = 100 × (a1/p1 − a0/p0) = 100 (a1 p0 − a0 p1) / (p0 p1), kept exact.
  const num = 100 * (recent.attended * previous.possible - previous.attended * recent.possible);
  const den = recent.possible * previous.possible;
  const direction = num >= TREND_STEP * den ? 'up' : -num >= TREND_STEP * den ? 'down' : 'steady';
  if (direction === 'down') {
    raise(ctx, 'TREND_DOWN', `Attendance fell from ${previous.rate!.text} (${formatShort(previous.from!)} – ${formatShort(previous.to!)}) to ${recent.rate!.text} over the last 20 school days (${recent.attended} of ${recent.possible} sessions).`, {
      previousPct: previous.rate!.pct,
      recentPct: recent.rate!.pct,
    });
  }
  return { recent, previous, direction, changePoints: { num, den } };
}
