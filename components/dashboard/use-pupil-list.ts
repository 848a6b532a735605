import { useEffect, useState } from 'preact/hooks';
import { loadList } from '../../lib/dashboard/list-cache';
import type { ListPupil } from '../../lib/dashboard/list-pupil';
import { loadStore } from '../../lib/dashboard/load-store';
import { refreshGate, type RefreshGate } from '../../lib/dashboard/refresh-gate';
import { summarisePupils, type PupilSummary, type SchoolSetup } from '../../lib/dashboard/pupil-summary';
import { onTablesChanged } from '../../lib/store/live';
import type { DashboardContext } from './context';

/** While the list is shown, how long after one re-read of the whole store the next may start. */
export const LIST_UPDATE_GAP_MS = 10_000;

export interface StoreReadState<T> {
  /** Every stored pupil; undefined until the first read. */
  all: T[] | undefined;
  profileName: string | undefined;
  /** The calendar, profile and "as of" the list was worked out with. */
  setup: SchoolSetup | undefined;
  error: unknown;
  /** Marks (or pupils, actions, settings) have changed since the list on screen was read. */
  stale: boolean;
  updateNow: () => void;
}
export type PupilListState = StoreReadState<PupilSummary>;

/**
 * Every stored pupil: read at once, then again when the store changes, as `refreshGate` allows (not while
 * the page is hidden, at most once per `LIST_UPDATE_GAP_MS` while it is shown, or at once on "Update now"):
 * see there for why not on every write.
 */
function useGatedRead<T>(ctx: DashboardContext, load: () => Promise<{ all: T[]; setup: SchoolSetup }>): StoreReadState<T> {
  const [list, setList] = useState<{ all: T[]; setup: SchoolSetup } | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [stale, setStale] = useState(false);
  const [gate, setGate] = useState<RefreshGate | null>(null);

  useEffect(() => {
    let closed = false;
    const read = async () => {
      try {
        const loaded = await load();
        if (closed) return;
        setList(loaded);
        setError(undefined);
      } catch (err) {
        if (!closed) setError(err);
      }
    };
    const shown = () => document.visibilityState !== 'hidden';
    const g = refreshGate(read, shown(), { minGapMs: LIST_UPDATE_GAP_MS, onStale: setStale });
    const stop = onTablesChanged(ctx.db, ['pupils', 'marks', 'actions', 'settings'], () => g.changed());
    const onVisibility = () => g.setVisible(shown());
    document.addEventListener('visibilitychange', onVisibility);
    setGate(g);
    return () => {
      closed = true;
      stop();
      document.removeEventListener('visibilitychange', onVisibility);
      g.dispose();
    };
  }, [ctx.db, ctx.profileKey, ctx.asOf]);

  return { all: list?.all, profileName: list?.setup.profile.name, setup: list?.setup, error, stale, updateNow: () => gate?.updateNow() };
}

/** Every stored pupil with the engine's full figures and marks (overview, group comparison, TSM pack). */
export function usePupilList(ctx: DashboardContext): PupilListState {
  return useGatedRead(ctx, async () => {
    const loaded = await loadStore(ctx.db, ctx.profile, ctx.asOf);
    const t = performance.now();
    const all = summarisePupils(loaded, loaded.setup);
    performance.measure('attendance-lens:summarise', { start: t, end: performance.now() });
    return { all, setup: loaded.setup };
  });
}

/** Every stored pupil as the pupil list shows them, from the list's own cache (lib/dashboard/list-cache.ts). */
export function useListPupils(ctx: DashboardContext): StoreReadState<ListPupil> {
  return useGatedRead(ctx, async () => {
    const loaded = await loadList(ctx.db, ctx.profile, ctx.asOf);
    return { all: loaded.items, setup: loaded.setup };
  });
}
