import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compareCohorts } from '../../../lib/dashboard/cohorts';
import { makeSecret, refMaker, refsFor } from '../../../lib/dashboard/opaque-ref';
import { summarisePupils } from '../../../lib/dashboard/pupil-summary';
import { schoolOverview } from '../../../lib/dashboard/school-overview';
import { countsAsPa, countsAsSa, statusEarned } from '../../../lib/dashboard/status-earned';
import { buildTsmPack, tsmCsv } from '../../../lib/dashboard/tsm-pack';
import { DEFAULT_WORK_QUERY, namedListCsv, tabCounts, workListRows, workRows, type WorkOptions } from '../../../lib/dashboard/work-lists';
import { earnsStatus } from '../../../lib/engine/arithmetic';
import type { SessionMark } from '../../../lib/engine/types';
import { demoMarkRows, demoPupilRow } from '../../e2e/support/demo-store-rows';
import { withNewArrivals } from '../../e2e/support/new-arrivals';
import { AS_OF, school, setup, summaries } from './demo-summaries';

/**
 * Issue 16 on the dashboard: a pupil whose figure rests on too little history is in no SA or PA list, count,
 * rate, cohort or TSM figure — yet is visible (All pupils) and accounted for ("not yet counted"), so totals add up.
 * Three pupils who joined on the last three school days: all absent (0%, SA by the arithmetic), one session
 * missed of six (PA by the arithmetic) and all present.
 */
const { arrivals } = withNewArrivals(school);
const seen = `${AS_OF}T16:00:00.000Z`;
const rows = arrivals.map((p) => demoPupilRow(p, seen));
const fresh = summarisePupils(
  {
    pupils: rows,
    marksByPupil: new Map(arrivals.map((p, i) => [rows[i]!.id, demoMarkRows(p, seen).map((m): SessionMark => ({ date: m.date, session: m.session, code: m.code }))])),
    actionsByPupil: new Map(),
  },
  setup,
);
const everyone = [...summaries, ...fresh];
const opts: WorkOptions = { calendar: setup.calendar, asOf: AS_OF, atRiskSessions: 6, staleSchoolDays: 5 };
/** The engine's own decision: PA/SA by R-PA/R-SA, and a status only on enough history. */
const earned = (s: (typeof everyone)[number]) => s.evaluation.possibleSessions > 0 && earnsStatus(s.evaluation.coverage.daysWithMarks);

describe('too little history: counted nowhere as PA or SA, but visible and accounted for', () => {
  it('the arrivals are PA and SA by the arithmetic, but the engine gives them no status word', () => {
    expect(fresh.map((s) => s.badge.status)).toEqual(['building', 'building', 'building']);
    expect(fresh[0]!.evaluation.severeAbsence).toBe(true);
    expect(fresh[1]!.evaluation.persistentAbsence).toBe(true);
    expect(fresh[1]!.evaluation.severeAbsence).toBe(false);
    expect(fresh.every((s) => !statusEarned(s) && !countsAsPa(s) && !countsAsSa(s))).toBe(true);
  });

  it('lists: SA and PA tabs leave them out, All pupils has them, counts equal the engine with its history rule', () => {
    const w = workRows(everyone, opts);
    const c = tabCounts(w, DEFAULT_WORK_QUERY, opts);
    expect(c.all).toBe(everyone.length);
    expect(c.SA).toBe(everyone.filter((s) => earned(s) && s.evaluation.severeAbsence).length);
    expect(c.PA).toBe(everyone.filter((s) => earned(s) && s.evaluation.persistentAbsence).length);
    // Adding them changed nothing in SA, PA, at risk or newly PA.
    const before = tabCounts(workRows(summaries, opts), DEFAULT_WORK_QUERY, opts);
    for (const t of ['SA', 'PA', 'at-risk', 'new-PA'] as const) expect(c[t]).toBe(before[t]);
    const ids = new Set(fresh.map((s) => s.pupilId));
    for (const tab of ['SA', 'PA', 'at-risk', 'new-PA'] as const) expect(workListRows(w, { ...DEFAULT_WORK_QUERY, tab }, opts).filter((r) => ids.has(r.s.pupilId))).toEqual([]);
    expect(workListRows(w, DEFAULT_WORK_QUERY, opts).filter((r) => ids.has(r.s.pupilId))).toHaveLength(3);
    // The named CSV says why there is no status, rather than a blank that reads as "fine".
    const csv = Papa.parse<string[]>(namedListCsv(workListRows(w, { ...DEFAULT_WORK_QUERY, search: fresh[0]!.row.upn! }, opts))).data;
    expect(csv[1]![7]).toBe('Too little history');
  });

  it('cohorts: PA/SA rates over pupils with a status; the rest are not yet counted, and the totals add up', () => {
    const c = compareCohorts(everyone);
    const base = compareCohorts(summaries);
    expect(c.all.pupils).toBe(base.all.pupils + 3);
    expect(c.all.pa).toBe(base.all.pa);
    expect(c.all.sa).toBe(base.all.sa);
    expect(c.all.counted).toBe(base.all.counted);
    expect(c.all.paRate).toEqual(base.all.paRate);
    expect(c.all.building).toBe(base.all.building + 3);
    for (const g of [c.all, ...c.yearGroups, ...c.pairs.flatMap((p) => [p.withIt, p.without])]) expect(g.counted + g.building + g.noFigure).toBe(g.pupils);
    // Attendance still counts their sessions (they happened): 11 more attended (0 + 5 + 6), 18 more possible.
    expect(c.all.attendance!.den).toBe(base.all.attendance!.den + 18);
    expect(c.all.attendance!.num).toBe(base.all.attendance!.num + 11);
    expect(c.all.pa).toBe(everyone.filter((s) => earned(s) && s.evaluation.persistentAbsence).length);
  });

  it('overview: year, term and every week of the trend leave them out of PA/SA and say how many are not yet counted', () => {
    const o = schoolOverview(everyone, setup.calendar, AS_OF);
    const base = schoolOverview(summaries, setup.calendar, AS_OF);
    expect(o.yearToDate.pa).toBe(base.yearToDate.pa);
    expect(o.yearToDate.sa).toBe(base.yearToDate.sa);
    expect(o.yearToDate.building).toBe(3);
    expect(o.term!.pa).toBe(base.term!.pa);
    expect(o.term!.sa).toBe(base.term!.sa);
    expect(o.term!.building).toBeGreaterThanOrEqual(3);
    expect(o.term!.counted + o.term!.building + o.term!.noFigure).toBe(everyone.length);
    expect(o.weeks.map((w) => [w.pa, w.sa, w.paRate, w.saRate])).toEqual(base.weeks.map((w) => [w.pa, w.sa, w.paRate, w.saRate]));
    // The trend's last week stands on the year so far: the same pupils as the year's figure.
    expect(o.weeks.at(-1)!.pa).toBe(o.yearToDate.pa);
    expect(o.weeks.at(-1)!.sa).toBe(o.yearToDate.sa);
  });

  it('the trend counts nobody in its first weeks, before anyone has enough history', () => {
    const o = schoolOverview(everyone, setup.calendar, AS_OF);
    expect(o.weeks[0]!.pa).toBe(0);
    expect(o.weeks[0]!.paRate).toBeNull();
  });

  it('TSM pack: not among the pupils to discuss, not in PA/SA, counted as "not yet counted"; a PA pupil last time is not "no longer PA"', async () => {
    const refs = await refsFor(await refMaker(makeSecret()), everyone.map((s) => s.pupilId));
    const first = buildTsmPack(everyone, refs, null, AS_OF, 'S');
    const arrivalRefs = fresh.map((s) => refs.get(s.pupilId)!);
    expect(first.pupils.filter((p) => arrivalRefs.includes(p.ref))).toEqual([]);
    expect(first.pupils).toHaveLength(everyone.filter((s) => earned(s) && s.evaluation.persistentAbsence).length);
    expect(arrivalRefs.map((r) => first.snapshot.statuses[r])).toEqual(['too-little-history', 'too-little-history', 'too-little-history']);
    const all = first.rows.find((r) => r.id === 'all')!;
    expect(all.building).toBe(3);
    const csv = Papa.parse<string[]>(tsmCsv(first)).data;
    const head = csv.find((l) => l[0] === 'Group')!;
    expect(head.at(-1)).toBe('Not yet counted (too little history)');
    expect(csv.find((l) => l[0] === all.label)!.at(-1)).toBe('3');
    expect(csv.some((l) => /not yet counted/.test(l[0] ?? ''))).toBe(true);

    // Last meeting (say, July) had the first arrival as SA: now there is too little history to say, not "no longer PA".
    const last = { date: '2025-07-10', statuses: { ...first.snapshot.statuses, [arrivalRefs[0]!]: 'SA' as const } };
    const next = buildTsmPack(everyone, refs, last, AS_OF, 'S');
    expect(next.movement!.leftPa).toBe(0);
    const row = next.pupils.find((p) => p.ref === arrivalRefs[0]);
    expect(row).toMatchObject({ status: 'too-little-history', movement: 'not-yet-counted' });
  });
});
