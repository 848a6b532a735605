import { describe, expect, it } from 'vitest';
import { applyUnsavedMarks, bandFor, recoveryText } from '../../../lib/overlay/live';
import { summaryFor } from '../../../lib/pupil/page-summary';
import { type BandRule } from '../../../lib/pupil/badge';
import { makeBadge } from './badge-factory';

// Kent bands (rules §4.1) as exact conditions.
const KENT: BandRule[] = [
  { id: 'KENT_MEETS_EXPECTATION', label: 'Meets expectation', tone: 'good', nextStep: 'Universal', above: { pct: 96, inclusive: true }, atRisk: false },
  { id: 'KENT_BELOW_EXPECTATION', label: 'Below expectation', tone: 'info', nextStep: 'Early action', above: { pct: 90, inclusive: false }, below: { pct: 96, inclusive: false }, atRisk: true },
  { id: 'KENT_PA', label: 'Persistent absence', tone: 'warn', nextStep: 'PA cohort', above: { pct: 50, inclusive: false }, below: { pct: 90, inclusive: true }, atRisk: true },
  { id: 'KENT_SA', label: 'Severe absence', tone: 'severe', nextStep: 'Top priority', below: { pct: 50, inclusive: true }, atRisk: true },
];

const TODAY = '2025-03-10';
const onPage = { [`${TODAY}|AM`]: '/', [`${TODAY}|PM`]: null, '2025-03-07|AM': 'O' };

describe('live recompute from an on-screen edit', () => {
  it('an edit from / to O flips a pupil at 90.1% to PA, marked unsaved', () => {
    const base = makeBadge(182, 202, { status: 'at-risk', onPageSessions: onPage });
    expect(base.attendance.display).toBe('90.1');
    const live = applyUnsavedMarks(base, { [`${TODAY}|AM`]: 'O' });
    expect(live.status).toBe('PA');
    expect(live.attendance).toEqual({ attended: 181, possible: 202, display: '89.6', showFraction: false });
    expect(live.includesUnsaved).toBe(true);
    // The figures count the edit; the reasons (the background's) do not yet, and the panel must say so.
    expect(live.reasonsBeforeEdits).toBe(true);
    expect(base.reasonsBeforeEdits).toBeUndefined();
    expect(live.recovery).toBe('9 present sessions in a row would bring absence below 10%.');
    expect(base.includesUnsaved).toBe(false); // the stored badge is not mutated
  });

  it('reverting the edit returns the stored badge itself', () => {
    const base = makeBadge(182, 202, { status: 'at-risk', onPageSessions: onPage });
    expect(applyUnsavedMarks(base, { [`${TODAY}|AM`]: '/' })).toBe(base);
    expect(applyUnsavedMarks(base, {})).toBe(base);
  });

  it('a first mark on an unrecorded session adds a possible session', () => {
    const base = makeBadge(18, 20, { onPageSessions: onPage }); // exactly 90%: PA
    const present = applyUnsavedMarks(base, { [`${TODAY}|PM`]: '\\' });
    expect(present.attendance.possible).toBe(21);
    expect(present.attendance.attended).toBe(19);
    expect(present.status).toBe('at-risk'); // left PA; without band rules "at-risk"
    const late = applyUnsavedMarks(base, { [`${TODAY}|PM`]: ' l ' }); // D-NORM: L is present
    expect(late.attendance.attended).toBe(19);
  });

  it('not-possible, blank and unknown codes leave possible sessions out', () => {
    const base = makeBadge(18, 20, { onPageSessions: onPage });
    for (const code of ['#', 'Y4', '-', '', 'Q9']) {
      const r = applyUnsavedMarks(base, { [`${TODAY}|AM`]: code });
      expect(r.attendance, code).toMatchObject({ attended: 17, possible: 19 });
    }
  });

  it('turning an absence into a present session can lift a pupil out of SA', () => {
    const base = makeBadge(10, 20, { onPageSessions: { '2025-03-07|AM': 'O' } });
    expect(base.status).toBe('SA');
    const r = applyUnsavedMarks(base, { '2025-03-07|AM': '/' });
    expect(r.status).toBe('PA');
    expect(r.attendance.display).toBe('55.0');
  });

  it('legacy codes are read by date (H before 19 Aug 2024 is authorised absence)', () => {
    const base = makeBadge(19, 20, { onPageSessions: { '2024-07-01|AM': '/' } });
    const r = applyUnsavedMarks(base, { '2024-07-01|AM': 'h' });
    expect(r.attendance).toMatchObject({ attended: 18, possible: 20 });
    expect(r.status).toBe('PA');
  });

  it('edits after asOf are ignored, as the engine ignores them', () => {
    const base = makeBadge(18, 20, { onPageSessions: { '2025-03-11|AM': null } });
    expect(applyUnsavedMarks(base, { '2025-03-11|AM': 'O' }, { asOf: TODAY })).toBe(base);
  });

  it('with band rules, the band and the at-risk word are recomputed exactly', () => {
    const base = makeBadge(19, 20, { onPageSessions: onPage, band: { id: 'KENT_BELOW_EXPECTATION', label: 'Below expectation', tone: 'info', nextStep: 'Early action' } });
    const r = applyUnsavedMarks(base, { [`${TODAY}|PM`]: '/' }, { bandRules: KENT });
    expect(r.attendance).toMatchObject({ attended: 20, possible: 21 }); // 95.24%
    expect(r.band?.id).toBe('KENT_BELOW_EXPECTATION');
    expect(r.status).toBe('at-risk');
    const pa = applyUnsavedMarks(base, { [`${TODAY}|PM`]: 'N', [`${TODAY}|AM`]: 'N' }, { bandRules: KENT });
    expect(pa.attendance).toMatchObject({ attended: 18, possible: 21 }); // 85.7%
    expect(pa.band?.id).toBe('KENT_PA');
    expect(pa.band?.tone).toBe('warn');
    expect(pa.status).toBe('PA');
  });

  it('shows the fraction when a live edit lands on 89.95%', () => {
    const base = makeBadge(189, 209, { onPageSessions: { [`${TODAY}|AM`]: '/' } });
    const r = applyUnsavedMarks(base, { [`${TODAY}|AM`]: 'I' });
    expect(r.attendance).toEqual({ attended: 188, possible: 209, display: '90.0', showFraction: true });
    expect(r.status).toBe('PA');
  });
});

describe('band and recovery arithmetic', () => {
  it('bands on the exact fraction, with inclusive edges', () => {
    expect(bandFor(18, 20, KENT)?.id).toBe('KENT_PA'); // exactly 90
    expect(bandFor(181, 201, KENT)?.id).toBe('KENT_BELOW_EXPECTATION'); // 90.05
    expect(bandFor(24, 25, KENT)?.id).toBe('KENT_MEETS_EXPECTATION'); // exactly 96
    expect(bandFor(10, 20, KENT)?.id).toBe('KENT_SA'); // exactly 50
    expect(bandFor(0, 0, KENT)).toBeNull();
  });
  it('recovery for PA and SA, and the margin for everyone else', () => {
    expect(recoveryText(181, 202)).toBe('9 present sessions in a row would bring absence below 10%.');
    // 10/30 → below 50% absence after 11 (21/41), below 10% after 171 (181/201).
    expect(recoveryText(10, 30)).toBe('11 present sessions in a row would bring absence below 50%, and 171 below 10%.');
    expect(recoveryText(19, 20)).toBe('2 more absences in a row would make this persistent absence (10% or more missed).');
    expect(recoveryText(19, 20, 40)).toBe('2 more absences in a row would make this persistent absence (10% or more missed); 40 sessions are left this year.');
    expect(recoveryText(0, 0)).toBeNull();
  });
});

describe('page summary', () => {
  it('counts SA, PA (SA included), markers and provisional badges', () => {
    const pn = { id: 'PN_THRESHOLD' as const, short: 'PN', text: 'PN' };
    const n = { id: 'N_OVERDUE' as const, short: 'N', text: 'N' };
    const ret = { id: 'SICKNESS_RETURN' as const, short: 'R', text: 'R' };
    const ret2 = { id: 'ATTENDANCE_RETURN' as const, short: 'R', text: 'R' };
    const badges = [
      makeBadge(5, 20, { markers: [pn, n] }), // SA
      makeBadge(8, 9, { markers: [pn, ret, ret2] }), // PA
      makeBadge(8, 9, { provisional: true }), // PA
      makeBadge(19, 20, { markers: [n] }),
      makeBadge(0, 0),
    ];
    expect(summaryFor(badges, '7RB')).toEqual({
      group: '7RB',
      counts: { SA: 1, PA: 3, pnThreshold: 2, nOverdue: 2, returnsDue: 1 },
      provisional: 1,
    });
  });
});
