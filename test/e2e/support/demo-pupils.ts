import type { Page } from '@playwright/test';
import { generateSchool } from '../../../lib/demo/school';
import type { DemoPupil } from '../../../lib/demo/types';
import { buildCalendar } from '../../../lib/engine/calendar';
import { kentCalendarYears, KENT_YEARS } from '../../../lib/engine/calendars/kent';
import { evaluatePupil, type PupilEvaluation } from '../../../lib/engine/evaluate';
import { KENT_PROFILE } from '../../../lib/engine/profiles';
import { DEMO_AS_OF } from '../fixtures';

/**
 * The demo school the end-to-end tests' server serves (seed 1, today), the engine's figures for its
 * pupils on the background's default calendar and profile (Kent), and how pages name a pupil.
 */
export const school = generateSchool({ seed: 1, asOf: DEMO_AS_OF });
export const GROUP = '7RB';
export const calendar = buildCalendar(kentCalendarYears(KENT_YEARS));
export const markedDays = [...new Set(school.pupils.flatMap((p) => p.marks.map((m) => m.date)))].sort();
/** The last day with marks, up to today. */
export const DAY = markedDays.filter((d) => d <= DEMO_AS_OF).at(-1)!;

export const evaluate = (p: DemoPupil): PupilEvaluation =>
  evaluatePupil({ marks: p.marks, pupil: { dateOfBirth: p.dob, admissionDate: p.admissionDate } }, calendar, KENT_PROFILE, DEMO_AS_OF);
/** The group's pupils on roll all year. */
export const group = school.pupils.filter((p) => p.regGroup === GROUP && p.admissionDate <= markedDays[0]! && !p.leavingDate);
/** A persistent (not severe) absentee of the group. */
export const paPupil = group.find((p) => evaluate(p).persistentAbsence && !evaluate(p).severeAbsence)!;

export const name = (p: DemoPupil) => `${p.preferredForename} ${p.legalSurname}`;
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Pages show "Forename Surname" or "SURNAME, Forename"; the badge is named as the page names the pupil. */
export const namePattern = (p: DemoPupil) => `(${escape(name(p))}|${escape(`${p.legalSurname}, ${p.preferredForename}`)})`;
/** A badge's name begins with the words it shows, then the pupil: "PA 90.0%: Olivia Beeching, persistent absence …". */
export const badgeOf = (page: Page, p: DemoPupil) => page.getByRole('button', { name: new RegExp(`^[^:]*: ${namePattern(p)}, `) });
