/** Input and output shapes of the engine (shells and the vectors seam code against these). */
import type { IsoDate } from './dates';

export type Session = 'AM' | 'PM';

/** One session's mark as read: `''` blank, `null` not recorded (rules `D-NORM`). */
export interface SessionMark {
  date: IsoDate;
  session: Session;
  code: string | null;
}

export interface PupilFacts {
  dateOfBirth?: IsoDate;
  /** When given, overrides the age worked out from the date of birth. */
  compulsorySchoolAge?: boolean;
  admissionDate?: IsoDate;
  leavingDate?: IsoDate;
}

export interface PenaltyNoticeRecord {
  issuedOn: IsoDate;
  withdrawn?: boolean;
}

export interface PupilContext {
  ntiIssuedOn?: IsoDate;
  penaltyNotices?: PenaltyNoticeRecord[];
}

export interface PupilInput {
  marks: readonly SessionMark[];
  pupil: PupilFacts;
  context?: PupilContext;
}

/** An exact ratio; `den` may be 0 only where the owner says the figure is null. */
export interface Fraction {
  num: number;
  den: number;
}

/** A rate kept exact, with the DfE display value (1 dp, half-up: `R-ROUND`). */
export interface Rate extends Fraction {
  /** Display percentage, one decimal place, half-up. */
  pct: number;
  /** e.g. "88.9%" */
  text: string;
}

export interface SessionCounts {
  present: number;
  aea: number;
  authorised: number;
  unauthorised: number;
  notPossible: number;
  missing: number;
  unknown: number;
}

/** A data problem the engine met and worked around (never thrown). */
export interface DataProblem {
  kind: 'invalidDate' | 'invalidSession' | 'markOnNonSchoolDay' | 'markOutsideRoll' | 'conflictingMarks' | 'unknownCode' | 'calendar';
  count: number;
  text: string;
  examples: string[];
}
