/**
 * A cached assessment (schema v3): one pupil's evaluation and badge "as of" a day, with the fingerprint of
 * every input except marks (facts, chronology, calendar, profile, day). Any write of a pupil's marks deletes
 * their row in the same transaction (marks-io.ts), so a row that is there and whose fingerprint matches is
 * exactly what a fresh evaluation would give (lib/pupil/assessment-cache.ts, tested).
 */
export interface AssessmentRow {
  pupilId: string;
  key: string;
  /** Engine and badge output (plain, JSON-safe data) as JSON text; rows written by older builds hold the object itself. */
  value: unknown;
}
