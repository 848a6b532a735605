/** What stands in for an export, backup, import or prefill while locked: why, and "Unlock" as the next step. */
import { LOCKED_WHY } from '../../lib/lock/messages';

export function LockedNote({ what, unlockHref = 'options.html#lock-heading' }: { what: string; unlockHref?: string }) {
  return (
    <p class="locked-note" role="note">
      <strong>{what} unavailable while locked.</strong> {LOCKED_WHY} <a href={unlockHref}>Unlock</a> to use it.
    </p>
  );
}
