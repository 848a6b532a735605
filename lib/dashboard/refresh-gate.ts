/**
 * When the dashboard's list re-reads the store. Reading the list means reading every mark of the year
 * (about 750k rows for 2,000 pupils at year end) and evaluating every pupil, all on the page's main
 * thread: most of a second on a school laptop. Re-running that on every write (what a Dexie
 * `liveQuery` over the same ranges does) would freeze the list once per register read in any tab,
 * and during morning registration that is every few seconds.
 *
 * So a write only marks the list stale, and the gate re-reads:
 * - never while the page is hidden (a champion reading registers in other tabs is the usual source of
 *   writes: the list is re-read once, when they come back to it);
 * - while it is shown, at most once per `minGapMs` after the previous read ended, so a burst of writes
 *   (a weekly marks grid, an import in the settings tab) costs one re-read, not one per transaction;
 * - at once when asked (the page's "Update now").
 * Every re-read is whole: the figures shown are exactly the engine's for the store at that read, never
 * patched up from partial changes. Pure timing logic, with the timer and clock injected for its tests.
 */
export interface RefreshGateOptions {
  minGapMs: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Told whether the store has changed since the list on screen was read (and not read again yet). */
  onStale?: (stale: boolean) => void;
}

export interface RefreshGate {
  /** The store changed. */
  changed(): void;
  /** The page was shown or hidden. */
  setVisible(visible: boolean): void;
  /** Re-read now if the store has changed (the user asked). */
  updateNow(): void;
  dispose(): void;
}

export function refreshGate(read: () => Promise<void>, visible: boolean, opts: RefreshGateOptions): RefreshGate {
  const now = opts.now ?? (() => Date.now());
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let stale = false;
  let reading = false;
  let disposed = false;
  let lastReadEnd = now();
  let timer: unknown = null;

  const setStale = (s: boolean) => {
    if (s !== stale) {
      stale = s;
      opts.onStale?.(s);
    }
  };
  const cancel = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };
  const start = () => {
    reading = true;
    void read().finally(() => {
      reading = false;
      lastReadEnd = now();
      schedule();
    });
  };
  const run = () => {
    cancel();
    if (disposed || reading || !stale) return;
    // Stale is cleared before the read: a write during the read marks it stale again, for one more read.
    setStale(false);
    start();
  };
  const schedule = () => {
    if (disposed || reading || !stale || !visible || timer !== null) return;
    timer = setTimer(run, Math.max(0, lastReadEnd + opts.minGapMs - now()));
  };

  // The first read happens at once, whether or not the page is shown.
  start();
  return {
    changed() {
      setStale(true);
      schedule();
    },
    setVisible(v) {
      visible = v;
      if (!v) cancel();
      else schedule();
    },
    updateNow() {
      if (reading) return;
      run();
    },
    dispose() {
      disposed = true;
      cancel();
    },
  };
}
