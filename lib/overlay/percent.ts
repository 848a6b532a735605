/**
 * Attendance percentages for display, re-exported from the engine's one copy of the arithmetic
 * (engine/arithmetic.ts; rules §2, `R-ROUND`): classification on the exact fraction, display one
 * decimal place rounded half-up.
 */
import { NATIONAL_LINES, attendanceTenths, formatTenths, roundingMisleads } from '../engine/arithmetic';

export { attendanceTenths };
export const NATIONAL_THRESHOLDS = NATIONAL_LINES;
export const formatAttendance = formatTenths;

/** True where the rounded figure could mislead about a line (the PA and SA lines by default). */
export function needsFraction(attended: number, possible: number, thresholds: readonly number[] = NATIONAL_LINES): boolean {
  return roundingMisleads(attended, possible, thresholds);
}
