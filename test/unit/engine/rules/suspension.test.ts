import { describe, expect, it } from 'vitest';
import { each, evaluate, register } from '../helpers';

describe('suspension (R-SUSP, D-SUSP)', () => {
  it('5 consecutive E days: no breach; 5.5 days in a term: governors meet if parents ask', () => {
    const e = evaluate(register('2024-09-04', '2024-09-27', { ...each('2024-09-09', '2024-09-13', ['E', 'E']), '2024-09-17': ['E', '\\'] }), '2024-09-27');
    expect(e.suspension).toMatchObject({ eSessions: 11, suspensionDays: 5.5, day6BreachDates: [], governorsMustMeet: false, governorsMeetIfParentsRequest: true });
    expect(e.flags).not.toContain('E_BEYOND_DAY_5');
  });
  it('exactly 5 days in a term: no meeting trigger', () => {
    const e = evaluate(register('2024-09-04', '2024-09-27', each('2024-09-09', '2024-09-13', ['E', 'E'])), '2024-09-27');
    expect(e.suspension).toMatchObject({ suspensionDays: 5, governorsMeetIfParentsRequest: false });
  });
  it('15 days in a term: meet if asked; 15.5: must meet', () => {
    const fifteen = each('2024-09-09', '2024-09-27', ['E', 'E']);
    expect(evaluate(register('2024-09-04', '2024-10-04', fifteen), '2024-10-04').suspension).toMatchObject({ suspensionDays: 15, governorsMustMeet: false, governorsMeetIfParentsRequest: true });
    const more = evaluate(register('2024-09-04', '2024-10-04', { ...fifteen, '2024-09-30': ['E', '\\'] }), '2024-10-04');
    expect(more.suspension).toMatchObject({ suspensionDays: 15.5, governorsMustMeet: true, governorsMeetIfParentsRequest: false });
    expect(more.suspension.day6BreachDates[0]).toBe('2024-09-16');
  });
  it('over 45 days in the year', () => {
    const e = evaluate(register('2024-09-04', '2024-12-20', each('2024-09-09', '2024-11-18', ['E', 'E'])), '2024-12-20');
    expect(e.suspension.suspensionDays).toBe(46);
    expect(e.suspension.over45Days).toBe(true);
    expect(e.suspension.termDays).toEqual({ 'Autumn 1': 35, 'Autumn 2': 11 });
  });
});
