/**
 * What the engine is given for a stored pupil, beyond their marks: the facts from the pupil's row and
 * the context from their chronology. Shared by the background's register reads and the dashboard so
 * both show the same figures for the same store.
 */
import { addDays, type IsoDate } from '../engine/dates';
import type { SchoolCalendar } from '../engine/calendar';
import type { PupilContext, PupilFacts } from '../engine/types';
import type { ActionRow } from '../store/actions';
import type { PupilRow } from '../store/rows';

/** Marks before the academic year still matter: a penalty-notice window can reach back 10 school weeks. */
export const HISTORY_BEFORE_YEAR_DAYS = 120;

/** The first date whose marks the evaluation as of `asOf` needs. */
export function historyFrom(calendar: Pick<SchoolCalendar, 'academicYearOf'>, asOf: IsoDate): IsoDate {
  return addDays(calendar.academicYearOf(asOf).start, -HISTORY_BEFORE_YEAR_DAYS);
}

/** Date of birth, admission and leaving from the stored row; a date of birth read on the page fills a gap. */
export function factsFromRow(row: PupilRow | undefined, pageDob?: string): PupilFacts {
  return {
    // While locked the row has a stand-in date of birth with the same compulsory-school-age dates (lib/lock/fields.ts).
    ...(row?.dob ? { dateOfBirth: row.dob } : row?.lock?.dobBand ? { dateOfBirth: row.lock.dobBand } : pageDob ? { dateOfBirth: pageDob } : {}),
    ...(row?.admissionDate ? { admissionDate: row.admissionDate } : {}),
    ...(row?.leavingDate ? { leavingDate: row.leavingDate } : {}),
  };
}

/** The notice to improve and penalty notices the Kent rules need, from actions newest first. */
export function contextFromActions(actionsNewestFirst: readonly ActionRow[]): PupilContext {
  const nti = actionsNewestFirst.find((a) => a.kind === 'notice-to-improve');
  const notices = actionsNewestFirst.filter(
    (a): a is Extract<ActionRow, { kind: 'penalty-notice' }> => a.kind === 'penalty-notice' && a.stage !== 'requested',
  );
  return {
    ...(nti ? { ntiIssuedOn: nti.date } : {}),
    ...(notices.length ? { penaltyNotices: notices.map((n) => ({ issuedOn: n.date, withdrawn: n.stage === 'withdrawn' })) } : {}),
  };
}
