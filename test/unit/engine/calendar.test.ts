import { describe, expect, it } from 'vitest';
import { academicYearOf, buildCalendar, customCalendar } from '../../../lib/engine/calendar';
import { kentCalendar, kentCalendarYears, withInsetDays } from '../../../lib/engine/calendars/kent';
import { ENGLAND_BANK_HOLIDAYS } from '../../../lib/engine/calendars/bank-holidays';
import { AUTUMN } from './helpers';

describe('school calendar (R-CAL)', () => {
  it('counts weekdays inside terms, less closures', () => {
    expect(AUTUMN.schoolDays('2024-09-01', '2024-10-31')).toHaveLength(38);
    expect(AUTUMN.schoolDays('2024-11-01', '2024-12-31')).toHaveLength(35);
    const withClosure = buildCalendar({ terms: [{ name: 'T', start: '2024-09-04', end: '2024-09-13' }], closures: ['2024-09-06'] });
    expect(withClosure.schoolDays('2024-09-01', '2024-09-30')).toEqual(['2024-09-04', '2024-09-05', '2024-09-09', '2024-09-10', '2024-09-11', '2024-09-12', '2024-09-13']);
    expect(withClosure.isSchoolDay('2024-09-06')).toBe(false);
    expect(withClosure.isSchoolDay('2024-09-07')).toBe(false);
  });
  it('finds the n-th school day after a date, over half-term', () => {
    expect(AUTUMN.nthSchoolDayAfter('2024-10-21', 5)).toBe('2024-11-04');
    expect(AUTUMN.nthSchoolDayAfter('2024-10-26', 1)).toBe('2024-11-04');
    expect(AUTUMN.nthSchoolDayAfter('2025-02-14', 1)).toBeNull();
  });
  it('knows terms, academic years (D-YEAR) and school weeks (D-SCHOOL-WEEK)', () => {
    expect(AUTUMN.termOf('2024-11-05')?.name).toBe('Autumn 2');
    expect(AUTUMN.termOf('2024-10-30')).toBeUndefined();
    expect(academicYearOf('2024-07-31').label).toBe('2023/24');
    expect(academicYearOf('2024-08-01')).toEqual({ label: '2024/25', start: '2024-08-01', end: '2025-07-31' });
    expect(AUTUMN.schoolWeekOf('2024-09-08')).toMatchObject({ monday: '2024-09-02', isSchoolWeek: true, ordinal: 0 });
    expect(AUTUMN.schoolWeekOf('2024-10-30')).toMatchObject({ isSchoolWeek: false, ordinal: -1 });
    expect(AUTUMN.schoolWeekOf('2024-11-04').ordinal).toBe(8); // W9 in the rules' numbering: half-term skipped
  });
  it('reports bad terms instead of throwing', () => {
    const cal = buildCalendar({ terms: [{ name: 'Bad', start: '2024-10-01', end: '2024-09-01' }, { name: 'X', start: '2024-02-30', end: '2024-03-01' }], closures: ['nope'] });
    expect(cal.days).toHaveLength(0);
    expect(cal.problems).toHaveLength(3);
    expect(cal.nthSchoolDayAfter('2024-09-01', 1)).toBeNull();
  });
  it('validates custom calendars', () => {
    expect(() => customCalendar({ terms: [{ name: 'T', start: '2024-09-31', end: '2024-10-01' }], closures: [] })).toThrow(/Invalid calendar/);
    expect(customCalendar({ terms: [{ name: 'B', start: '2025-01-06', end: '2025-02-14' }, { name: 'A', start: '2024-09-04', end: '2024-10-25' }], closures: ['2024-09-05', '2024-09-05'] })).toMatchObject({
      terms: [{ name: 'A' }, { name: 'B' }],
      closures: ['2024-09-05'],
    });
  });
});

describe('Kent presets', () => {
  it('each year holds 195 days (190 pupil days + 5 INSET) with the in-term bank holiday closed', () => {
    for (const [y, bh] of [['2024/25', '2025-05-05'], ['2025/26', '2026-05-04'], ['2026/27', '2027-05-03']] as const) {
      const spec = kentCalendar(y);
      expect(spec.terms).toHaveLength(6);
      expect(spec.closures).toEqual([bh]);
      expect(buildCalendar(spec).days).toHaveLength(195);
      expect(spec.terms.every((t) => (t.sources ?? []).length > 0)).toBe(true);
    }
  });
  it('carries the provisional 2026/27 term 6 end date', () => {
    const t6 = kentCalendar('2026/27').terms[5]!;
    expect(t6).toMatchObject({ end: '2027-07-21', provisional: true });
    expect(kentCalendar('2024/25').terms.some((t) => t.provisional)).toBe(false);
  });
  it('adds the school’s own INSET days as editable closures', () => {
    const spec = kentCalendar('2024/25', { insetDays: ['2024-09-02', '2024-09-03', '2024-10-25', '2025-01-06', '2025-07-22'] });
    expect(buildCalendar(spec).days).toHaveLength(190);
    expect(spec.closureDetails?.filter((c) => c.editable)).toHaveLength(5);
    const moved = withInsetDays(spec, ['2024-09-04']);
    expect(moved.closures).toEqual(['2024-09-04', '2025-05-05']);
  });
  it('joins years so windows can span the summer', () => {
    const cal = buildCalendar(kentCalendarYears(['2024/25', '2025/26']));
    expect(cal.days).toHaveLength(390);
    expect(cal.nthSchoolDayAfter('2025-07-22', 1)).toBe('2025-09-01');
  });
  it('ships all 32 bank holidays', () => {
    expect(ENGLAND_BANK_HOLIDAYS).toHaveLength(32);
  });
});
