/**
 * One stored pupil, read for the pupil page and for referral prefill: their row, the year's marks from
 * their year records, and their chronology, in one read transaction.
 */
import type { SchoolCalendar } from '../engine/calendar';
import type { IsoDate } from '../engine/dates';
import type { ThresholdProfile } from '../engine/profiles';
import type { SessionMark } from '../engine/types';
import type { ActionRow } from '../store/actions';
import { chronology } from '../store/actions-io';
import { pupilMarkRows } from '../store/marks-io';
import type { PupilRow } from '../store/rows';
import type { StoreDb } from '../store/schema';
import { newestFirst } from './chronology';
import { historyFrom } from './evaluation-input';
import { schoolConfig } from './school-config';

/** The LA profile chosen in settings, and the school's own bands as stored (used when 'custom' is chosen). */
export interface ProfileChoice {
  id: string | undefined;
  custom?: unknown;
}

/** The school's calendar and profile, and the day the figures run to. */
export interface SchoolSetup {
  calendar: SchoolCalendar;
  profile: ThresholdProfile;
  asOf: IsoDate;
}

export interface LoadedPupil {
  /** Undefined when no stored pupil has this id. */
  row: PupilRow | undefined;
  marks: SessionMark[];
  actions: ActionRow[];
  setup: SchoolSetup;
}

/** One pupil only (the pupil page): their row, the year's marks from their year records, their chronology. */
export async function loadPupil(db: StoreDb, choice: ProfileChoice, asOf: IsoDate, pupilId: string): Promise<LoadedPupil> {
  const { calendar, profile } = await schoolConfig(db, choice.id, choice.custom);
  const from = historyFrom(calendar, asOf);
  const [row, marks, actions] = await db.transaction('r', [db.pupils, db.markYears, db.actions], () =>
    Promise.all([db.pupils.get(pupilId), pupilMarkRows(db, pupilId, from, asOf), chronology(db, pupilId)]),
  );
  return {
    row,
    marks: marks.map((m) => ({ date: m.date, session: m.session, code: m.code })),
    actions: actions.sort(newestFirst),
    setup: { calendar, profile, asOf },
  };
}
