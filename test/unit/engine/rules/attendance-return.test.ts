import { describe, expect, it } from 'vitest';
import { each, evaluate, register } from '../helpers';

describe('attendance-return (R-RETURNS, D-RUN)', () => {
  it('9 continuous O days: no return (just under)', () => {
    const e = evaluate(register('2024-09-04', '2024-09-27', each('2024-09-09', '2024-09-19', ['O', 'O'])), '2024-09-27');
    expect(e.attendanceReturn).toMatchObject({ qualifies: false, longestRun: 9 });
  });
  it('10 days: due, Kent deadline is the 10th school day of the next term', () => {
    const e = evaluate(register('2024-09-04', '2024-09-27', each('2024-09-09', '2024-09-20', ['O', 'O'])), '2024-09-27');
    expect(e.attendanceReturn).toMatchObject({ qualifies: true, qualifiedOn: '2024-09-20', longestRun: 10, kentReturnDueBy: '2024-11-15' });
    expect(e.reasons.find((r) => r.id === 'ATTENDANCE_RETURN_DUE')?.text).toMatch(/10 school days in a row from Mon 9 Sep, 10 reached on Fri 20 Sep.*Kent: due by 15 November 2024/);
  });
  it('half-term does not break a run; the return falls due in the next term', () => {
    const e = evaluate(register('2024-09-04', '2024-11-08', each('2024-10-21', '2024-11-08', ['G', 'N'])), '2024-11-08');
    expect(e.attendanceReturn).toMatchObject({ qualifies: true, qualifiedOn: '2024-11-08', longestRun: 10, kentReturnDueBy: '2025-01-17' });
  });
  it('a day with one authorised session breaks the run; a neutral (not possible) day does not', () => {
    const mixed = evaluate(register('2024-09-04', '2024-09-27', { ...each('2024-09-09', '2024-09-23', ['O', 'O']), '2024-09-16': ['O', 'M'] }), '2024-09-27');
    expect(mixed.attendanceReturn?.longestRun).toBe(5);
    const neutral = evaluate(register('2024-09-04', '2024-09-27', { ...each('2024-09-09', '2024-09-23', ['O', 'O']), '2024-09-16': ['Y2', ''] }), '2024-09-27');
    expect(neutral.attendanceReturn).toMatchObject({ qualifies: true, longestRun: 10, qualifiedOn: '2024-09-23' });
  });
  it('no Kent deadline when the calendar has no next term', () => {
    const e = evaluate(register('2025-01-06', '2025-02-14', each('2025-02-03', '2025-02-14', ['O', 'O'])), '2025-02-14');
    expect(e.attendanceReturn).toMatchObject({ qualifies: true, kentReturnDueBy: null });
  });
});
