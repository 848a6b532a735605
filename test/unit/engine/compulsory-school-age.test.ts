import { describe, expect, it } from 'vitest';
import { compulsorySchoolAge, compulsorySchoolAgeEnd, compulsorySchoolAgeStart } from '../../../lib/engine/compulsory-school-age';

describe('compulsory school age', () => {
  it('starts on the first prescribed day on or after the fifth birthday', () => {
    expect(compulsorySchoolAgeStart('2019-09-01')).toBe('2024-12-31');
    expect(compulsorySchoolAgeStart('2019-12-31')).toBe('2024-12-31'); // on the day itself
    expect(compulsorySchoolAgeStart('2020-01-01')).toBe('2025-03-31');
    expect(compulsorySchoolAgeStart('2020-04-01')).toBe('2025-08-31');
    expect(compulsorySchoolAgeStart('2019-02-28')).toBe('2024-03-31');
  });
  it('ends on the last Friday in June of the school year in which the pupil turns 16', () => {
    expect(compulsorySchoolAgeEnd('2008-09-01')).toBe('2025-06-27'); // turns 16 on 1 Sep 2024: school year 2024/25
    expect(compulsorySchoolAgeEnd('2009-08-31')).toBe('2025-06-27'); // turns 16 on 31 Aug 2025: same school year
    expect(compulsorySchoolAgeEnd('2010-03-15')).toBe('2026-06-26');
  });
  it('treats a 29 February birthday as 1 March in a common year (decision)', () => {
    expect(compulsorySchoolAgeStart('2020-02-29')).toBe('2025-03-31');
  });
  it('is compulsory between the two dates inclusive', () => {
    expect(compulsorySchoolAge('2019-09-01', '2024-12-30').compulsory).toBe(false);
    expect(compulsorySchoolAge('2019-09-01', '2024-12-31').compulsory).toBe(true);
    expect(compulsorySchoolAge('2008-09-01', '2025-06-27').compulsory).toBe(true);
    expect(compulsorySchoolAge('2008-09-01', '2025-06-28').compulsory).toBe(false);
  });
  it('assumes compulsory school age without a date of birth, and says so', () => {
    const r = compulsorySchoolAge(undefined, '2024-09-04');
    expect(r).toMatchObject({ compulsory: true, assumed: true });
    expect(r.reason).toMatch(/No date of birth/);
    expect(compulsorySchoolAge('not-a-date', '2024-09-04').assumed).toBe(true);
  });
});
