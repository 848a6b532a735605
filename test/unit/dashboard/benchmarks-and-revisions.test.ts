import { describe, expect, it } from 'vitest';
import { parseBenchmark, readDashboardPrefs, DEFAULT_DASHBOARD_PREFS } from '../../../lib/dashboard/dashboard-prefs';
import { academicYearsFrom, revisionLines } from '../../../lib/dashboard/mark-revisions';
import { buildCalendar, academicYearOf } from '../../../lib/engine/calendar';

describe('benchmarks the school enters', () => {
  it('keep one decimal, need a source, and refuse what is not a percentage', () => {
    expect(parseBenchmark({ attendance: '93.14', pa: '17.6%', sa: '', source: ' DfE 2025 ' })).toEqual({ ok: true, value: { attendance: 93.1, pa: 17.6, source: 'DfE 2025' } });
    expect(parseBenchmark({ attendance: '', pa: '', sa: '', source: '' })).toEqual({ ok: true, value: undefined });
    expect(parseBenchmark({ attendance: '101', pa: 'x', sa: '', source: '' })).toEqual({
      ok: false,
      errors: { attendance: 'Enter a percentage from 0 to 100, for example 93.2.', pa: 'Enter a percentage from 0 to 100, for example 93.2.' },
    });
    expect(parseBenchmark({ attendance: '93', pa: '', sa: '', source: '' })).toMatchObject({ ok: false, errors: { source: expect.stringMatching(/^Say where the figures come from/) } });
  });

  it('stored settings that are missing or invalid fall back to the defaults', () => {
    expect(readDashboardPrefs(undefined)).toEqual(DEFAULT_DASHBOARD_PREFS);
    expect(readDashboardPrefs({ atRiskSessions: -3 })).toEqual(DEFAULT_DASHBOARD_PREFS);
    expect(readDashboardPrefs({ atRiskSessions: 10 }).atRiskSessions).toBe(10);
  });
});

describe('changed marks', () => {
  const calendar = buildCalendar({ terms: [{ name: 'Autumn', start: '2025-09-03', end: '2025-12-19' }], closures: [] });
  it('say what changed to what, and how many school days later it was seen', () => {
    const row = { pupilId: 'p', date: '2025-11-06', session: 'AM' as const, code: 'N', source: 's', firstSeen: 'x', lastSeenOn: '2025-11-06', newCode: 'I', newSource: 's' };
    const lines = revisionLines(
      [
        { ...row, id: 'a', changedAt: '2025-11-11T09:00:00Z' },
        { ...row, id: 'b', date: '2025-11-12', changedAt: '2025-11-12T15:00:00Z' },
      ],
      calendar,
    );
    expect(lines.map((l) => l.text)).toEqual([
      '12 November 2025 AM: N (Reason for absence not yet established) changed to I (Illness), seen on 12 November 2025, the same day.',
      '6 November 2025 AM: N (Reason for absence not yet established) changed to I (Illness), seen on 11 November 2025, 3 school days later.',
    ]);
  });

  it('past academic years run from the earliest stored mark to this year', () => {
    const start = (d: string) => Number(academicYearOf(d).start.slice(0, 4));
    expect(academicYearsFrom('2023-10-01', '2025-11-14', start)).toEqual([2025, 2024, 2023]);
    expect(academicYearsFrom(undefined, '2025-11-14', start)).toEqual([2025]);
  });
});
