/**
 * A pupil's attendance week by week through the academic year, for the rolling chart: the figure so
 * far this year at the end of each school week, and over the last four school weeks. Every number is
 * the engine's (`figuresFor`), so the last point equals the figure on the rest of the page.
 */
import type { SchoolCalendar } from '../engine/calendar';
import { addDays, formatLong, formatShort, maxIso, minIso, type IsoDate } from '../engine/dates';
import { figuresFor } from '../engine/figures';
import type { Rate, SessionMark } from '../engine/types';

/** Weeks in the rolling window. */
export const ROLLING_WEEKS = 4;

export interface SeriesPoint {
  /** Monday of the school week. */
  monday: IsoDate;
  /** Last day counted: the Sunday, or "as of" in the current week. */
  end: IsoDate;
  /** "w/c 3 Nov" */
  label: string;
  yearToDate: Rate | null;
  rolling: Rate | null;
}

export interface SeriesInput {
  marks: readonly SessionMark[];
  calendar: SchoolCalendar;
  asOf: IsoDate;
  admissionDate?: IsoDate;
  leavingDate?: IsoDate;
}

export function attendanceSeries({ marks, calendar, asOf, admissionDate, leavingDate }: SeriesInput): SeriesPoint[] {
  const year = calendar.academicYearOf(asOf);
  const from = admissionDate ? maxIso(admissionDate, year.start) : year.start;
  const roll = { ...(admissionDate ? { admissionDate } : {}), ...(leavingDate ? { leavingDate } : {}) };
  const points: SeriesPoint[] = [];
  const mondays: IsoDate[] = [];
  const first = calendar.firstDayOnOrAfter(from);
  const last = calendar.lastDayOnOrBefore(minIso(asOf, year.end));
  for (let i = first; i <= last; i++) {
    const w = calendar.schoolWeekOf(calendar.days[i]!).monday;
    if (mondays.at(-1) !== w) mondays.push(w);
  }
  mondays.forEach((monday, k) => {
    const end = minIso(addDays(monday, 6), asOf);
    const ytd = figuresFor(marks, calendar, { from, to: end, ...roll });
    const rollFrom = maxIso(from, mondays[Math.max(0, k - ROLLING_WEEKS + 1)]!);
    const rolling = figuresFor(marks, calendar, { from: rollFrom, to: end, ...roll });
    points.push({ monday, end, label: `w/c ${formatShort(monday)}`, yearToDate: ytd.attendance, rolling: rolling.attendance });
  });
  return points;
}

/** The chart in words, for the table's caption and the summary under the chart. */
export function seriesSummary(points: readonly SeriesPoint[]): string {
  const withRate = points.filter((p) => p.yearToDate);
  if (!withRate.length) return 'No attendance figures yet this year.';
  const firstP = withRate[0]!;
  const lastP = withRate.at(-1)!;
  const low = withRate.reduce((a, b) => (b.yearToDate!.pct < a.yearToDate!.pct ? b : a));
  return (
    `Attendance so far this year went from ${firstP.yearToDate!.text} in the week beginning ${formatLong(firstP.monday)} ` +
    `to ${lastP.yearToDate!.text} in the week beginning ${formatLong(lastP.monday)}; its lowest was ${low.yearToDate!.text} ` +
    `(week beginning ${formatLong(low.monday)}). Over the last ${ROLLING_WEEKS} weeks: ${lastP.rolling?.text ?? 'no possible sessions'}.`
  );
}
