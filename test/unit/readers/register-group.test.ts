import { describe, expect, it } from 'vitest';
import { registrationGroupIn } from '../../../lib/readers/register-group';

describe('the registration group a register heading names', () => {
  it.each([
    ['Registration: 7RB – AM', '7RB'],
    ['Roll Call Marks: 7RB', '7RB'],
    ['Take Register - 2OS - 20/11/2026 PM - cloudMIS (demo)', '2OS'],
    ['Manage Attendance - 10KT - w/b 16/11/2026', '10KT'],
    ['Tutor Group: 7RB Week: 08/09/2025', '7RB'],
    ['Reg group 5K · Mon 8 Sep 2025', '5K'],
    ['Form Group: Y7-BLUE', 'Y7-BLUE'],
    ['Class RKT | Morning register', 'RKT'],
    ['Take Register – 7RB Registration – AM', '7RB'],
    ['7RB Registration · PM · Tue 09 Sep 2025', '7RB'],
    ['Register – Class 2 – AM', 'Class 2'],
  ])('%s → %s', (text, group) => {
    expect(registrationGroupIn(text)).toBe(group);
  });

  it.each([
    'Whole School – Mon 8 Sep 2025 AM',
    'Year 7 | Roll Call Marks',
    'Maths 7x1 – Period 3',
    'Registration certificate',
    'Take Register - 20/11/2026 PM',
    'Registration: 7RB – AM · Tutor Group: 7KT',
    'Morning registration',
    'Class 2 and Class 3 – AM',
  ])('none from "%s"', (text) => {
    expect(registrationGroupIn(text)).toBeUndefined();
  });

  it('the title and heading agreeing is one group; disagreeing is none', () => {
    expect(registrationGroupIn('Registration: 7RB – AM', 'Registration: 7RB – AM | Arbor')).toBe('7RB');
    expect(registrationGroupIn('Registration: 7RB – AM', 'Take Register - 8JD - 20/11/2026')).toBeUndefined();
  });
});
