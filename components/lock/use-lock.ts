/**
 * The lock's state for an extension page (options, dashboard, popup), asked of the background (which also
 * checks the idle time on each ask), and this page's use reported back so the idle time starts again.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { send } from '../../lib/messaging';
import type { LockStatus } from '../../lib/lock/messages';

/** One per page: every component of the page shows the same state. */
export const lockStatus = signal<LockStatus | null>(null);

let started = false;
const POLL_MS = 2000;
const TOUCH_MS = 10_000;

export async function refreshLock(): Promise<void> {
  try {
    lockStatus.value = await send('lock-status', {});
  } catch {
    // The background is starting; the next poll asks again.
  }
}

function start(): void {
  if (started) return;
  started = true;
  void refreshLock();
  setInterval(() => void refreshLock(), POLL_MS);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void refreshLock());
  let lastTouch = 0;
  const used = () => {
    if (lockStatus.value?.state !== 'unlocked' || Date.now() - lastTouch < TOUCH_MS) return;
    lastTouch = Date.now();
    void send('lock-touch', {}).catch(() => {});
  };
  for (const ev of ['keydown', 'pointerdown', 'wheel']) document.addEventListener(ev, used, { passive: true, capture: true });
}

/** The lock state (null until known); re-renders on change. */
export function useLock(): LockStatus | null {
  useEffect(start, []);
  return lockStatus.value;
}

export const isLockedNow = () => lockStatus.value?.state === 'locked';
