import type { PupilBadge } from '../../../lib/pupil/badge';
import { formatTenths as formatAttendance, NATIONAL_LINES, roundingMisleads } from '../../../lib/engine/arithmetic';

const needsFraction = (attended: number, possible: number, lines: readonly number[] = NATIONAL_LINES) => roundingMisleads(attended, possible, lines);

/** A badge as the background would send it, from attended/possible; overrides for the rest. */
export function makeBadge(attended: number, possible: number, over: Partial<PupilBadge> = {}): PupilBadge {
  const absent = possible - attended;
  const status: PupilBadge['status'] =
    possible === 0 ? 'no-data' : 2 * absent >= possible ? 'SA' : 10 * absent >= possible ? 'PA' : 'ok';
  return {
    key: 'p1',
    pupilId: 'pupil-1',
    name: 'Ava Fictional',
    status,
    attendance: { attended, possible, display: formatAttendance(attended, possible), showFraction: needsFraction(attended, possible) },
    coverage: { schoolDaysOnRoll: possible / 2, daysWithMarks: possible / 2, missingDays: 0 },
    provisional: false,
    trend: 'steady',
    band: null,
    markers: [],
    reasons: [],
    recovery: null,
    includesUnsaved: false,
    lastActions: [],
    onPageSessions: {},
    ...over,
  };
}
