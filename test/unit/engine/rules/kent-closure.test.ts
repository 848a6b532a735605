import { describe, expect, it } from 'vitest';
import { evaluate, register } from '../helpers';

describe('kent-closure (R-KENT-CLOSE)', () => {
  it('the 20-day window reaches back over half-term', () => {
    const e = evaluate(register('2024-09-04', '2024-11-22', { '2024-10-18': ['O', 'O'] }), '2024-11-22');
    expect(e.kentClosure).toMatchObject({ eligible: true, windowStart: '2024-10-21', windowEnd: '2024-11-22', unauthorisedInWindow: 0 });
    expect(e.flags).toContain('KENT_CLOSURE_ELIGIBLE');
  });
  it('an N on the window’s first day makes it not eligible', () => {
    const e = evaluate(register('2024-09-04', '2024-11-22', { '2024-10-21': ['/', 'N'] }), '2024-11-22');
    expect(e.kentClosure).toMatchObject({ eligible: false, unauthorisedInWindow: 1 });
  });
  it('counts unrecorded days in the window', () => {
    const e = evaluate(register('2024-09-04', '2024-11-15'), '2024-11-22');
    expect(e.kentClosure).toMatchObject({ eligible: true, unrecordedDays: 5 });
  });
});
