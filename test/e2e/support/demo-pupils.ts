import type { Page } from '@playwright/test';
import { generateSchool } from '../../../lib/demo/school';
import type { DemoPupil, DemoSchool } from '../../../lib/demo/types';
import { buildCalendar } from '../../../lib/engine/calendar';
import { kentCalendarYears, KENT_YEARS } from '../../../lib/engine/calendars/kent';
import { evaluatePupil, type PupilEvaluation } from '../../../lib/engine/evaluate';
import { KENT_PROFILE } from '../../../lib/engine/profiles';
import { DEMO_AS_OF } from '../fixtures';

/**
 * The demo's two schools as the end-to-end tests' server serves them (seed 1, today): the Arbor-style
 * pages show the secondary (Hawkridge Academy, group 7RB), the Bromcom-style pages the primary
 * (Foxhole Down, class 2OS). The engine's figures for their pupils on the background's default
 * calendar and profile (Kent), and how pages name a pupil.
 *
 * The plain exports (`school`, `GROUP`, `group`, `paPupil`) are the Arbor-style school's; `bromcomSite`
 * holds the same for the Bromcom-style school.
 */
export const calendar = buildCalendar(kentCalendarYears(KENT_YEARS));
export const evaluate = (p: DemoPupil): PupilEvaluation =>
  evaluatePupil({ marks: p.marks, pupil: { dateOfBirth: p.dob, admissionDate: p.admissionDate } }, calendar, KENT_PROFILE, DEMO_AS_OF);

export interface DemoSite {
  school: DemoSchool;
  GROUP: string;
  /** Every day with marks, in order. */
  markedDays: string[];
  /** The last day with marks, up to today. */
  DAY: string;
  /** The group's pupils on roll all year. */
  group: DemoPupil[];
  /** A persistent (not severe) absentee of the group. */
  paPupil: DemoPupil;
}

function site(school: DemoSchool, GROUP: string): DemoSite {
  const markedDays = [...new Set(school.pupils.flatMap((p) => p.marks.map((m) => m.date)))].sort();
  const group = school.pupils.filter((p) => p.regGroup === GROUP && p.admissionDate <= markedDays[0]! && !p.leavingDate);
  return {
    school,
    GROUP,
    markedDays,
    DAY: markedDays.filter((d) => d <= DEMO_AS_OF).at(-1)!,
    group,
    paPupil: group.find((p) => evaluate(p).persistentAbsence && !evaluate(p).severeAbsence)!,
  };
}

export const arborSite = site(generateSchool({ seed: 1, asOf: DEMO_AS_OF }), '7RB');
export const bromcomSite = site(generateSchool({ seed: 1, asOf: DEMO_AS_OF, kind: 'primary' }), '2OS');

export const { school, GROUP, markedDays, DAY, group, paPupil } = arborSite;

export const name = (p: DemoPupil) => `${p.preferredForename} ${p.legalSurname}`;
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Pages show "Forename Surname" or "SURNAME, Forename"; the badge is named as the page names the pupil. */
export const namePattern = (p: DemoPupil) => `(${escape(name(p))}|${escape(`${p.legalSurname}, ${p.preferredForename}`)})`;
/** A badge's name begins with the words it shows, then the pupil: "PA 90.0%: Olivia Beeching, persistent absence …". */
export const badgeOf = (page: Page, p: DemoPupil) => page.getByRole('button', { name: new RegExp(`^[^:]*: ${namePattern(p)}, `) });
