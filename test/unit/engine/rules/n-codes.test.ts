import { describe, expect, it } from 'vitest';
import { evaluate, register } from '../helpers';

describe('n-codes (R-N, D-N)', () => {
  const marks = register('2024-09-04', '2024-09-27', { '2024-09-16': ['N', '\\'] }); // resolve by 23 Sep
  it('the day before the deadline: not overdue', () => {
    expect(evaluate(marks, '2024-09-20').nCodes).toEqual([{ date: '2024-09-16', session: 'AM', resolveBy: '2024-09-23', overdue: false }]);
  });
  it('on the deadline: due, not overdue', () => {
    const e = evaluate(marks, '2024-09-23');
    expect(e.nCodes[0]?.overdue).toBe(false);
    expect(e.flags).not.toContain('N_CODE_OVERDUE');
  });
  it('the day after: overdue and flagged', () => {
    const e = evaluate(marks, '2024-09-24');
    expect(e.nCodes[0]?.overdue).toBe(true);
    expect(e.reasons.find((r) => r.id === 'N_CODE_OVERDUE')?.text).toBe(
      '1 N session (reason not yet established) is past the 5-school-day limit, the oldest from Mon 16 Sep (overdue since 24 September 2024). Find out the reason and change the code.',
    );
  });
  it('deadlines skip half-term', () => {
    const e = evaluate(register('2024-09-04', '2024-10-25', { '2024-10-23': ['/', 'N'] }), '2024-10-25');
    expect(e.nCodes[0]?.resolveBy).toBe('2024-11-06'); // 24, 25 Oct, 4, 5, 6 Nov
  });
});
