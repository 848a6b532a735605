/**
 * Each stored pupil through the engine, exactly as the background does for a register badge
 * (`assessPupil` in lib/pupil: `evaluatePupil` with the same facts and chronology context, then
 * `badgeFor`), so the dashboard and the overlay agree to the session. Pure: the store's rows come in
 * already loaded; assessments already known (the cache, lib/pupil/assessment-cache.ts) are used as they are.
 */
import type { PupilEvaluation } from '../engine/evaluate';
import type { SessionMark } from '../engine/types';
import type { PupilBadge } from '../pupil/badge';
import { assessPupil, type Assessment } from '../pupil/assess';
import type { ActionRow } from '../store/actions';
import type { PupilRow } from '../store/rows';
import { pupilName, pupilSortName } from './pupil-facts';

export { newestFirst } from '../pupil/chronology';

export interface StoreSnapshot {
  pupils: readonly PupilRow[];
  /** Marks from `historyFrom(calendar, asOf)` to `asOf`, by pupil id (may be unpacked on `get`). */
  marksByPupil: ReadonlyMap<string, readonly SessionMark[]>;
  /** Each pupil's chronology, newest first. */
  actionsByPupil: ReadonlyMap<string, readonly ActionRow[]>;
  /** Assessments already made for these inputs and this setup, by pupil id. */
  assessed?: ReadonlyMap<string, Assessment>;
}

export type { SchoolSetup } from '../pupil/load-one';
import type { SchoolSetup } from '../pupil/load-one';

export interface PupilSummary {
  pupilId: string;
  row: PupilRow;
  name: string;
  sortName: string;
  evaluation: PupilEvaluation;
  badge: PupilBadge;
  marks: readonly SessionMark[];
  actions: readonly ActionRow[];
  /** The latest mark's date up to a day, without unpacking `marks` (set when the store's marks are packed). */
  lastMarkOn?: (upTo: string) => string | null;
}

const NONE: readonly never[] = [];

export function summarisePupil(
  row: PupilRow,
  marks: readonly SessionMark[],
  actionsNewestFirst: readonly ActionRow[],
  setup: SchoolSetup,
  known?: Assessment,
): PupilSummary {
  const name = pupilName(row);
  const { evaluation, badge } = known ?? assessPupil(row, name, marks, actionsNewestFirst, setup);
  return { pupilId: row.id, row, name, sortName: pupilSortName(row), evaluation, badge, marks, actions: actionsNewestFirst };
}

/** Every pupil in one pass over data already grouped by pupil (no per-pupil queries). */
export function summarisePupils(snapshot: StoreSnapshot, setup: SchoolSetup): PupilSummary[] {
  return snapshot.pupils.map((row) => {
    const known = snapshot.assessed?.get(row.id);
    const actions = snapshot.actionsByPupil.get(row.id) ?? NONE;
    if (!known) return summarisePupil(row, snapshot.marksByPupil.get(row.id) ?? NONE, actions, setup);
    // Marks unpacked only if someone looks at them (the list does not).
    const s = summarisePupil(row, NONE, actions, setup, known);
    // Unpacked once, on first look (the getter was unpacking the year again on every read).
    let marks: readonly SessionMark[] | undefined;
    Object.defineProperty(s, 'marks', { get: () => (marks ??= snapshot.marksByPupil.get(row.id) ?? NONE), enumerable: true });
    const packed = snapshot.marksByPupil as { lastMarkDate?: (id: string, upTo: string) => string | null };
    // Not enumerable: a summary compares and copies as before.
    if (typeof packed.lastMarkDate === 'function') Object.defineProperty(s, 'lastMarkOn', { value: (upTo: string) => packed.lastMarkDate!(row.id, upTo), enumerable: false });
    return s;
  });
}
