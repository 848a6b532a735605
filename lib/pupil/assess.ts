/**
 * One stored pupil through the engine, exactly as the register badge does: `evaluatePupil` with the facts
 * from the pupil's row and the context from their chronology, then `badgeFor`. Pure.
 */
import { badgeFor } from './badges';
import { contextFromActions, factsFromRow } from './evaluation-input';
import type { SchoolCalendar } from '../engine/calendar';
import type { IsoDate } from '../engine/dates';
import { evaluatePupil, type PupilEvaluation } from '../engine/evaluate';
import type { ThresholdProfile } from '../engine/profiles';
import type { SessionMark } from '../engine/types';
import type { PupilBadge } from './badge';
import type { ActionRow } from '../store/actions';
import type { PupilRow } from '../store/rows';
import { lastActions } from './chronology';

export interface AssessSetup {
  calendar: SchoolCalendar;
  profile: ThresholdProfile;
  asOf: IsoDate;
}

export interface Assessment {
  evaluation: PupilEvaluation;
  badge: PupilBadge;
}

export function assessPupil(row: PupilRow, name: string, marks: readonly SessionMark[], actionsNewestFirst: readonly ActionRow[], setup: AssessSetup): Assessment {
  const { calendar, profile, asOf } = setup;
  const evaluation = evaluatePupil({ marks, pupil: factsFromRow(row), context: contextFromActions(actionsNewestFirst) }, calendar, profile, asOf);
  const badge = badgeFor({
    key: row.id,
    pupilId: row.id,
    name,
    evaluation,
    profile,
    calendar,
    marks,
    includesUnsaved: false,
    lastActions: lastActions(actionsNewestFirst),
    onPageSessions: {},
  });
  return { evaluation, badge };
}
