/**
 * Flags the engine raises. The first nine are the vectors' vocabulary (vectors.schema.md); the rest are
 * the engine's own. Every flag has a severity, so adding one is a compile error until it is placed.
 */
export const VECTOR_FLAGS = [
  'NO_POSSIBLE_SESSIONS',
  'MISSING_MARK',
  'UNKNOWN_CODE',
  'LEGACY_CODE_AFTER_CUTOVER',
  'NEW_CODE_BEFORE_CUTOVER',
  'PART_TIME_TIMETABLE',
  'PN_C2_IN_THRESHOLD_WINDOW',
  'N_CODE_OVERDUE',
  'E_BEYOND_DAY_5',
] as const;
export type VectorFlag = (typeof VECTOR_FLAGS)[number];

export type EngineFlag =
  | 'PERSISTENT_ABSENCE'
  | 'SEVERE_ABSENCE'
  | 'PN_THRESHOLD_MET'
  | 'PN_THRESHOLD_MET_EXCLUDING_N'
  | 'PN_LIMIT_REACHED'
  | 'KENT_PN_REGISTER_CONDITIONS_MET'
  | 'ATTENDANCE_RETURN_DUE'
  | 'SICKNESS_RETURN_CONSECUTIVE'
  | 'SICKNESS_RETURN_CUMULATIVE'
  | 'CME_RUN_ONGOING'
  | 'CME_DELETION_TIME_MET'
  | 'SUSPENSION_GOVERNORS_MUST_MEET'
  | 'SUSPENSION_GOVERNORS_IF_REQUESTED'
  | 'SUSPENSION_OVER_45_DAYS'
  | 'KENT_CLOSURE_ELIGIBLE'
  | 'TREND_DOWN'
  | 'INCOMPLETE_COVERAGE'
  | 'CSA_ASSUMED'
  | 'NOT_COMPULSORY_SCHOOL_AGE';

export type Flag = VectorFlag | EngineFlag;

export type Severity = 'info' | 'warning' | 'urgent';

export const FLAG_SEVERITY: Readonly<Record<Flag, Severity>> = {
  NO_POSSIBLE_SESSIONS: 'info',
  MISSING_MARK: 'warning',
  UNKNOWN_CODE: 'warning',
  LEGACY_CODE_AFTER_CUTOVER: 'warning',
  NEW_CODE_BEFORE_CUTOVER: 'warning',
  PART_TIME_TIMETABLE: 'warning',
  PN_C2_IN_THRESHOLD_WINDOW: 'warning',
  N_CODE_OVERDUE: 'warning',
  E_BEYOND_DAY_5: 'urgent',
  PERSISTENT_ABSENCE: 'warning',
  SEVERE_ABSENCE: 'urgent',
  PN_THRESHOLD_MET: 'warning',
  PN_THRESHOLD_MET_EXCLUDING_N: 'warning',
  PN_LIMIT_REACHED: 'info',
  KENT_PN_REGISTER_CONDITIONS_MET: 'warning',
  ATTENDANCE_RETURN_DUE: 'warning',
  SICKNESS_RETURN_CONSECUTIVE: 'warning',
  SICKNESS_RETURN_CUMULATIVE: 'warning',
  CME_RUN_ONGOING: 'urgent',
  CME_DELETION_TIME_MET: 'urgent',
  SUSPENSION_GOVERNORS_MUST_MEET: 'urgent',
  SUSPENSION_GOVERNORS_IF_REQUESTED: 'info',
  SUSPENSION_OVER_45_DAYS: 'urgent',
  KENT_CLOSURE_ELIGIBLE: 'info',
  TREND_DOWN: 'warning',
  INCOMPLETE_COVERAGE: 'info',
  CSA_ASSUMED: 'info',
  NOT_COMPULSORY_SCHOOL_AGE: 'info',
};

/** One explanation: a raised flag or the pupil's band, in plain English, with the numbers behind it. */
export interface Reason {
  /** A flag or a band id. */
  id: string;
  severity: Severity;
  text: string;
  numbers: Readonly<Record<string, number | string | boolean | null>>;
}
