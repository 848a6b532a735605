/**
 * The school at a glance: attendance, PA and SA (pupils and rates) for the year so far and this term,
 * week by week through the year, and how much of it stands on stored marks (coverage), for the school,
 * each registration group and each pupil. Every count is the engine's: `tallyRange` over one timeline
 * per pupil, for the term so far and for each school week of the trend (PA/SA at a week's end
 * apply R-PA/R-SA to the running sums of those exact counts). A pupil counts in a PA/SA figure only when
 * that figure rests on at least MIN_HISTORY_DAYS school days of marks (DECISIONS.md 18): the year's as the
 * badge says, the term's on the term's marks, a week's end on the year's marks up to that week.
 */
import { earnsStatus } from '../engine/arithmetic';
import type { SchoolCalendar, Term } from '../engine/calendar';
import { maxIso, minIso, toDayNumber, weekdayOfDayNumber, type IsoDate } from '../engine/dates';
import { tallyRange } from '../engine/figures';
import { rate } from '../engine/fraction';
import { buildTimeline } from '../engine/timeline';
import type { Rate } from '../engine/types';
import { groupFigures, type GroupFigures } from './cohorts';
import type { PupilSummary } from './pupil-summary';

export interface WeekTrend {
  monday: IsoDate;
  /** That week's attendance across the school. */
  attendance: Rate | null;
  /** Share of pupils PA / SA on the year so far at the week's end, of those with enough history by then. */
  paRate: Rate | null;
  saRate: Rate | null;
  pa: number;
  sa: number;
}

export interface Coverage {
  schoolDaysSoFar: number;
  /** School days so far this year on which at least one pupil has a stored mark. */
  daysWithMarks: number;
  text: string;
}

export interface GroupCoverage extends Coverage {
  group: string;
  pupils: number;
  /** Pupils whose every school day on roll has marks. */
  complete: number;
}

export interface SchoolOverview {
  yearToDate: GroupFigures;
  term: (GroupFigures & { name: string; from: IsoDate }) | null;
  weeks: WeekTrend[];
  coverage: Coverage;
  groups: GroupCoverage[];
  pupilsComplete: number;
  pupilsProvisional: number;
}

const days = (n: number) => `${n} school ${n === 1 ? 'day' : 'days'}`;

function coverageOf(dates: ReadonlySet<IsoDate>, schoolDays: readonly IsoDate[]): Coverage {
  const withMarks = schoolDays.filter((d) => dates.has(d)).length;
  const total = schoolDays.length;
  const missing = total - withMarks;
  const text =
    total === 0
      ? 'No school days yet this academic year.'
      : missing === 0
        ? `Marks are stored for every one of the ${days(total)} so far this year, so the figures stand on the whole year.`
        : `Marks are stored for ${withMarks} of the ${days(total)} so far this year; ${days(missing)} have none. ` +
          `The figures count only sessions with marks, so they describe ${withMarks === 0 ? 'nothing yet' : `those ${days(withMarks)}`}, not the whole year: import history or open the marks-grid pages of your MIS to fill the gap.`;
  return { schoolDaysSoFar: total, daysWithMarks: withMarks, text };
}

export function schoolOverview(all: readonly PupilSummary[], calendar: SchoolCalendar, asOf: IsoDate): SchoolOverview {
  const year = calendar.academicYearOf(asOf);
  const schoolDays = calendar.schoolDays(year.start, asOf);
  const term: Term | undefined = calendar.termOf(asOf) ?? [...calendar.terms].reverse().find((t) => t.start <= asOf && t.start >= year.start);
  const weekMondays: IsoDate[] = [];
  for (const d of schoolDays) {
    const m = calendar.schoolWeekOf(d).monday;
    if (weekMondays.at(-1) !== m) weekMondays.push(m);
  }
  // Keyed by the Monday's day number: the per-day loop below must not format or parse dates.
  const weekIndex = new Map(weekMondays.map((m, i) => [toDayNumber(m), i]));
  const mondayDn = (dn: number) => dn - (weekdayOfDayNumber(dn) - 1);
  const wAtt = new Float64Array(weekMondays.length), wPoss = new Float64Array(weekMondays.length);
  const wPa = new Int32Array(weekMondays.length), wSa = new Int32Array(weekMondays.length), wCounted = new Int32Array(weekMondays.length);
  let tAtt = 0, tPoss = 0, tUn = 0, tCounted = 0, tBuilding = 0, tPa = 0, tSa = 0;
  const allDates = new Set<IsoDate>();
  const byGroup = new Map<string, { dates: Set<IsoDate>; pupils: number; complete: number }>();
  let complete = 0;

  for (const s of all) {
    const roll = { ...(s.row.admissionDate ? { admissionDate: s.row.admissionDate } : {}), ...(s.row.leavingDate ? { leavingDate: s.row.leavingDate } : {}) };
    const g = s.row.regGroup ?? 'No registration group';
    let gc = byGroup.get(g);
    if (!gc) byGroup.set(g, (gc = { dates: new Set(), pupils: 0, complete: 0 }));
    gc.pupils++;
    if (s.evaluation.coverage.complete && s.evaluation.coverage.schoolDaysOnRoll > 0) {
      complete++;
      gc.complete++;
    }
    for (const m of s.marks) {
      if (m.code === null || m.date < year.start || m.date > asOf) continue;
      allDates.add(m.date);
      gc.dates.add(m.date);
    }
    // The trend: one timeline, one tally per school week, running sums for PA/SA at each week's end.
    const tl = buildTimeline(s.marks, calendar, { ...roll, upTo: asOf });
    try {
      const v = tl.view;
      const yearFrom = s.row.admissionDate && s.row.admissionDate > year.start ? s.row.admissionDate : year.start;
      const lo = Math.max(tl.rollLo, v.fromCal(calendar.firstDayOnOrAfter(yearFrom) - 1) + 1);
      if (term) {
        // The term so far, from the same timeline (the range figuresFor would take).
        const tLo = Math.max(tl.rollLo, v.fromCal(calendar.firstDayOnOrAfter(maxIso(term.start, year.start)) - 1) + 1);
        const tHi = Math.min(tl.hi, v.fromCal(calendar.lastDayOnOrBefore(minIso(asOf, term.end))));
        const f = tallyRange(v, tLo, tHi).figures;
        tAtt += f.counts.present + f.counts.aea;
        tPoss += f.possibleSessions;
        tUn += f.counts.unauthorised;
        // The term's figure earns a status word on the term's own marks (never more than the year's).
        const earned = f.possibleSessions > 0 && earnsStatus(f.coverage.daysWithMarks);
        if (earned) tCounted++;
        else if (f.possibleSessions > 0) tBuilding++;
        if (earned && f.persistentAbsence) tPa++;
        if (earned && f.severeAbsence) tSa++;
      }
      let cumAbs = 0, cumPoss = 0, cumDays = 0;
      let i = lo;
      let lastWeek = -1;
      while (i <= tl.hi) {
        const monday = mondayDn(v.dayNumbers[i]!);
        let j = i;
        while (j + 1 <= tl.hi && mondayDn(v.dayNumbers[j + 1]!) === monday) j++;
        const f = tallyRange(v, i, j).figures;
        const k = weekIndex.get(monday);
        if (k !== undefined) {
          wAtt[k]! += f.counts.present + f.counts.aea;
          wPoss[k]! += f.possibleSessions;
          cumAbs += f.counts.authorised + f.counts.unauthorised;
          cumPoss += f.possibleSessions;
          cumDays += f.coverage.daysWithMarks;
          // Weeks in between with no possible session keep the pupil's standing from before.
          for (let w = lastWeek + 1; w <= k; w++) {
            if (cumPoss > 0 && earnsStatus(cumDays)) {
              wCounted[w]!++;
              if (10 * cumAbs >= cumPoss) wPa[w]!++;
              if (2 * cumAbs >= cumPoss) wSa[w]!++;
            }
          }
          lastWeek = k;
        }
        i = j + 1;
      }
      if (cumPoss > 0 && earnsStatus(cumDays)) {
        for (let w = lastWeek + 1; w < weekMondays.length; w++) {
          wCounted[w]!++;
          if (10 * cumAbs >= cumPoss) wPa[w]!++;
          if (2 * cumAbs >= cumPoss) wSa[w]!++;
        }
      }
    } finally {
      tl.release();
    }
  }

  const weeks: WeekTrend[] = weekMondays.map((monday, k) => ({
    monday,
    attendance: rate(wAtt[k]!, wPoss[k]!),
    paRate: rate(wPa[k]!, wCounted[k]!),
    saRate: rate(wSa[k]!, wCounted[k]!),
    pa: wPa[k]!,
    sa: wSa[k]!,
  }));
  const groups = [...byGroup.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB', { numeric: true }))
    .map(([group, c]) => ({ group, pupils: c.pupils, complete: c.complete, ...coverageOf(c.dates, schoolDays) }));
  return {
    yearToDate: groupFigures('year', `Year so far (${year.label})`, all),
    term: term
      ? {
          id: 'term',
          label: `${term.name} so far`,
          name: term.name,
          from: term.start,
          pupils: all.length,
          counted: tCounted,
          building: tBuilding,
          noFigure: all.length - tCounted - tBuilding,
          attendance: rate(tAtt, tPoss),
          unauthorised: rate(tUn, tPoss),
          pa: tPa,
          paRate: rate(tPa, tCounted),
          sa: tSa,
          saRate: rate(tSa, tCounted),
        }
      : null,
    weeks,
    coverage: coverageOf(allDates, schoolDays),
    groups,
    pupilsComplete: complete,
    pupilsProvisional: all.length - complete,
  };
}
