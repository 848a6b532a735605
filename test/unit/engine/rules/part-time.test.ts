import { describe, expect, it } from 'vitest';
import { each, evaluate, register } from '../helpers';

describe('part-time (R-C2)', () => {
  it('C2 lowers attendance and is flagged with its dates', () => {
    const e = evaluate(register('2024-09-04', '2024-09-17', each('2024-09-09', '2024-09-13', ['/', 'C2'])), '2024-09-17');
    expect(e.partTime).toEqual({ c2Sessions: 5, first: '2024-09-09', last: '2024-09-13' });
    expect(e.attendanceExact).toBe('15/20');
    expect(e.flags).toContain('PART_TIME_TIMETABLE');
  });
  it('X for a pupil below compulsory school age does not lower attendance', () => {
    const e = evaluate(register('2024-09-04', '2024-09-17', each('2024-09-09', '2024-09-13', ['/', 'X'])), '2024-09-17', { pupil: { compulsorySchoolAge: false } });
    expect(e.attendanceExact).toBe('15/15');
    expect(e.flags).not.toContain('PART_TIME_TIMETABLE');
  });
  it('C2 only in last year is not flagged this year', () => {
    const e = evaluate(register('2024-09-04', '2024-09-17', {}), '2024-09-17');
    expect(e.partTime.c2Sessions).toBe(0);
  });
});
