/**
 * One rule for every count on the dashboard (issue 16, DECISIONS.md 18): a pupil is counted as PA or SA,
 * listed under those tabs, or put in a PA/SA rate's denominator only when their figure has earned a status
 * word — the badge the engine made says SA, PA, at risk or OK. A pupil whose marks rest on fewer than
 * MIN_HISTORY_DAYS school days is 'building' (too little history): visible in All pupils with the history
 * their figure rests on, and said aloud in every total as "not yet counted", never silently dropped.
 */
import type { PupilBadge } from '../pupil/badge';

type Has = { badge: Pick<PupilBadge, 'status'> };

/** The figure carries a status word (SA, PA, at risk or OK): it counts in PA/SA rates. */
export const statusEarned = (s: Has): boolean => s.badge.status !== 'building' && s.badge.status !== 'no-data';
/** Marks exist, but on too few school days for a status word. */
export const tooLittleHistory = (s: Has): boolean => s.badge.status === 'building';
export const countsAsSa = (s: Has): boolean => s.badge.status === 'SA';
/** PA includes SA (10% or more missed includes 50% or more). */
export const countsAsPa = (s: Has): boolean => s.badge.status === 'SA' || s.badge.status === 'PA';
