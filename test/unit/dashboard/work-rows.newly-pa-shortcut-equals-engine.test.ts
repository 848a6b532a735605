import { describe, expect, it } from 'vitest';
import { summarisePupils } from '../../../lib/dashboard/pupil-summary';
import { workRows } from '../../../lib/dashboard/work-lists';
import { addDays, maxIso, mondayOf } from '../../../lib/engine/dates';
import { earnsStatus } from '../../../lib/engine/arithmetic';
import { figuresFor } from '../../../lib/engine/figures';
import type { SessionMark } from '../../../lib/engine/types';
import { demoMarkRows } from '../../e2e/support/demo-store-rows';
import { pupilRows, school, setup } from './demo-summaries';

/**
 * "Newly PA this week" skips the engine's figures for last week when today's counts alone prove the pupil
 * was already PA then (work-lists.ts, surelyPaLastWeek). On every day of a fortnight — Mondays with one
 * day's marks since last week, Fridays with five, weekends — the answer equals working it out in full.
 */
const seen = '2025-12-04T16:00:00.000Z';
const marks = new Map(school.pupils.map((p, i) => [pupilRows[i]!.id, demoMarkRows(p, seen).map((m): SessionMark => ({ date: m.date, session: m.session, code: m.code }))]));

describe('newly PA this week', () => {
  for (const asOf of ['2025-11-24', '2025-11-25', '2025-11-28', '2025-11-29', '2025-11-30', '2025-12-01', '2025-12-04']) {
    it(`equals the engine's figures to the end of last week, as of ${asOf}`, () => {
      const day = { ...setup, asOf };
      const all = summarisePupils({ pupils: pupilRows, marksByPupil: marks, actionsByPupil: new Map() }, day);
      const rows = workRows(all, day);
      const year = setup.calendar.academicYearOf(asOf);
      const lastWeekEnd = addDays(mondayOf(asOf), -1);
      let pa = 0;
      let fresh = 0;
      for (const r of rows) {
        if (!r.s.evaluation.persistentAbsence) {
          expect(r.newlyPa).toBe(false);
          continue;
        }
        pa++;
        const from = r.s.row.admissionDate ? maxIso(r.s.row.admissionDate, year.start) : year.start;
        const then = lastWeekEnd >= from ? figuresFor(r.s.marks, setup.calendar, {
          from,
          to: lastWeekEnd,
          ...(r.s.row.admissionDate ? { admissionDate: r.s.row.admissionDate } : {}),
          ...(r.s.row.leavingDate ? { leavingDate: r.s.row.leavingDate } : {}),
        }) : null;
        // PA as a status word at both ends: enough history (10 school days with marks) then and now.
        const before = !!then && then.persistentAbsence && earnsStatus(then.coverage.daysWithMarks);
        const now = earnsStatus(r.s.evaluation.coverage.daysWithMarks);
        expect(r.newlyPa, r.s.name).toBe(now && !before);
        if (r.newlyPa) fresh++;
      }
      expect(pa).toBeGreaterThan(10);
      // Proof the comparison can fail: somewhere in the fortnight pupils do become PA (checked below over all days).
      newly.push(fresh);
    });
  }
  const newly: number[] = [];

  it('a new arrival whose figure had too little history last week and earns PA this week is newly PA (status words compared, not raw figures)', () => {
    // Admitted on Thu 20 Nov 2025: 7 school days of marks by Sun 30 Nov (raw PA: absent 1 of 7, but too little
    // history for the word), 11 by Thu 4 Dec (absent 3 of 11: PA, and enough history).
    const asOf = '2025-12-04';
    const day = { ...setup, asOf };
    const row = { ...pupilRows[0]!, id: 'new-arrival', admissionDate: '2025-11-20' };
    const days = setup.calendar.schoolDays('2025-11-20', asOf);
    const m: SessionMark[] = days.flatMap((d, i) => (['AM', 'PM'] as const).map((session) => ({ date: d, session, code: i === 0 || i >= days.length - 2 ? 'O' : '/' })));
    const [s] = summarisePupils({ pupils: [row], marksByPupil: new Map([[row.id, m]]), actionsByPupil: new Map() }, day);
    expect(s!.evaluation.persistentAbsence).toBe(true);
    expect(earnsStatus(s!.evaluation.coverage.daysWithMarks)).toBe(true);
    const lastWeek = figuresFor(m, setup.calendar, { from: '2025-11-20', to: '2025-11-30', admissionDate: '2025-11-20' });
    expect(lastWeek.persistentAbsence).toBe(true); // raw PA last week…
    expect(earnsStatus(lastWeek.coverage.daysWithMarks)).toBe(false); // …but too little history for the word
    expect(workRows([s!], day)[0]!.newlyPa).toBe(true);
  });
  it('some pupil becomes PA in the fortnight (so the check above is not vacuous)', () => {
    expect(newly.some((n) => n > 0)).toBe(true);
  });
});
