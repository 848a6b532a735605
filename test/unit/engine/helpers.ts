/** Builders for engine tests: a two-term autumn calendar (as the vectors use) and registers by overrides. */
import { buildCalendar, type CalendarSpec, type SchoolCalendar } from '../../../lib/engine/calendar';
import { evaluatePupil, type PupilEvaluation } from '../../../lib/engine/evaluate';
import { KENT_PROFILE, type ThresholdProfile } from '../../../lib/engine/profiles';
import type { PupilContext, PupilFacts, SessionMark } from '../../../lib/engine/types';

/** Autumn 1 = Wed 4 Sep – Fri 25 Oct 2024, Autumn 2 = Mon 4 Nov – Fri 20 Dec 2024, Spring 1 = 6 Jan – 14 Feb 2025. */
export const AUTUMN_SPEC: CalendarSpec = {
  terms: [
    { name: 'Autumn 1', start: '2024-09-04', end: '2024-10-25' },
    { name: 'Autumn 2', start: '2024-11-04', end: '2024-12-20' },
    { name: 'Spring 1', start: '2025-01-06', end: '2025-02-14' },
  ],
  closures: [],
};
export const AUTUMN: SchoolCalendar = buildCalendar(AUTUMN_SPEC);

export type Day = readonly [am: string | null, pm: string | null];

/** Every school day from..to present (`/`, `\`), except the overridden days. */
export function register(from: string, to: string, overrides: Record<string, Day> = {}, cal: SchoolCalendar = AUTUMN): SessionMark[] {
  const out: SessionMark[] = [];
  for (const date of cal.schoolDays(from, to)) {
    const [am, pm] = overrides[date] ?? ['/', '\\'];
    if (am !== null) out.push({ date, session: 'AM', code: am });
    if (pm !== null) out.push({ date, session: 'PM', code: pm });
  }
  return out;
}

/** The same override for every school day in a range. */
export function each(from: string, to: string, day: Day, cal: SchoolCalendar = AUTUMN): Record<string, Day> {
  return Object.fromEntries(cal.schoolDays(from, to).map((d) => [d, day]));
}

export function evaluate(
  marks: SessionMark[],
  asOf: string,
  opts: { cal?: SchoolCalendar; pupil?: PupilFacts; context?: PupilContext; profile?: ThresholdProfile } = {},
): PupilEvaluation {
  return evaluatePupil({ marks, pupil: opts.pupil ?? { compulsorySchoolAge: true }, context: opts.context }, opts.cal ?? AUTUMN, opts.profile ?? KENT_PROFILE, asOf);
}
