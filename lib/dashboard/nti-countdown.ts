/**
 * A notice to improve's period counted in school days (D-NTI: 20 school days from the day after
 * issue), as at "today", for the chronology and the pupil page.
 */
import type { SchoolCalendar } from '../engine/calendar';
import { addDays, formatLong, type IsoDate } from '../engine/dates';
import { NTI_SCHOOL_DAYS } from '../store/actions';

export type NtiCountdown =
  | { state: 'not-started'; left: number; text: string }
  | { state: 'running'; day: number; left: number; text: string }
  | { state: 'ends-today'; text: string }
  | { state: 'ended'; text: string };

const days = (n: number) => `${n} school ${n === 1 ? 'day' : 'days'}`;

export function ntiCountdown(issuedOn: IsoDate, periodEnd: IsoDate, calendar: Pick<SchoolCalendar, 'schoolDays'>, asOf: IsoDate): NtiCountdown {
  const end = formatLong(periodEnd);
  if (asOf > periodEnd) return { state: 'ended', text: `The improvement period ended on ${end}.` };
  if (asOf === periodEnd) return { state: 'ends-today', text: `The improvement period ends today (${end}).` };
  const left = calendar.schoolDays(addDays(asOf, 1), periodEnd).length;
  if (asOf < addDays(issuedOn, 1) || calendar.schoolDays(addDays(issuedOn, 1), asOf).length === 0) {
    return { state: 'not-started', left, text: `The improvement period starts on the next school day: ${days(left)} to go, ending ${end}.` };
  }
  const day = calendar.schoolDays(addDays(issuedOn, 1), asOf).length;
  return { state: 'running', day, left, text: `School day ${day} of ${NTI_SCHOOL_DAYS}: ${days(left)} left after today; the period ends on ${end}.` };
}
