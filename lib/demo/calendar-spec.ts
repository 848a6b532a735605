/**
 * Which calendar the demo school keeps: the engine's Kent preset for the academic year, without
 * INSET closures — the demo school marks its INSET days `#` for everyone instead (a whole-day `#`
 * makes a day a non-school day, `D-HASH-DAY`), as many MIS registers do.
 */
import type { CalendarSpec } from '../engine/calendar';
import { KENT_YEARS, kentCalendar, type KentYear } from '../engine/calendars/kent';

export function demoCalendarSpec(academicYear: string): CalendarSpec {
  if (!(KENT_YEARS as readonly string[]).includes(academicYear)) {
    throw new Error(`No Kent term dates for ${academicYear}; the demo school covers ${KENT_YEARS.join(', ')}`);
  }
  return kentCalendar(academicYear as KentYear);
}
