// The display arithmetic (R-ROUND) as the badges use it: engine/arithmetic.ts, under the names the overlay once had.
import { describe, expect, it } from 'vitest';
import { attendanceTenths, formatTenths as formatAttendance, NATIONAL_LINES, roundingMisleads } from '../../../lib/engine/arithmetic';

const needsFraction = (attended: number, possible: number, lines: readonly number[] = NATIONAL_LINES) => roundingMisleads(attended, possible, lines);

describe('attendance display (R-ROUND: one decimal, half away from zero)', () => {
  it('rounds to one decimal place', () => {
    expect(formatAttendance(8, 9)).toBe('88.9');
    expect(formatAttendance(12, 26)).toBe('46.2');
    expect(formatAttendance(209, 209)).toBe('100.0');
    expect(formatAttendance(0, 10)).toBe('0.0');
  });
  it('rounds an exact half up (6.25% → 6.3%, 0.05% → 0.1%)', () => {
    expect(formatAttendance(1, 16)).toBe('6.3');
    expect(attendanceTenths(1, 2000)).toBe(1);
  });
  it('is null with no possible sessions', () => {
    expect(formatAttendance(0, 0)).toBeNull();
  });
});

describe('needsFraction: the rounded figure would mislead about a threshold', () => {
  it('89.95% (188/209) shows 90.0% but is PA', () => {
    expect(formatAttendance(188, 209)).toBe('90.0');
    expect(needsFraction(188, 209)).toBe(true);
  });
  it('90.05% (181/201) shows 90.0% but is not PA', () => {
    expect(formatAttendance(181, 201)).toBe('90.0');
    expect(needsFraction(181, 201)).toBe(true);
  });
  it('exactly 90% (18/20) and exactly 50% do not need it', () => {
    expect(needsFraction(18, 20)).toBe(false);
    expect(needsFraction(100, 200)).toBe(false);
  });
  it('a figure that rounds to 50.0% but is below it needs it', () => {
    expect(formatAttendance(999, 1999)).toBe('50.0');
    expect(needsFraction(999, 1999)).toBe(true);
  });
  it('away from thresholds it is not needed', () => {
    expect(needsFraction(8, 9)).toBe(false);
    expect(needsFraction(181, 202)).toBe(false); // 89.6%
  });
  it('a two-decimal band edge the rounding crosses needs it (92.54% shows 92.5%, edge 92.53)', () => {
    // 1301/1406 = 92.532…%: above 92.53, shown as 92.5 (below it).
    expect(formatAttendance(1301, 1406)).toBe('92.5');
    expect(needsFraction(1301, 1406, [92.53])).toBe(true);
    expect(needsFraction(1301, 1406, [92.5])).toBe(true); // shows the edge itself, is above it
    expect(needsFraction(1301, 1406, [92.6, 90])).toBe(false);
  });
  it('band edges can be added (Kent 96%)', () => {
    // 2399/2499 = 95.998% shows 96.0% but is below expectation.
    expect(formatAttendance(2399, 2499)).toBe('96.0');
    expect(needsFraction(2399, 2499)).toBe(false);
    expect(needsFraction(2399, 2499, [90, 50, 96])).toBe(true);
  });
});
