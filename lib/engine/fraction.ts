/** Exact rates and their display (`R-ROUND`: classify on exact integers, display 1 dp half-up). */
import { attendanceTenths } from './arithmetic';
import type { Rate } from './types';

/** num/den × 100 rounded half-up to one decimal place, with integer arithmetic (no float ties). */
export function pct1dp(num: number, den: number): number {
  return attendanceTenths(num, den)! / 10;
}

export function rate(num: number, den: number): Rate | null {
  if (den <= 0) return null;
  const pct = pct1dp(num, den);
  return { num, den, pct, text: `${pct.toFixed(1)}%` };
}
