/**
 * Each stored pupil through the engine, exactly as the background does for a register badge
 * (`evaluatePupil` with the same facts and chronology context, then `badgeFor`), so the dashboard and
 * the overlay agree to the session. Pure: the store's rows come in already loaded.
 */
import { badgeFor } from '../pupil/badges';
import { actionSummary } from '../pupil/action-summary';
import { contextFromActions, factsFromRow } from '../pupil/evaluation-input';
import type { SchoolCalendar } from '../engine/calendar';
import type { IsoDate } from '../engine/dates';
import { evaluatePupil, type PupilEvaluation } from '../engine/evaluate';
import type { ThresholdProfile } from '../engine/profiles';
import type { SessionMark } from '../engine/types';
import type { PupilBadge } from '../pupil/badge-parts';
import type { ActionRow } from '../store/actions';
import type { PupilRow } from '../store/rows';
import { pupilName, pupilSortName } from './pupil-facts';

export interface StoreSnapshot {
  pupils: readonly PupilRow[];
  /** Marks from `historyFrom(calendar, asOf)` to `asOf`, by pupil id. */
  marksByPupil: ReadonlyMap<string, readonly SessionMark[]>;
  /** Each pupil's chronology, newest first. */
  actionsByPupil: ReadonlyMap<string, readonly ActionRow[]>;
}

export interface SchoolSetup {
  calendar: SchoolCalendar;
  profile: ThresholdProfile;
  asOf: IsoDate;
}

export interface PupilSummary {
  pupilId: string;
  row: PupilRow;
  name: string;
  sortName: string;
  evaluation: PupilEvaluation;
  badge: PupilBadge;
  marks: readonly SessionMark[];
  actions: readonly ActionRow[];
}

const NONE: readonly never[] = [];

export function summarisePupil(row: PupilRow, marks: readonly SessionMark[], actionsNewestFirst: readonly ActionRow[], setup: SchoolSetup): PupilSummary {
  const { calendar, profile, asOf } = setup;
  const evaluation = evaluatePupil({ marks, pupil: factsFromRow(row), context: contextFromActions(actionsNewestFirst) }, calendar, profile, asOf);
  const name = pupilName(row);
  const badge = badgeFor({
    key: row.id,
    pupilId: row.id,
    name,
    evaluation,
    profile,
    calendar,
    marks,
    includesUnsaved: false,
    lastActions: actionsNewestFirst.slice(0, 3).map((a) => ({ date: a.date, summary: actionSummary(a) })),
    onPageSessions: {},
  });
  return { pupilId: row.id, row, name, sortName: pupilSortName(row), evaluation, badge, marks, actions: actionsNewestFirst };
}

/** Every pupil in one pass over data already grouped by pupil (no per-pupil queries). */
export function summarisePupils(snapshot: StoreSnapshot, setup: SchoolSetup): PupilSummary[] {
  return snapshot.pupils.map((row) =>
    summarisePupil(row, snapshot.marksByPupil.get(row.id) ?? NONE, snapshot.actionsByPupil.get(row.id) ?? NONE, setup),
  );
}

/** Newest first: by date, then by when it was recorded (two actions on one day keep their order). */
export function newestFirst(a: ActionRow, b: ActionRow): number {
  return a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}
