import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../lib/engine/calendar';
import { figuresFor } from '../../../lib/engine/figures';
import { buildWeekGrid } from '../../../lib/dashboard/week-grid';
import { heatCategory } from '../../../lib/dashboard/heat-map';
import { attendanceSeries, seriesSummary } from '../../../lib/dashboard/attendance-series';
import { codeBreakdown } from '../../../lib/dashboard/code-breakdown';
import { ntiCountdown } from '../../../lib/dashboard/nti-countdown';
import type { SessionMark } from '../../../lib/engine/types';

// Autumn 2025 with half term 13–24 Oct.
const calendar = buildCalendar({
  terms: [
    { name: 'Autumn 1', start: '2025-09-03', end: '2025-10-10' },
    { name: 'Autumn 2', start: '2025-10-27', end: '2025-12-19' },
  ],
  closures: [],
});

/** Every school session up to `to`: present, except the codes given by date. */
function marksTo(to: string, absent: Record<string, string> = {}): SessionMark[] {
  return calendar.schoolDays('2025-09-03', to).flatMap((date) => [
    { date, session: 'AM' as const, code: absent[date] ?? '/' },
    { date, session: 'PM' as const, code: absent[date] ?? '\\' },
  ]);
}

describe('the heat map categories', () => {
  it('colour each cell by what its code counts as, keeping codes on non-school days apart', () => {
    const marks = [...marksTo('2025-09-05', { '2025-09-04': 'I', '2025-09-05': 'G' }), { date: '2025-09-06', session: 'AM' as const, code: 'O' }];
    marks[0] = { ...marks[0]!, code: 'L' };
    marks[1] = { ...marks[1]!, code: 'V' };
    const [week] = buildWeekGrid({ marks, calendar, from: '2025-08-01', to: '2025-09-08' }).slice(-1);
    expect(week!.cells.map(heatCategory)).toEqual(['closed', 'closed', 'closed', 'closed', 'late', 'aea', 'authorised', 'authorised', 'unauthorised', 'unauthorised']);
    const next = buildWeekGrid({ marks, calendar, from: '2025-08-01', to: '2025-09-08' })[0]!;
    expect(heatCategory(next.cells[0]!)).toBe('no-mark'); // Mon 8 Sep, as of, no mark yet
    expect(heatCategory(next.cells[2]!)).toBe('closed'); // the future
  });
});

describe('the rolling attendance series', () => {
  it('has one point per school week, the last equal to the engine figure for the year so far', () => {
    const absent = { '2025-09-15': 'I', '2025-09-16': 'I', '2025-10-28': 'O' };
    const marks = marksTo('2025-10-29', absent);
    const points = attendanceSeries({ marks, calendar, asOf: '2025-10-29' });
    // 6 weeks of Autumn 1 (3 Sep week … 6 Oct week) and the week of 27 Oct; half term is skipped.
    expect(points.map((p) => p.monday)).toEqual(['2025-09-01', '2025-09-08', '2025-09-15', '2025-09-22', '2025-09-29', '2025-10-06', '2025-10-27']);
    const engine = figuresFor(marks, calendar, { from: '2025-08-01', to: '2025-10-29' });
    expect(points.at(-1)!.yearToDate).toEqual(engine.attendance);
    expect(points[0]!.yearToDate!.text).toBe('100.0%');
    // Week of 15 Sep: 4 of 10 sessions missed; rolling = 3 Sep–19 Sep (3 weeks) = 22/26.
    expect(points[2]!.rolling).toMatchObject({ num: 22, den: 26 });
    expect(points[2]!.end).toBe('2025-09-21');
    expect(points.at(-1)!.end).toBe('2025-10-29');
    expect(seriesSummary(points)).toMatch(/^Attendance so far this year went from 100\.0% in the week beginning 1 September 2025 to .* in the week beginning 27 October 2025/);
  });

  it('starts at admission for a joiner and says so when there is nothing yet', () => {
    const points = attendanceSeries({ marks: marksTo('2025-09-19'), calendar, asOf: '2025-09-19', admissionDate: '2025-09-15' });
    expect(points.map((p) => p.monday)).toEqual(['2025-09-15']);
    expect(points[0]!.yearToDate).toMatchObject({ num: 10, den: 10 });
    expect(seriesSummary([])).toBe('No attendance figures yet this year.');
  });
});

describe('the code breakdown', () => {
  it('groups absence into illness, holiday, unauthorised; totals match the engine', () => {
    const marks = marksTo('2025-09-19', { '2025-09-04': 'I', '2025-09-05': 'G', '2025-09-08': 'N', '2025-09-09': 'O', '2025-09-10': 'M' });
    marks.push({ date: '2025-09-20', session: 'AM', code: 'O' }); // Saturday: not counted
    const b = codeBreakdown({ marks, calendar, from: '2025-08-01', to: '2025-09-19' });
    const engine = figuresFor(marks, calendar, { from: '2025-08-01', to: '2025-09-19' });
    expect(b.absentSessions).toBe(engine.counts.authorised + engine.counts.unauthorised);
    expect(b.groups).toEqual([
      { id: 'illness', label: 'Illness (I)', sessions: 2 },
      { id: 'medical', label: 'Medical or dental appointments (M)', sessions: 2 },
      { id: 'holiday', label: expect.stringMatching(/^Holiday/), sessions: 2 },
      { id: 'unauthorised-other', label: expect.stringMatching(/^Other unauthorised/), sessions: 2 },
      { id: 'no-reason-yet', label: 'Reason not yet known (N)', sessions: 2 },
    ]);
    expect(b.codes[0]).toMatchObject({ category: 'unauthorised' });
    expect(b.codes.find((c) => c.code === '/')).toMatchObject({ sessions: 8, meaning: 'Present at the morning register' }) // 13 school days, 5 absent;
  });
});

describe('the notice-to-improve countdown', () => {
  // Issued Mon 3 Nov 2025: the 20 school days are 4 Nov … Mon 1 Dec.
  it('counts school days, not calendar days, and says when the period ends', () => {
    expect(ntiCountdown('2025-11-03', '2025-12-01', calendar, '2025-11-03')).toEqual({
      state: 'not-started',
      left: 20,
      text: 'The improvement period starts on the next school day: 20 school days to go, ending 1 December 2025.',
    });
    expect(ntiCountdown('2025-11-03', '2025-12-01', calendar, '2025-11-10')).toMatchObject({ state: 'running', day: 5, left: 15 });
    expect(ntiCountdown('2025-11-03', '2025-12-01', calendar, '2025-11-28').text).toBe('School day 19 of 20: 1 school day left after today; the period ends on 1 December 2025.');
    expect(ntiCountdown('2025-11-03', '2025-12-01', calendar, '2025-12-01').state).toBe('ends-today');
    expect(ntiCountdown('2025-11-03', '2025-12-01', calendar, '2025-12-02')).toEqual({ state: 'ended', text: 'The improvement period ended on 1 December 2025.' });
  });
});
