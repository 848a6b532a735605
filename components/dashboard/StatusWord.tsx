import { statusPhrase, toneFor } from '../../lib/overlay/badge-text';
import type { PupilBadge } from '../../lib/pupil/badge';

/** The badge fields the dashboard's status word and figure read (a cached list row keeps only these). */
type ShownBadge = Pick<PupilBadge, 'status' | 'band' | 'provisional' | 'attendance'>;

/** The status in words (never colour alone), tinted like the register badge. */
export function StatusWord({ badge }: { badge: ShownBadge }) {
  // statusPhrase reads the status and whether it is provisional only (lib/overlay/badge-text.ts).
  return <span class={`status tone-${toneFor(badge)}`}>{statusPhrase(badge as PupilBadge)}</span>;
}

/** "88.9%", with the exact fraction where rounding could mislead about a line (PA at 90%, SA at 50%). */
export function attendanceText(badge: Pick<PupilBadge, 'attendance'>): string {
  const a = badge.attendance;
  if (a.display === null) return 'No figure';
  return a.showFraction ? `${a.display}% (${a.attended}/${a.possible})` : `${a.display}%`;
}
