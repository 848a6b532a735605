import { statusPhrase, toneFor } from '../../lib/overlay/badge-text';
import type { PupilBadge } from '../../lib/pupil/badge';

/** The status in words (never colour alone), tinted like the register badge. */
export function StatusWord({ badge }: { badge: PupilBadge }) {
  return <span class={`status tone-${toneFor(badge)}`}>{statusPhrase(badge)}</span>;
}

/** "88.9%", with the exact fraction where rounding could mislead about a line (PA at 90%, SA at 50%). */
export function attendanceText(badge: PupilBadge): string {
  const a = badge.attendance;
  if (a.display === null) return 'No figure';
  return a.showFraction ? `${a.display}% (${a.attended}/${a.possible})` : `${a.display}%`;
}
