import { describe, expect, it } from 'vitest';
import { each, evaluate, register } from '../helpers';

// O O on 9-13 Sep (threshold met 13 Sep); NTI issued Mon 16 Sep: period 17 Sep - 14 Oct (D-NTI).
const base = each('2024-09-09', '2024-09-13', ['O', 'O']);
const nti = { ntiIssuedOn: '2024-09-16' };

describe('kent-pn (R-KENT-PN, D-NTI)', () => {
  it('period ended before as-of with a U inside it: register conditions met', () => {
    const e = evaluate(register('2024-09-04', '2024-10-15', { ...base, '2024-10-14': ['U', '\\'] }), '2024-10-15', { context: nti });
    expect(e.kentPn).toMatchObject({ route: 'O/U', ntiPeriodStart: '2024-09-17', ntiPeriodEnd: '2024-10-14', unauthorisedInNtiPeriod: 1, registerConditionsMet: true });
    expect(e.flags).toContain('KENT_PN_REGISTER_CONDITIONS_MET');
  });
  it('a U the day after the period does not count', () => {
    const e = evaluate(register('2024-09-04', '2024-10-16', { ...base, '2024-10-15': ['U', '\\'] }), '2024-10-16', { context: nti });
    expect(e.kentPn).toMatchObject({ unauthorisedInNtiPeriod: 0, registerConditionsMet: false });
  });
  it('no NTI recorded: O/U route cannot be met', () => {
    const e = evaluate(register('2024-09-04', '2024-10-18', base), '2024-10-18');
    expect(e.kentPn).toMatchObject({ route: 'O/U', ntiPeriodEnd: null, registerConditionsMet: false });
  });
  it('G route needs no NTI', () => {
    const e = evaluate(register('2024-09-04', '2024-09-20', each('2024-09-09', '2024-09-13', ['G', 'G'])), '2024-09-20');
    expect(e.kentPn).toMatchObject({ route: 'G', leaveRouteConditionsMet: true, registerConditionsMet: false });
  });
  it('C2 in the threshold window blocks both routes', () => {
    const e = evaluate(register('2024-09-04', '2024-09-20', each('2024-09-09', '2024-09-13', ['G', 'G'])), '2024-09-20');
    expect(e.kentPn?.leaveRouteConditionsMet).toBe(true);
    const c2 = evaluate(register('2024-09-04', '2024-09-20', { ...each('2024-09-09', '2024-09-13', ['G', 'G']), '2024-09-05': ['/', 'C2'] }), '2024-09-20');
    expect(c2.kentPn?.leaveRouteConditionsMet).toBe(false);
    expect(c2.flags).toContain('PN_C2_IN_THRESHOLD_WINDOW');
  });
});
