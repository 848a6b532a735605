/** Weeks of the academic year up to a date, for registration-certificate style pages. */
import { addDays, mondayOf } from '../../lib/engine/dates';
import type { DemoPupil, Session } from '../../lib/demo/types';
import type { DemoState } from './state';

export interface CertificateWeek {
  monday: string;
  /** Mon–Fri; `school` false for weekdays the school did not meet (holidays, bank holidays). */
  days: { date: string; school: boolean; onRoll: boolean }[];
}

/** Weeks with at least one school day, from the first school day of the year up to `to`. */
export function certificateWeeks(state: DemoState, p: DemoPupil, to: string): CertificateWeek[] {
  const first = state.calendar.days[state.calendar.firstDayOnOrAfter(state.school.calendar.terms[0]?.start ?? to)];
  if (!first || first > to) return [];
  const weeks: CertificateWeek[] = [];
  for (let monday = mondayOf(first); monday <= to; monday = addDays(monday, 7)) {
    const days = [0, 1, 2, 3, 4].map((i) => {
      const date = addDays(monday, i);
      return { date, school: date <= to && state.isSchoolDay(date), onRoll: state.onRoll(p, date) };
    });
    if (days.some((d) => d.school && d.onRoll)) weeks.push({ monday, days });
  }
  return weeks;
}

export function codesUpTo(state: DemoState, p: DemoPupil, to: string): string[] {
  const out: string[] = [];
  for (const w of certificateWeeks(state, p, to)) {
    for (const d of w.days) {
      if (!d.school) continue;
      for (const s of ['AM', 'PM'] as Session[]) {
        const m = state.mark(p, d.date, s);
        if (m) out.push(m.code);
      }
    }
  }
  return out;
}
