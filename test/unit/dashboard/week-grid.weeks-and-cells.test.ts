import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../lib/engine/calendar';
import { buildWeekGrid } from '../../../lib/dashboard/week-grid';
import { codeMeaning } from '../../../lib/dashboard/code-meaning';

// Term from Mon 1 Sep 2025 (an INSET closure) with a half-term week 13–17 Oct (not in any term).
const calendar = buildCalendar({
  terms: [
    { name: 'Autumn 1', start: '2025-09-01', end: '2025-10-10' },
    { name: 'Autumn 2', start: '2025-10-20', end: '2025-12-19' },
  ],
  closures: ['2025-09-01'],
});

describe('the session history grid', () => {
  it('has one row per school week, most recent first, skipping holiday weeks', () => {
    const weeks = buildWeekGrid({ marks: [], calendar, from: '2025-08-01', to: '2025-10-22' });
    expect(weeks.map((w) => w.monday)).toEqual(['2025-10-20', '2025-10-06', '2025-09-29', '2025-09-22', '2025-09-15', '2025-09-08', '2025-09-01']);
    expect(weeks[0]!.label).toBe('20 October 2025');
    expect(weeks.every((w) => w.cells.length === 10)).toBe(true);
  });

  it('shows each code with its meaning, unmarked school sessions as no mark, closures and the future apart', () => {
    const marks = [
      { date: '2025-09-02', session: 'AM' as const, code: '/' },
      { date: '2025-09-02', session: 'PM' as const, code: '\\' },
      { date: '2025-09-03', session: 'AM' as const, code: 'N' },
      { date: '2025-09-01', session: 'AM' as const, code: 'O' },
    ];
    const [week] = buildWeekGrid({ marks, calendar, from: '2025-08-01', to: '2025-09-04' });
    const cell = (i: number) => week!.cells[i]!;
    expect(week!.days.map((d) => d.schoolDay)).toEqual([false, true, true, true, true]);
    // Mon 1 Sep: a closure; the O stored there is shown but said not to count.
    expect(cell(0)).toMatchObject({ kind: 'non-school', code: 'O', meaning: expect.stringMatching(/^Other unauthorised absence\. Stored on a day .* not a school day/) });
    expect(cell(1)).toMatchObject({ kind: 'non-school', code: null, meaning: 'Not a school day' });
    expect(cell(2)).toMatchObject({ date: '2025-09-02', session: 'AM', kind: 'mark', code: '/', meaning: 'Present at the morning register' });
    expect(cell(3)).toMatchObject({ kind: 'mark', code: '\\', meaning: 'Present at the afternoon register' });
    expect(cell(4)).toMatchObject({ kind: 'mark', code: 'N', meaning: 'Reason for absence not yet established' });
    expect(cell(5)).toMatchObject({ date: '2025-09-03', session: 'PM', kind: 'no-mark', code: null, meaning: 'No mark stored' });
    expect(cell(6)).toMatchObject({ kind: 'no-mark' }); // Thu 4 Sep is "as of": still to be marked
    expect(cell(8)).toMatchObject({ date: '2025-09-05', kind: 'future', meaning: 'Not yet' });
  });

  it('sessions before admission or after leaving are not on roll, not missing', () => {
    const [week] = buildWeekGrid({ marks: [], calendar, from: '2025-08-01', to: '2025-09-12', admissionDate: '2025-09-10', leavingDate: '2025-09-11' });
    expect(week!.cells.map((c) => c.kind)).toEqual(['not-on-roll', 'not-on-roll', 'not-on-roll', 'not-on-roll', 'no-mark', 'no-mark', 'no-mark', 'no-mark', 'not-on-roll', 'not-on-roll']);
  });

  it('reads codes by their date: legacy codes before August 2024, unknown ones said so', () => {
    expect(codeMeaning('J', '2024-03-04')).toBe('Interview (approved educational activity before 2024) (code set before August 2024)');
    expect(codeMeaning('H', '2025-03-04')).toBe('Old code, read as C: Leave: exceptional circumstances');
    expect(codeMeaning('c2', '2025-03-04')).toBe('Leave: part-time timetable');
    expect(codeMeaning('ZZ', '2025-03-04')).toBe('Unknown code “ZZ” (not counted)');
  });
});
