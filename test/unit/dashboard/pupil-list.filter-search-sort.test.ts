import { describe, expect, it } from 'vitest';
import { coverageWords } from '../../../lib/dashboard/pupil-list';
import { DEFAULT_WORK_QUERY, workListRows, type WorkQuery, type WorkRow } from '../../../lib/dashboard/work-lists';
import { addActionHref, editActionHref, parseRoute, pupilHref, pupilYearHref } from '../../../lib/dashboard/routes';
import { buildCalendar } from '../../../lib/engine/calendar';
import type { PupilSummary } from '../../../lib/dashboard/pupil-summary';
import type { BadgeStatus } from '../../../lib/pupil/badge';

/** Only the fields the list reads; the figures themselves are tested against the background's badges. */
function pupil(name: string, status: BadgeStatus, attended: number, possible: number, extra: { markers?: number; upn?: string; provisional?: boolean } = {}): PupilSummary {
  const [fore, sur] = name.split(' ');
  return {
    pupilId: `id-${name}`,
    row: { id: `id-${name}`, misKeys: [], seen: {}, legalForename: fore, legalSurname: sur, upn: extra.upn, regGroup: '7RB' },
    name,
    sortName: `${sur} ${fore}`.toLowerCase(),
    badge: {
      status,
      attendance: { attended, possible, display: possible ? ((attended / possible) * 100).toFixed(1) : null, showFraction: false },
      markers: Array.from({ length: extra.markers ?? 0 }, () => ({ id: 'PN_THRESHOLD' as const, short: 'PN', text: 'met' })),
      provisional: extra.provisional ?? false,
      coverage: { schoolDaysOnRoll: 50, daysWithMarks: extra.provisional ? 5 : 50, missingDays: extra.provisional ? 45 : 0 },
    },
  } as unknown as PupilSummary;
}

const all = [
  pupil('Zoë Adams', 'ok', 98, 100, { upn: 'A123' }),
  pupil('Ben Carter', 'SA', 40, 100, { markers: 1 }),
  pupil('Cara Brown', 'PA', 1779, 2000), // 88.95%: below Dan's 88.96% though both show 89.0%
  pupil('Dan Evans', 'PA', 1780, 2001),
  pupil('Eve Ford', 'at-risk', 95, 100, { provisional: true }),
  pupil('Fay Green', 'no-data', 0, 0),
];
const rows: WorkRow[] = all.map((s) => ({ s, sessionsToPa: null, newlyPa: false, lastMark: null, schoolDaysSinceMark: 0 }));
const opts = { calendar: buildCalendar({ terms: [], closures: [] }), asOf: '2025-11-14', atRiskSessions: 6, staleSchoolDays: 5 };
const q = (over: Partial<WorkQuery>) => workListRows(rows, { ...DEFAULT_WORK_QUERY, ...over }, opts).map((r) => r.s.name);

describe('the pupil list', () => {
  it('sorts by attendance on the exact fraction, pupils without figures last either way', () => {
    expect(q({})).toEqual(['Ben Carter', 'Cara Brown', 'Dan Evans', 'Eve Ford', 'Zoë Adams', 'Fay Green']);
    expect(q({ dir: 'desc' })).toEqual(['Zoë Adams', 'Eve Ford', 'Dan Evans', 'Cara Brown', 'Ben Carter', 'Fay Green']);
    expect(q({ sort: 'name' })).toEqual(['Zoë Adams', 'Cara Brown', 'Ben Carter', 'Dan Evans', 'Eve Ford', 'Fay Green']);
  });

  it('searches names without caring for case or accents, and UPNs', () => {
    expect(q({ search: 'zoe' })).toEqual(['Zoë Adams']);
    expect(q({ search: 'ADAMS z' })).toEqual(['Zoë Adams']);
    expect(q({ search: 'a123' })).toEqual(['Zoë Adams']);
    expect(q({ search: 'nobody' })).toEqual([]);
  });

  it('says when a figure is provisional', () => {
    expect(coverageWords(all[4]!)).toBe('Provisional: 5 of 50 days');
    expect(coverageWords(all[0]!)).toBe('Complete (50 days)');
  });
});

describe('dashboard routes', () => {
  it('round-trips any pupil id through the links the overlay will open', () => {
    const id = 'p/1 #x?%';
    expect(parseRoute(pupilHref(id))).toEqual({ kind: 'pupil', pupilId: id });
    expect(parseRoute(addActionHref(id))).toEqual({ kind: 'add-action', pupilId: id });
    expect(parseRoute('')).toEqual({ kind: 'list' });
    expect(parseRoute('#/')).toEqual({ kind: 'list' });
    expect(parseRoute('#/pupil/%E0%A4%A')).toEqual({ kind: 'not-found', hash: '#/pupil/%E0%A4%A' });
    expect(parseRoute('#/elsewhere')).toEqual({ kind: 'not-found', hash: '#/elsewhere' });
    expect(parseRoute(editActionHref(id, 'a/1'))).toEqual({ kind: 'edit-action', pupilId: id, actionId: 'a/1' });
    expect(parseRoute(pupilYearHref(id, 2024))).toEqual({ kind: 'pupil', pupilId: id, yearStart: 2024 });
    expect(['#/overview', '#/cohorts', '#/tsm'].map((h) => parseRoute(h).kind)).toEqual(['overview', 'cohorts', 'tsm']);
  });
});
