/**
 * Attendance percentages for display, in integer arithmetic (rules §2, `R-ROUND`): classification is
 * on the exact fraction, display is one decimal place rounded half away from zero.
 */

/** PA and SA boundaries in attendance % (PA: a ≤ 90; SA: a ≤ 50). */
export const NATIONAL_THRESHOLDS: readonly number[] = [90, 50];

/** Attendance in tenths of a percent, rounded half-up: 188/209 → 900 (89.952…). Null when possible = 0. */
export function attendanceTenths(attended: number, possible: number): number | null {
  if (possible <= 0) return null;
  // floor((attended·1000 + possible/2) / possible), doubled to stay in integers.
  return Math.floor((2 * attended * 1000 + possible) / (2 * possible));
}

/** "88.9" — one decimal place, half-up; null when possible = 0. */
export function formatAttendance(attended: number, possible: number): string | null {
  const t = attendanceTenths(attended, possible);
  return t === null ? null : `${Math.floor(t / 10)}.${t % 10}`;
}

/**
 * True where the rounded figure could mislead about a threshold: the displayed figure and the exact
 * one lie on different sides of it, or the display shows the threshold itself while the exact value
 * is not it — 188/209 = 89.95% shows "90.0%" and is PA; 181/201 = 90.05% shows "90.0%" and is not.
 * Thresholds may have two decimal places (LA band edges); everything is compared in integers.
 */
export function needsFraction(attended: number, possible: number, thresholds: readonly number[] = NATIONAL_THRESHOLDS): boolean {
  const tenths = attendanceTenths(attended, possible);
  if (tenths === null) return false;
  for (const pct of thresholds) {
    const t = Math.round(pct * 100); // hundredths of a percent
    const shown = Math.sign(tenths * 10 - t);
    const exact = Math.sign(attended * 10000 - t * possible);
    if (shown !== exact) return true;
  }
  return false;
}
