import { describe, expect, it } from 'vitest';
import { each, evaluate, register } from '../helpers';

describe('sickness-return (R-SICK, D-SICK-DAYS)', () => {
  it('14 consecutive I days: no consecutive return; 15: due on the 15th', () => {
    const under = evaluate(register('2024-09-04', '2024-10-25', each('2024-09-09', '2024-09-26', ['I', 'I'])), '2024-10-25');
    expect(under.sicknessReturn?.consecutive).toMatchObject({ met: false, longestRun: 14 });
    const on = evaluate(register('2024-09-04', '2024-10-25', each('2024-09-09', '2024-09-27', ['I', 'I'])), '2024-10-25');
    expect(on.sicknessReturn?.consecutive).toMatchObject({ met: true, metOn: '2024-09-27', runStart: '2024-09-09' });
  });
  it('29 I sessions: no cumulative return; the 30th meets it, half-days as halves', () => {
    const i29 = { ...each('2024-09-09', '2024-09-20', ['I', '\\']), ...each('2024-09-23', '2024-10-04', ['I', '\\']), ...each('2024-10-07', '2024-10-17', ['I', '\\']) };
    const under = evaluate(register('2024-09-04', '2024-10-25', i29), '2024-10-25');
    expect(under.sicknessReturn?.cumulative).toMatchObject({ met: false, illnessSessions: 29, illnessDays: 14.5 });
    const on = evaluate(register('2024-09-04', '2024-10-25', { ...i29, '2024-10-21': ['/', 'I'] }), '2024-10-25');
    expect(on.sicknessReturn?.cumulative).toMatchObject({ met: true, metOn: '2024-10-21', illnessSessions: 30, kentDueBy: '2024-11-15' });
    expect(on.sicknessReturn?.consecutive.met).toBe(false);
  });
  it('a day of I and M breaks the consecutive run', () => {
    const e = evaluate(register('2024-09-04', '2024-10-25', { ...each('2024-09-09', '2024-09-27', ['I', 'I']), '2024-09-18': ['I', 'M'] }), '2024-10-25');
    expect(e.sicknessReturn?.consecutive.met).toBe(false);
  });
});
