/**
 * The dashboard's read of the store, through lib/pupil: every pupil's row, year records and chronology in
 * one pass, plus the cached assessments; pupils whose cached assessment no longer matches their inputs are
 * assessed here and the cache updated (in the background of the page, outside any liveQuery).
 */
import { historyFrom } from '../pupil/evaluation-input';
import { schoolConfig } from '../pupil/school-config';
import type { IsoDate } from '../engine/dates';
import { assessPupil, type Assessment } from '../pupil/assess';
import { assessmentKey, saveAssessments, setupKey } from '../pupil/assessment-cache';
import { loadAllPupilInputs } from '../pupil/load';
import type { SchoolSettingsRow } from '../store/rows';
import type { StoreDb } from '../store/schema';
import { pupilName } from './pupil-facts';
import type { SchoolSetup, StoreSnapshot } from './pupil-summary';

import type { ProfileChoice } from '../pupil/load-one';

export type { ProfileChoice, LoadedPupil } from '../pupil/load-one';
export { loadPupil } from '../pupil/load-one';

export interface LoadedStore extends StoreSnapshot {
  setup: SchoolSetup;
}

const NONE: readonly never[] = [];

function measure(name: string, start: number, end: number): void {
  try {
    performance.measure(name, { start, end });
  } catch {
    // No User Timing here (an old test environment): nothing to record.
  }
}

// Each read's own end, measured (they run side by side): where a slow open's read time goes.
function timedRead<T>(step: string, p: Promise<T>): Promise<T> {
  const start = performance.now();
  return p.then((v) => (measure(`attendance-lens:load-store:read:${step}`, start, performance.now()), v));
}

/** A cached value: a JSON string (one string is far cheaper to read back than a tree of objects); an object in older rows. */
const cachedValue = (v: unknown): Assessment => (typeof v === 'string' ? JSON.parse(v) : v) as Assessment;

export async function loadStore(db: StoreDb, choice: ProfileChoice, asOf: IsoDate, opts: { cache?: boolean } = {}): Promise<LoadedStore> {
  // Where a dashboard open spends its time (read by the bench; performance.measure is cheap and local).
  const t0 = performance.now();
  const { calendar, profile } = await schoolConfig(db, choice.id, choice.custom);
  const setup = { calendar, profile, asOf };
  const from = historyFrom(calendar, asOf);
  const [inputs, cached, school] = await Promise.all([
    timedRead('pupils-marks-actions', loadAllPupilInputs(db, from, asOf)),
    opts.cache === false ? [] : timedRead('assessments', db.assessments.toArray()),
    db.settings.get('school') as Promise<SchoolSettingsRow | undefined>,
  ]);
  const t1 = performance.now();
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
      assessed.set(row.id, cachedValue(hit.value));
      continue;
    }
    const value = assessPupil(row, name, inputs.marksByPupil.get(row.id) ?? NONE, actions, setup);
    assessed.set(row.id, value);
    fresh.push({ pupilId: row.id, key, value });
  }
  measure('attendance-lens:load-store:read', t0, t1);
  measure(`attendance-lens:load-store:assess (${fresh.length} fresh)`, t1, performance.now());
  // Not awaited: the list shows now; a failed cache write only means the next open assesses again.
  if (opts.cache !== false && fresh.length) saveAssessments(db, fresh).catch(() => undefined);
  return { pupils: inputs.pupils, marksByPupil: inputs.marksByPupil, actionsByPupil: inputs.actionsByPupil, assessed, setup };
}

