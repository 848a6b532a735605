import { describe, expect, it } from 'vitest';
import { badgeFor, coveredFrom } from '../../../lib/pupil/badges';
import { buildCalendar } from '../../../lib/engine/calendar';
import { evaluatePupil } from '../../../lib/engine/evaluate';
import { KENT_PROFILE } from '../../../lib/engine/profiles';
import type { SessionMark } from '../../../lib/engine/types';

const calendar = buildCalendar({
  terms: [
    { name: 'Autumn 1', start: '2024-09-04', end: '2024-10-25' },
    { name: 'Autumn 2', start: '2024-11-04', end: '2024-12-20' },
    { name: 'Spring 1', start: '2025-01-06', end: '2025-02-14' },
    { name: 'Spring 2', start: '2025-02-24', end: '2025-04-04' },
  ],
  closures: [],
});

function marksFor(days: string[], code: (day: string, i: number) => [string, string]): SessionMark[] {
  return days.flatMap((date, i) => {
    const [am, pm] = code(date, i);
    return [
      { date, session: 'AM' as const, code: am },
      { date, session: 'PM' as const, code: pm },
    ];
  });
}

function badge(marks: SessionMark[], asOf: string) {
  const evaluation = evaluatePupil({ marks, pupil: { compulsorySchoolAge: true } }, calendar, KENT_PROFILE, asOf);
  return badgeFor({ key: 'k', name: 'Test Pupil', evaluation, profile: KENT_PROFILE, calendar, marks, includesUnsaved: false, lastActions: [], onPageSessions: {} });
}

describe('badges', () => {
  it('show the fraction where 1 dp rounding would mislead: 188/209 shows 90.0% and is PA', () => {
    // v04b's shape: 105 school days to 25 Feb 2025, one Y2 session (not possible), 21 absences.
    const days = calendar.schoolDays('2024-09-04', '2025-02-25');
    expect(days).toHaveLength(105);
    const marks = marksFor(days, (_, i) => (i === 0 ? ['Y2', '\\'] : i <= 10 ? ['I', 'I'] : i === 11 ? ['O', '\\'] : ['/', '\\']));
    const b = badge(marks, '2025-02-25');
    expect(b.attendance).toEqual({ attended: 188, possible: 209, display: '90.0', showFraction: true });
    expect(b.status).toBe('PA');
  });

  it('show the fraction for 181/201 too: it also shows 90.0% but is not PA', () => {
    const days = calendar.schoolDays('2024-09-04', '2025-02-25');
    // 105 days: 9 not-possible sessions (Y2) leave 201 possible; 20 absences → 181/201 = 90.05%.
    const marks = marksFor(days, (_, i) => (i < 9 ? ['Y2', 'I'] : i < 20 ? ['I', '\\'] : ['/', '\\']));
    const b = badge(marks, '2025-02-25');
    expect(b.attendance).toEqual({ attended: 181, possible: 201, display: '90.0', showFraction: true });
    expect(b.status).not.toBe('PA');
  });

  it('exactly 90.0% (18/20) is PA and needs no fraction: the rounded figure is the exact one', () => {
    const days = calendar.schoolDays('2024-09-04', '2024-09-17');
    const exact90 = badge(marksFor(days, (_, i) => (i === 0 ? ['I', 'I'] : ['/', '\\'])), '2024-09-17');
    expect(exact90.attendance).toEqual({ attended: 18, possible: 20, display: '90.0', showFraction: false });
    expect(exact90.status).toBe('PA');
  });

  it('is provisional while any school day on roll has no mark, and not once all are covered', () => {
    const days = calendar.schoolDays('2024-09-04', '2024-09-20');
    const full = badge(marksFor(days, () => ['/', '\\']), '2024-09-20');
    expect(full.provisional).toBe(false);
    const gap = badge(marksFor(days.filter((d) => d !== '2024-09-10'), () => ['/', '\\']), '2024-09-20');
    expect(gap.provisional).toBe(true);
    expect(gap.coverage.missingDays).toBe(1);
  });

  it('shows an attendance-return marker only when the run is covered by stored marks', () => {
    const days = calendar.schoolDays('2024-09-04', '2024-09-27');
    // 4–6 Sep present, then O from 9 Sep to 27 Sep: a 15-day run.
    const run = marksFor(days, (d) => (d >= '2024-09-09' ? ['O', 'O'] : ['/', '\\']));
    expect(badge(run, '2024-09-27').markers.map((m) => m.id)).toContain('ATTENDANCE_RETURN');
    // The same run with an unknown day inside it: neutral to the engine, but not covered → no marker.
    const holed = run.filter((m) => m.date !== '2024-09-16');
    expect(badge(holed, '2024-09-27').markers.map((m) => m.id)).not.toContain('ATTENDANCE_RETURN');
  });

  it('flags a CME check only after a school week of unbroken G/N/O absence', () => {
    const days = calendar.schoolDays('2024-09-04', '2024-09-20');
    const away = (fromDay: string) => marksFor(days, (d) => (d >= fromDay ? ['O', 'O'] : ['/', '\\']));
    expect(badge(away('2024-09-17'), '2024-09-20').markers.map((m) => m.id)).not.toContain('CME_CHECK'); // 4 days
    expect(badge(away('2024-09-16'), '2024-09-20').markers.map((m) => m.id)).toContain('CME_CHECK'); // 5 days
  });

  it('coveredFrom finds the start of the unbroken stretch of marked school days up to "as of"', () => {
    const days = calendar.schoolDays('2024-09-04', '2024-09-20');
    const marks = marksFor(days.filter((d) => d !== '2024-09-10'), () => ['/', '\\']);
    expect(coveredFrom(marks, calendar, '2024-09-20')).toBe('2024-09-11');
    expect(coveredFrom(marks, calendar, '2024-09-09')).toBe('2024-09-04');
  });
});
