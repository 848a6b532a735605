/**
 * What the background needs of the badge (its type, the page summary, the LA's band rules) without
 * importing the overlay's folder directly: the badge type and its pure helpers still live in
 * lib/overlay and are moving out of it (issue 10); until then they are re-exported here, so only
 * lib/pupil depends on where they are.
 */
export type { BadgeMarker, PupilBadge } from '../overlay/types';
export { summaryFor, type BandRule } from '../overlay/live';
export { bandRulesFromProfile } from '../overlay/band-rules';
