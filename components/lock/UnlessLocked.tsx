/** Shows its children, or — while locked — why they are unavailable and "Unlock" as the next step. */
import type { ComponentChildren } from 'preact';
import { useLock } from './use-lock';
import { LockedNote } from './LockedNote';

export function UnlessLocked({ what, children, unlockHref }: { what: string; children: ComponentChildren; unlockHref?: string }) {
  const s = useLock();
  if (s?.state === 'locked') return <LockedNote what={what} {...(unlockHref ? { unlockHref } : {})} />;
  return <>{children}</>;
}
