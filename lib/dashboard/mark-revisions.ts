/**
 * A pupil's changed marks in words ("4 December 2025 AM: N changed to I, seen 9 December 2025, 3 school
 * days later"), newest change first. Pure: revision rows from the store and the calendar in.
 */
import type { SchoolCalendar } from '../engine/calendar';
import { addDays, formatLong, type IsoDate } from '../engine/dates';
import type { MarkRevisionRow } from '../store/rows';
import { codeMeaning } from './code-meaning';

export interface RevisionLine {
  id: string;
  date: IsoDate;
  session: 'AM' | 'PM';
  from: string;
  to: string;
  /** The calendar day the new mark was first seen. */
  seenOn: IsoDate;
  /** School days from the session to the day the change was seen (0 = the same day). */
  schoolDaysLater: number;
  text: string;
}

const schoolDays = (n: number) => `${n} school ${n === 1 ? 'day' : 'days'}`;

export function revisionLines(rows: readonly MarkRevisionRow[], calendar: Pick<SchoolCalendar, 'schoolDays'>): RevisionLine[] {
  return rows
    .map((r) => {
      const seenOn = r.changedAt.slice(0, 10);
      const later = seenOn > r.date ? calendar.schoolDays(addDays(r.date, 1), seenOn).length : 0;
      const text =
        `${formatLong(r.date)} ${r.session}: ${r.code} (${codeMeaning(r.code, r.date)}) changed to ${r.newCode} (${codeMeaning(r.newCode, r.date)}), ` +
        `seen on ${formatLong(seenOn)}${later > 0 ? `, ${schoolDays(later)} later` : ', the same day'}.`;
      return { id: r.id, date: r.date, session: r.session, from: r.code, to: r.newCode, seenOn, schoolDaysLater: later, text };
    })
    .sort((a, b) => (a.seenOn !== b.seenOn ? (a.seenOn < b.seenOn ? 1 : -1) : a.date < b.date ? 1 : -1));
}

/** Academic years (by start year) from the earliest stored mark to the current year, newest first. */
export function academicYearsFrom(earliest: IsoDate | undefined, asOf: IsoDate, yearStartOf: (d: IsoDate) => number): number[] {
  const now = yearStartOf(asOf);
  const first = earliest ? Math.min(now, yearStartOf(earliest)) : now;
  const out: number[] = [];
  for (let y = now; y >= first; y--) out.push(y);
  return out;
}
