import { describe, expect, it } from 'vitest';
import { compareCohorts } from '../../../lib/dashboard/cohorts';
import { schoolOverview } from '../../../lib/dashboard/school-overview';
import {
  DEFAULT_WORK_QUERY,
  namedListCsv,
  sessionsToPa,
  tabCounts,
  toCsv,
  workListRows,
  workRows,
  WORK_TAB_IDS,
  type WorkOptions,
} from '../../../lib/dashboard/work-lists';
import { earnsStatus } from '../../../lib/engine/arithmetic';
import { figuresFor } from '../../../lib/engine/figures';
import { AS_OF, setup, summaries } from './demo-summaries';

const opts: WorkOptions = { calendar: setup.calendar, asOf: AS_OF, atRiskSessions: 6, staleSchoolDays: 5 };
const rows = workRows(summaries, opts);

describe('the lists to work from', () => {
  it('counts each tab exactly as the engine flags the pupils', () => {
    const c = tabCounts(rows, DEFAULT_WORK_QUERY, opts);
    const ev = summaries.map((s) => s.evaluation);
    expect(c.all).toBe(summaries.length);
    // PA/SA only where the figure has earned a status word (enough history, DECISIONS.md 18).
    const earned = (e: (typeof ev)[number]) => e.possibleSessions > 0 && earnsStatus(e.coverage.daysWithMarks);
    expect(c.SA).toBe(ev.filter((e) => earned(e) && e.severeAbsence).length);
    expect(c.PA).toBe(ev.filter((e) => earned(e) && e.persistentAbsence).length);
    expect(c.pn).toBe(ev.filter((e) => e.flags.includes('PN_THRESHOLD_MET') || e.flags.includes('PN_THRESHOLD_MET_EXCLUDING_N')).length);
    expect(c['n-overdue']).toBe(ev.filter((e) => e.flags.includes('N_CODE_OVERDUE')).length);
    expect(c['part-time']).toBe(ev.filter((e) => e.flags.includes('PART_TIME_TIMETABLE')).length);
    expect(c.SA).toBeGreaterThan(0);
    expect(c.PA).toBeGreaterThan(c.SA);
    for (const t of WORK_TAB_IDS) expect(workListRows(rows, { ...DEFAULT_WORK_QUERY, tab: t }, opts)).toHaveLength(c[t]);
  });

  it('at risk: the exact number of missed sessions that would tip a pupil into PA', () => {
    // 95/100: 10 × (5 + n) ≥ 100 + n → n ≥ 50/9 → 6.
    expect(sessionsToPa(95, 100)).toBe(6);
    expect(sessionsToPa(90, 100)).toBe(0);
    expect(sessionsToPa(0, 0)).toBeNull();
    for (const r of rows.filter((x) => x.sessionsToPa !== null && x.sessionsToPa > 0).slice(0, 20)) {
      const { attended, possible } = r.s.badge.attendance;
      const n = r.sessionsToPa!;
      expect(10 * (possible - attended + n) >= possible + n).toBe(true);
      expect(10 * (possible - attended + n - 1) >= possible + n - 1).toBe(false);
    }
  });

  it('newly PA this week: PA today and not at the end of last week, by the engine', () => {
    for (const r of rows.filter((x) => x.s.evaluation.persistentAbsence)) {
      const before = figuresFor(r.s.marks, setup.calendar, { from: '2025-08-01', to: '2025-11-30', admissionDate: r.s.row.admissionDate! });
      expect(r.newlyPa).toBe(!before.persistentAbsence);
    }
  });

  it('filters by year group, registration group and characteristic, and the counts follow', () => {
    const q = { ...DEFAULT_WORK_QUERY, yearGroup: 'Year 7', characteristic: 'fsm' as const };
    const shown = workListRows(rows, q, opts);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((r) => r.s.row.yearGroup === 'Year 7' && r.s.row.fsm === 1)).toBe(true);
    expect(tabCounts(rows, q, opts).all).toBe(shown.length);
    const reg = workListRows(rows, { ...DEFAULT_WORK_QUERY, regGroup: '7RB', sort: 'name' }, opts);
    expect(reg.every((r) => r.s.row.regGroup === '7RB')).toBe(true);
    expect(reg.map((r) => r.s.sortName)).toEqual([...reg.map((r) => r.s.sortName)].sort((a, b) => a.localeCompare(b)));
  });

  it('the named CSV quotes what needs quoting and never starts a cell with a formula', () => {
    expect(toCsv([['a,b', '=1+1', 'say "hi"']])).toBe('"a,b",\'=1+1,"say ""hi"""\r\n');
    const csv = namedListCsv(workListRows(rows, { ...DEFAULT_WORK_QUERY, tab: 'SA' }, opts));
    expect(csv.split('\r\n')[0]).toBe('Name,UPN,Year group,Registration group,Attendance %,Attended,Possible,Status,LA band,Flags,Last mark stored');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + tabCounts(rows, DEFAULT_WORK_QUERY, opts).SA);
  });
});

describe('cohort comparison and the school overview', () => {
  it('sums the engine counts per group; FSM against non-FSM with the gap', () => {
    const c = compareCohorts(summaries);
    const att = summaries.reduce((n, s) => n + s.evaluation.counts.present + s.evaluation.counts.aea, 0);
    const poss = summaries.reduce((n, s) => n + s.evaluation.possibleSessions, 0);
    expect(c.all.attendance).toMatchObject({ num: att, den: poss });
    const fsm = c.pairs.find((p) => p.id === 'fsm')!;
    expect(fsm.withIt.pupils + fsm.without.pupils).toBe(summaries.length);
    expect(fsm.attendanceGap).toBeCloseTo(fsm.withIt.attendance!.pct - fsm.without.attendance!.pct, 1);
    expect(c.yearGroups.map((g) => g.label)).toEqual(['Year 7', 'Year 8', 'Year 9', 'Year 10', 'Year 11']);
    expect(c.yearGroups.reduce((n, g) => n + g.pa, 0)).toBe(c.all.pa);
  });

  it('the last week of the trend agrees with the year-to-date PA count; coverage is in words', () => {
    const o = schoolOverview(summaries, setup.calendar, AS_OF);
    expect(o.yearToDate.pa).toBe(summaries.filter((s) => s.evaluation.persistentAbsence).length);
    expect(o.weeks.at(-1)!.pa).toBe(o.yearToDate.pa);
    expect(o.weeks.at(-1)!.sa).toBe(o.yearToDate.sa);
    expect(o.weeks[0]!.monday).toBe('2025-09-01');
    expect(o.term?.name).toBe('Term 2 2025/26'); // Kent's six terms are its half-terms
    expect(o.coverage.daysWithMarks).toBe(o.coverage.schoolDaysSoFar);
    expect(o.coverage.text).toMatch(/^Marks are stored for every one of the \d+ school days so far this year/);
    expect(o.groups.find((g) => g.group === '7RB')!.pupils).toBe(summaries.filter((s) => s.row.regGroup === '7RB').length);
  });
});

describe('the term figure', () => {
  it('equals figuresFor over the term for every pupil, summed', async () => {
    const { figuresFor: ff } = await import('../../../lib/engine/figures');
    const o = schoolOverview(summaries, setup.calendar, AS_OF);
    const term = setup.calendar.termOf(AS_OF)!;
    let pa = 0, att = 0;
    for (const s of summaries) {
      const f = ff(s.marks, setup.calendar, { from: term.start, to: AS_OF, ...(s.row.admissionDate ? { admissionDate: s.row.admissionDate } : {}), ...(s.row.leavingDate ? { leavingDate: s.row.leavingDate } : {}) });
      if (f.persistentAbsence) pa++;
      att += f.counts.present + f.counts.aea;
    }
    expect(o.term!.pa).toBe(pa);
    expect(o.term!.attendance!.num).toBe(att);
  });
});
