/**
 * A pupil's session history as weeks: one row per school week, Monday to Friday × AM/PM, most recent
 * week first. Pure: the calendar and marks come in, cells with their words go out.
 */
import type { SchoolCalendar } from '../engine/calendar';
import { addDays, formatLong, mondayOf, type IsoDate } from '../engine/dates';
import type { Session, SessionMark } from '../engine/types';
import { codeMeaning } from './code-meaning';

export type CellKind =
  | 'mark' // a stored mark on a school day
  | 'no-mark' // a school session on roll with nothing stored
  | 'non-school' // weekend-like: a holiday, bank holiday or closure in the calendar
  | 'not-on-roll' // before admission or after leaving
  | 'future'; // after "as of"

export interface GridCell {
  date: IsoDate;
  session: Session;
  kind: CellKind;
  /** The stored code, also on a non-school day when one was stored there (shown, with a note). */
  code: string | null;
  /** The cell in words, for its accessible name and tooltip. */
  meaning: string;
}

export interface GridWeek {
  monday: IsoDate;
  /** "3 November 2025" (the week's Monday, in the long form) */
  label: string;
  days: { date: IsoDate; schoolDay: boolean }[];
  /** Ten cells: Mon AM, Mon PM, … Fri PM. */
  cells: GridCell[];
}

export interface WeekGridInput {
  marks: readonly SessionMark[];
  calendar: SchoolCalendar;
  /** First and last dates shown (the academic year so far). */
  from: IsoDate;
  to: IsoDate;
  admissionDate?: IsoDate;
  leavingDate?: IsoDate;
}

const SESSIONS: readonly Session[] = ['AM', 'PM'];

export function buildWeekGrid({ marks, calendar, from, to, admissionDate, leavingDate }: WeekGridInput): GridWeek[] {
  if (to < from) return [];
  const byKey = new Map<string, string | null>();
  const markedWeeks = new Set<IsoDate>();
  for (const m of marks) {
    if (m.date < from || m.date > to || m.code === null) continue;
    byKey.set(`${m.date}|${m.session}`, m.code);
    markedWeeks.add(mondayOf(m.date));
  }
  const weeks: GridWeek[] = [];
  for (let monday = mondayOf(to); monday >= mondayOf(from); monday = addDays(monday, -7)) {
    // Holiday weeks are left out unless something was stored in them (then it is shown, not hidden).
    if (!calendar.schoolWeekOf(monday).isSchoolWeek && !markedWeeks.has(monday)) continue;
    const days = [0, 1, 2, 3, 4].map((i) => {
      const date = addDays(monday, i);
      return { date, schoolDay: calendar.isSchoolDay(date) };
    });
    const cells: GridCell[] = [];
    for (const { date, schoolDay } of days) {
      for (const session of SESSIONS) {
        const code = byKey.get(`${date}|${session}`) ?? null;
        cells.push(cellFor(date, session, code, schoolDay, { from, to, admissionDate, leavingDate }));
      }
    }
    weeks.push({ monday, label: formatLong(monday), days, cells });
  }
  return weeks;
}

function cellFor(
  date: IsoDate,
  session: Session,
  code: string | null,
  schoolDay: boolean,
  range: { from: IsoDate; to: IsoDate; admissionDate?: IsoDate; leavingDate?: IsoDate },
): GridCell {
  if (code !== null) {
    const meaning = codeMeaning(code, date);
    return schoolDay
      ? { date, session, kind: 'mark', code, meaning }
      : { date, session, kind: 'non-school', code, meaning: `${meaning}. Stored on a day the school calendar says is not a school day (not counted)` };
  }
  if (date > range.to) return { date, session, kind: 'future', code: null, meaning: 'Not yet' };
  if (date < range.from) return { date, session, kind: 'not-on-roll', code: null, meaning: 'Before the period shown' };
  if (!schoolDay) return { date, session, kind: 'non-school', code: null, meaning: 'Not a school day' };
  if ((range.admissionDate && date < range.admissionDate) || (range.leavingDate && date > range.leavingDate)) {
    return { date, session, kind: 'not-on-roll', code: null, meaning: 'Not on roll' };
  }
  return { date, session, kind: 'no-mark', code: null, meaning: 'No mark stored' };
}
