/**
 * The dashboard's read of the store, through lib/pupil: every pupil's row, year records and chronology in
 * one pass, plus the cached assessments; pupils whose cached assessment no longer matches their inputs are
 * assessed here and the cache updated (in the background of the page, outside any liveQuery).
 */
import { historyFrom } from '../background/evaluation-input';
import { schoolConfig } from '../background/school-config';
import type { IsoDate } from '../engine/dates';
import type { SessionMark } from '../engine/types';
import { assessPupil, type Assessment } from '../pupil/assess';
import { assessmentKey, saveAssessments, setupKey } from '../pupil/assessment-cache';
import { loadAllPupilInputs } from '../pupil/load';
import type { ActionRow } from '../store/actions';
import { chronology } from '../store/actions-io';
import { pupilMarkRows } from '../store/marks-io';
import type { PupilRow, SchoolSettingsRow } from '../store/rows';
import type { StoreDb } from '../store/schema';
import { pupilName } from './pupil-facts';
import { newestFirst, type SchoolSetup, type StoreSnapshot } from './pupil-summary';

/** The LA profile chosen in settings, and the school's own bands as stored (used when 'custom' is chosen). */
export interface ProfileChoice {
  id: string | undefined;
  custom?: unknown;
}

export interface LoadedStore extends StoreSnapshot {
  setup: SchoolSetup;
}

const NONE: readonly never[] = [];

export async function loadStore(db: StoreDb, choice: ProfileChoice, asOf: IsoDate, opts: { cache?: boolean } = {}): Promise<LoadedStore> {
  const { calendar, profile } = await schoolConfig(db, choice.id, choice.custom);
  const setup = { calendar, profile, asOf };
  const from = historyFrom(calendar, asOf);
  const [inputs, cached, school] = await Promise.all([
    loadAllPupilInputs(db, from, asOf),
    opts.cache === false ? [] : db.assessments.toArray(),
    db.settings.get('school') as Promise<SchoolSettingsRow | undefined>,
  ]);
  const byId = new Map(cached.map((c) => [c.pupilId, c]));
  const base = setupKey(setup, school?.calendar);
  const assessed = new Map<string, Assessment>();
  const fresh: { pupilId: string; key: string; value: Assessment }[] = [];
  for (const row of inputs.pupils) {
    const actions = inputs.actionsByPupil.get(row.id) ?? NONE;
    const name = pupilName(row);
    const key = assessmentKey(base, row, name, inputs.marksByPupil.recordsOf(row.id), actions);
    const hit = byId.get(row.id);
    if (hit && hit.key === key) {
      assessed.set(row.id, hit.value as Assessment);
      continue;
    }
    const value = assessPupil(row, name, inputs.marksByPupil.get(row.id) ?? NONE, actions, setup);
    assessed.set(row.id, value);
    fresh.push({ pupilId: row.id, key, value });
  }
  // Not awaited: the list shows now; a failed cache write only means the next open assesses again.
  if (opts.cache !== false && fresh.length) saveAssessments(db, fresh).catch(() => undefined);
  return { pupils: inputs.pupils, marksByPupil: inputs.marksByPupil, actionsByPupil: inputs.actionsByPupil, assessed, setup };
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
