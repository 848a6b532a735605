import { describe, expect, it } from 'vitest';
import { evaluate, register } from '../helpers';

describe('recovery arithmetic', () => {
  it('PA pupil: 10A − P + 1 present sessions to leave PA, against sessions left', () => {
    // 20 sessions, 4 absences: 10×4 − 20 + 1 = 21; 21/41 absent → 4/41 = 9.76% < 10%.
    const e = evaluate(register('2024-09-04', '2024-09-17', { '2024-09-10': ['I', 'I'], '2024-09-11': ['I', 'I'] }), '2024-09-17');
    expect(e.recovery).toMatchObject({ absences: 4, possible: 20, presentSessionsToLeavePa: 21, absencesToBecomePa: 0, canLeavePaThisYear: true });
    // Calendar (Autumn 1 to Spring 1) ends before 31 Jul, so sessions left is a floor: 103 days − 10 = 93 days.
    expect(e.recovery).toMatchObject({ sessionsLeftInYear: 186, calendarEndsEarly: true });
  });
  it('non-PA pupil: ceil((P − 10A)/9) more absences make PA', () => {
    // 20 sessions, 1 absence: (20 − 10)/9 → 2. Check: 3/22 = 13.6% PA; 2 absences of 21 = 9.5%? (1+2)/(20+2) = 3/22.
    const e = evaluate(register('2024-09-04', '2024-09-17', { '2024-09-10': ['I', '\\'] }), '2024-09-17');
    expect(e.recovery).toMatchObject({ presentSessionsToLeavePa: 0, absencesToBecomePa: 2 });
  });
  it('exactly on PA: 1 present session leaves it', () => {
    const e = evaluate(register('2024-09-04', '2024-09-17', { '2024-09-10': ['I', 'I'] }), '2024-09-17');
    expect(e.recovery).toMatchObject({ presentSessionsToLeavePa: 1, absencesToBecomePa: 0 });
  });
  it('cannot leave PA this year when too few sessions are left', () => {
    const e = evaluate(register('2025-01-06', '2025-02-13', { '2025-01-06': ['O', 'O'], '2025-01-07': ['O', 'O'], '2025-01-08': ['O', 'O'] }), '2025-02-13', { pupil: { compulsorySchoolAge: true, leavingDate: '2025-02-14' } });
    expect(e.recovery).toMatchObject({ presentSessionsToLeavePa: 10 * 6 - 58 + 1, sessionsLeftInYear: 2, canLeavePaThisYear: false, calendarEndsEarly: false });
  });
});
