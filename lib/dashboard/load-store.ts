/**
 * The dashboard's read of the store: three range reads in one transaction (pupils, the marks the
 * engine needs for the year, the chronology), grouped by pupil in memory. The Dexie shell around the
 * pure `summarisePupils`; safe inside `liveQuery` (only Dexie calls).
 */
import { Dexie } from 'dexie';
import { historyFrom } from '../pupil/evaluation-input';
import { schoolConfig } from '../pupil/school-config';
import type { IsoDate } from '../engine/dates';
import type { SessionMark } from '../engine/types';
import type { ActionRow } from '../store/actions';
import { chronology } from '../store/actions-io';
import type { PupilRow } from '../store/rows';
import type { StoreDb } from '../store/schema';
import { newestFirst, type SchoolSetup, type StoreSnapshot } from './pupil-summary';

/** The LA profile chosen in settings, and the school's own bands as stored (used when 'custom' is chosen). */
export interface ProfileChoice {
  id: string | undefined;
  custom?: unknown;
}

export interface LoadedStore extends StoreSnapshot {
  setup: SchoolSetup;
}

export async function loadStore(db: StoreDb, choice: ProfileChoice, asOf: IsoDate): Promise<LoadedStore> {
  const { calendar, profile } = await schoolConfig(db, choice.id, choice.custom);
  const from = historyFrom(calendar, asOf);
  const [pupils, marks, actions] = await db.transaction('r', [db.pupils, db.marks, db.actions], () =>
    Promise.all([db.pupils.toArray(), db.marks.where('date').between(from, asOf, true, true).toArray(), db.actions.toArray()]),
  );
  const marksByPupil = new Map<string, SessionMark[]>();
  for (const m of marks) {
    const mark: SessionMark = { date: m.date, session: m.session, code: m.code };
    const list = marksByPupil.get(m.pupilId);
    if (list) list.push(mark);
    else marksByPupil.set(m.pupilId, [mark]);
  }
  const actionsByPupil = new Map<string, ActionRow[]>();
  for (const a of actions) {
    const list = actionsByPupil.get(a.pupilId);
    if (list) list.push(a);
    else actionsByPupil.set(a.pupilId, [a]);
  }
  for (const list of actionsByPupil.values()) list.sort(newestFirst);
  return { pupils, marksByPupil, actionsByPupil, setup: { calendar, profile, asOf } };
}

export interface LoadedPupil {
  /** Undefined when no stored pupil has this id. */
  row: PupilRow | undefined;
  marks: SessionMark[];
  actions: ActionRow[];
  setup: SchoolSetup;
}

/** One pupil only (the pupil page): their row, the year's marks by the compound key, their chronology. */
export async function loadPupil(db: StoreDb, choice: ProfileChoice, asOf: IsoDate, pupilId: string): Promise<LoadedPupil> {
  const { calendar, profile } = await schoolConfig(db, choice.id, choice.custom);
  const from = historyFrom(calendar, asOf);
  const [row, marks, actions] = await db.transaction('r', [db.pupils, db.marks, db.actions], () =>
    Promise.all([
      db.pupils.get(pupilId),
      db.marks.where('[pupilId+date+session]').between([pupilId, from, Dexie.minKey], [pupilId, asOf, Dexie.maxKey], true, true).toArray(),
      chronology(db, pupilId),
    ]),
  );
  return {
    row,
    marks: marks.map((m) => ({ date: m.date, session: m.session, code: m.code })),
    actions: actions.sort(newestFirst),
    setup: { calendar, profile, asOf },
  };
}
