/**
 * What crosses from the background to an MIS page for one pupil: results only, never the pupil's
 * history (issue 6, "where the work happens"). The background builds it from the store and the
 * engine; the overlay only draws it. Serialisable (structured clone / JSON).
 */
/**
 * 'building': marks exist but rest on fewer than MIN_HISTORY_DAYS school days this year (engine/arithmetic.ts),
 * so no status word, band, colour or next step yet: the fraction and the history in words.
 */
export type BadgeStatus = 'SA' | 'PA' | 'at-risk' | 'ok' | 'building' | 'no-data';

export type MarkerId =
  | 'PN_THRESHOLD' // national penalty-notice threshold met in the rolling 10 school weeks
  | 'N_OVERDUE' // an N code unresolved after 5 school days
  | 'ATTENDANCE_RETURN' // 10+ school days' continuous unauthorised absence
  | 'SICKNESS_RETURN' // 15 consecutive or 30 sessions of I in the year
  | 'CME_CHECK' // ongoing G/N/O run: CME referral due
  | 'PART_TIME' // C2 part-time timetable in the window
  | 'SUSPENSION_DAY6'; // E beyond day 5

export interface BadgeMarker {
  id: MarkerId;
  /** Short visible text, e.g. "PN", "N>5d", "Return due". */
  short: string;
  /** Full sentence with the numbers, from the engine's reason. */
  text: string;
}

export interface PupilBadge {
  /** The RegisterView pupil key this badge anchors to. */
  key: string;
  /** Store pupil id when matched, for "open in dashboard" links. */
  pupilId?: string;
  name: string;
  status: BadgeStatus;
  attendance: {
    /** Present + AEA sessions, possible sessions (year to date, on roll, up to today). */
    attended: number;
    possible: number;
    /** One decimal place, half-up, as DfE displays; null when possible = 0. */
    display: string | null;
    /** True where the rounded figure could mislead about PA/SA (e.g. 89.95% shows 90.0% but is PA). */
    showFraction: boolean;
  };
  /** School days on roll this year with no stored mark. Year-long flags are provisional when > 0. */
  coverage: { schoolDaysOnRoll: number; daysWithMarks: number; missingDays: number };
  provisional: boolean;
  trend: 'up' | 'down' | 'steady' | null;
  band: { id: string; label: string; tone: 'good' | 'info' | 'warn' | 'severe'; nextStep: string } | null;
  /** Only time-window flags whose whole window is covered by stored marks. */
  markers: BadgeMarker[];
  /** The engine's plain-English reasons for every flag/band raised, in order of severity. */
  reasons: { id: string; text: string }[];
  /** e.g. "needs 14 present sessions in a row to be above 90%". */
  recovery: string | null;
  /** School sessions left this academic year (the engine's), so the live recompute's sentence says it too. */
  sessionsLeft?: number;
  /** The badge includes marks shown on screen but not yet saved in the MIS. */
  includesUnsaved: boolean;
  /**
   * Set by the page's live recompute: the figures count an edit made since the background's answer, but the
   * reasons and time-window flags (the engine's, from the background) do not yet.
   */
  reasonsBeforeEdits?: boolean;
  /** Most recent actions from the chronology (newest first, at most 3). */
  lastActions: { date: string; summary: string }[];
  /**
   * Just enough to recompute attendance locally, within one frame, when a mark is edited on screen:
   * for each session shown on this page (keyed `YYYY-MM-DD|AM`), the code these figures counted —
   * the stored code, or the unsaved one when `includesUnsaved`. An edit replaces it exactly.
   */
  onPageSessions: Record<string, string | null>;
}

export interface PageSummary {
  group: string | null;
  /** PA counts every persistent absentee, SA included (rules §2: "PA includes SA"). */
  counts: { SA: number; PA: number; pnThreshold: number; nOverdue: number; returnsDue: number };
  /** (Overlay extension, optional.) Badges whose year-long flags are provisional (history incomplete). */
  provisional?: number;
}

/** One LA band as an exact condition on attendance a = attended / possible × 100. */
export interface BandRule {
  id: string;
  label: string;
  tone: 'good' | 'info' | 'warn' | 'severe';
  nextStep: string;
  /** a > pct, or a ≥ pct when inclusive; absent = no lower bound. */
  above?: { pct: number; inclusive: boolean };
  /** a < pct, or a ≤ pct when inclusive; absent = no upper bound. */
  below?: { pct: number; inclusive: boolean };
  /** A pupil in this band who is not PA/SA is "at-risk". */
  atRisk: boolean;
}
