import { describe, expect, it } from 'vitest';
import { each, evaluate, register } from '../helpers';

// asOf Fri 29 Nov 2024: last 20 school days = 4-29 Nov; the 20 before = 30 Sep - 25 Oct (half-term skipped).
const asOf = '2024-11-29';

describe('trend (last 20 school days vs the 20 before)', () => {
  it('steady when the change is under 2 points', () => {
    const e = evaluate(register('2024-09-04', asOf, { '2024-11-05': ['I', '\\'], '2024-10-01': ['/', 'M'] }), asOf);
    expect(e.trend).toMatchObject({ recent: { from: '2024-11-04', to: asOf, attended: 39, possible: 40 }, previous: { from: '2024-09-30', to: '2024-10-25', attended: 39, possible: 40 }, direction: 'steady' });
  });
  it('up at exactly 2 points (exact fractions: 36/40 → 23/25)', () => {
    // Previous window: 4 absences of 40 = 90%. Recent: 15 sessions not possible (Y1), 2 absences of 25 = 92%.
    const prev = { '2024-10-01': ['I', 'I'], '2024-10-02': ['I', 'I'] } as const;
    const recent = { ...each('2024-11-04', '2024-11-12', ['Y1', 'Y1']), '2024-11-13': ['Y1', '\\'], '2024-11-18': ['I', 'I'] } as const;
    const e = evaluate(register('2024-09-04', asOf, { ...prev, ...recent }), asOf);
    expect([e.trend.previous.attended, e.trend.previous.possible, e.trend.recent.attended, e.trend.recent.possible]).toEqual([36, 40, 23, 25]);
    expect(e.trend.direction).toBe('up');
    expect(e.trend.changePoints).toEqual({ num: 2000, den: 1000 }); // 2.0 points exactly
  });
  it('down when attendance fell by 2.5 points, with a reason', () => {
    const e = evaluate(register('2024-09-04', asOf, { '2024-11-20': ['O', '\\'] }), asOf);
    expect(e.trend.direction).toBe('down');
    expect(e.reasons.find((r) => r.id === 'TREND_DOWN')?.text).toBe('Attendance fell from 100.0% (Mon 30 Sep – Fri 25 Oct) to 97.5% over the last 20 school days (39 of 40 sessions).');
  });
  it('no direction without sessions in both windows', () => {
    const e = evaluate(register('2024-11-04', asOf), asOf);
    expect(e.trend.direction).toBeNull();
  });
});
