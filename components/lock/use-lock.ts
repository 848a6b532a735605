/**
 * The lock's state for an extension page (options, dashboard, popup): asked of the background once, then
 * followed through `browser.storage.session`, which the background writes on every lock, unlock or auto-lock
 * (so every open page changes at once, and no timer runs). This page's use is reported back so the idle
 * time starts again.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../../lib/messaging';
import { LOCK_STATUS_KEY, lockStatusSchema, type LockStatus } from '../../lib/lock/messages';

/** One per page: every component of the page shows the same state. */
export const lockStatus = signal<LockStatus | null>(null);

let started = false;
const TOUCH_MS = 10_000;

export async function refreshLock(): Promise<void> {
  try {
    lockStatus.value = await send('lock-status', {});
  } catch {
    // The background is starting; its first published state arrives through storage.session.
  }
}

/** A state published by the background. The same state keeps the message an answer brought (e.g. "not right"). */
export function takePublished(value: unknown): void {
  const got = lockStatusSchema.safeParse(value);
  if (!got.success) return;
  const now = lockStatus.value;
  const s = got.data;
  if (now && now.state === s.state && now.since === s.since && now.idleMinutes === s.idleMinutes) return;
  lockStatus.value = s;
}

function start(): void {
  if (started) return;
  started = true;
  // storage.onChanged with the area name: Firefox and Chromium both have it.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && LOCK_STATUS_KEY in changes) takePublished(changes[LOCK_STATUS_KEY].newValue);
  });
  void refreshLock();
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
