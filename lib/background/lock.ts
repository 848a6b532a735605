/**
 * The lock in the service worker: messages, idle time, browser restart.
 *
 * - While unlocked no key is held anywhere: locking needs only the public key (lib/lock/crypto.ts).
 * - `browser.storage.session` (memory only, emptied when the browser closes) holds when Attendance Lens was
 *   last used. If it is empty when the worker starts and the store is unlocked, the browser was restarted:
 *   lock at once. A worker that was merely stopped and restarted finds it and carries on.
 * - Every change of state is written to `browser.storage.session` (`LOCK_STATUS_KEY`); open extension pages
 *   watch it, so they change at once and run no timer. Content scripts cannot see storage.session.
 * - Idle: extension pages send `lock-touch` on use; a timer (while the worker runs) and a periodic alarm (after
 *   it was stopped) lock once `idleMinutes` pass without use. Register pages do not count as use: badges
 *   show figures without names while locked, so a register left open keeps working.
 */
import { browser } from 'wxt/browser';
import type { Request, Response } from '../messages';
import type { StoreDb } from '../store/schema';
import type { LockRow } from '../store/lock-rows';
import { LOCK_STATUS_KEY, LOCKED_WHY, type LockStatus } from '../lock/messages';
import { changePassphrase, forgetAndDeleteAll, lockState, lockStore, passphraseProblem, removePassphrase, setIdleMinutes, setPassphrase, unlockStore, WrongPassphrase, DEFAULT_IDLE_MINUTES } from '../lock/lock-store';

const SESSION_KEY = 'lockLastUse';
const ALARM = 'lock-idle';

export interface LockController {
  handlers: LockHandlers;
  /** True while locked (waits for the start-up check). */
  isLocked(): Promise<boolean>;
  /** The lock row after the start-up check, in one read (a register read needs its blind-index key). */
  row(): Promise<LockRow | undefined>;
  /** Throws the plain "locked" message when locked (prefill). */
  requireUnlocked(): Promise<void>;
}

type LockMessage = 'lock-status' | 'lock-set' | 'lock-now' | 'lock-unlock' | 'lock-change' | 'lock-idle' | 'lock-remove' | 'lock-forget' | 'lock-touch';
type LockHandlers = { [T in LockMessage]: (req: Request<T>) => Promise<Response<T>> };

export function startLock(db: StoreDb): LockController {
  let lastUse = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSaved = 0;

  const status = async (message?: string): Promise<LockStatus> => {
    const s = await lockState(db);
    return {
      state: s.kind,
      idleMinutes: s.kind === 'off' ? DEFAULT_IDLE_MINUTES : s.idleMinutes,
      since: s.kind === 'locked' ? s.since : null,
      ...(message ? { message } : {}),
    };
  };

  /** Tells every open extension page at once (storage.session is not visible to content scripts). */
  const publish = async () => {
    try {
      await browser.storage.session.set({ [LOCK_STATUS_KEY]: await status() });
    } catch (e) {
      console.warn('Attendance Lens: could not tell pages the lock state', e);
    }
  };

  const saveUse = async (force = false) => {
    // Throttled: a page reports use often; the worker's own copy is exact.
    if (!force && Date.now() - lastSaved < 5000) return;
    lastSaved = Date.now();
    await browser.storage.session.set({ [SESSION_KEY]: lastUse });
  };

  const arm = async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const s = await lockState(db);
    if (s.kind !== 'unlocked' || s.idleMinutes <= 0) return;
    const due = lastUse + s.idleMinutes * 60_000 - Date.now();
    timer = setTimeout(() => void checkIdle(), Math.max(0, due) + 50);
  };

  const checkIdle = async () => {
    const s = await lockState(db);
    if (s.kind !== 'unlocked' || s.idleMinutes <= 0) return;
    if (Date.now() - lastUse >= s.idleMinutes * 60_000) {
      const mins = s.idleMinutes;
      const words = mins >= 1 ? `${Math.round(mins)} minute${Math.round(mins) === 1 ? '' : 's'}` : `${Math.round(mins * 60)} seconds`;
      await lockStore(db, `Locked automatically after ${words} without use`);
      await publish();
    } else await arm();
  };

  const ready = (async () => {
    const got = await browser.storage.session.get(SESSION_KEY);
    const stored = got[SESSION_KEY];
    const s = await lockState(db);
    if (typeof stored === 'number') lastUse = stored;
    else if (s.kind === 'unlocked') {
      await lockStore(db, 'Locked when the browser started');
    }
    await saveUse(true);
    await checkIdle();
    await publish();
  })().catch((e) => console.warn('Attendance Lens: lock start-up check failed', e));

  browser.alarms.create(ALARM, { periodInMinutes: 0.5 });
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === ALARM) void ready.then(checkIdle);
  });

  const touch = async () => {
    lastUse = Date.now();
    await saveUse();
    await arm();
  };

  const guarded = async (f: () => Promise<unknown>): Promise<LockStatus> => {
    await ready;
    try {
      await f();
      return await status();
    } catch (e) {
      return status(e instanceof WrongPassphrase ? e.message : String((e as Error)?.message ?? e));
    } finally {
      await publish();
    }
  };

  const handlers: LockHandlers = {
    'lock-status': async () => {
      await ready;
      await checkIdle();
      return status();
    },
    'lock-set': ({ passphrase, idleMinutes }) =>
      guarded(async () => {
        const p = passphraseProblem(passphrase);
        if (p) throw new Error(p);
        await setPassphrase(db, passphrase, idleMinutes);
        await touch();
      }),
    'lock-now': () => guarded(() => lockStore(db, 'Locked by hand')),
    'lock-unlock': ({ passphrase }) =>
      guarded(async () => {
        await unlockStore(db, passphrase);
        lastUse = Date.now();
        await saveUse(true);
        await arm();
      }),
    'lock-change': ({ passphrase, newPassphrase }) => guarded(() => changePassphrase(db, passphrase, newPassphrase)),
    'lock-idle': ({ idleMinutes }) =>
      guarded(async () => {
        await setIdleMinutes(db, idleMinutes);
        await touch();
      }),
    'lock-remove': ({ passphrase }) => guarded(() => removePassphrase(db, passphrase)),
    'lock-forget': () => guarded(() => forgetAndDeleteAll(db)),
    'lock-touch': async () => {
      await ready;
      await touch();
      return { ok: true as const };
    },
  };

  const isLocked = async () => {
    await ready;
    return (await lockState(db)).kind === 'locked';
  };
  return {
    handlers,
    isLocked,
    async row() {
      await ready;
      return db.lock.get('lock');
    },
    async requireUnlocked() {
      if (await isLocked()) throw new Error(`${LOCKED_WHY} Unlock first (toolbar button → Unlock).`);
    },
  };
}
