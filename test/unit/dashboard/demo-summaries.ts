import { generateSchool } from '../../../lib/demo/school';
import { summarisePupils, type SchoolSetup } from '../../../lib/dashboard/pupil-summary';
import { buildCalendar } from '../../../lib/engine/calendar';
import { kentCalendarYears, KENT_YEARS } from '../../../lib/engine/calendars/kent';
import { KENT_PROFILE } from '../../../lib/engine/profiles';
import type { SessionMark } from '../../../lib/engine/types';
import { demoPupilRow, demoMarkRows } from '../../e2e/support/demo-store-rows';

/** The demo school (seed 1) as the dashboard sees it, on a fixed day: every pupil summarised by the engine. */
export const AS_OF = '2025-12-04';
export const school = generateSchool({ seed: 1, asOf: AS_OF });
export const setup: SchoolSetup = { calendar: buildCalendar(kentCalendarYears(KENT_YEARS)), profile: KENT_PROFILE, asOf: AS_OF };
const seen = `${AS_OF}T16:00:00.000Z`;
export const pupilRows = school.pupils.map((p) => demoPupilRow(p, seen));
export const summaries = summarisePupils(
  {
    pupils: pupilRows,
    marksByPupil: new Map(school.pupils.map((p, i) => [pupilRows[i]!.id, demoMarkRows(p, seen).map((m): SessionMark => ({ date: m.date, session: m.session, code: m.code }))])),
    actionsByPupil: new Map(),
  },
  setup,
);
