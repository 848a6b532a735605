import { useMemo } from 'preact/hooks';
import { loadPupil } from '../../lib/dashboard/load-store';
import { summarisePupil, type PupilSummary } from '../../lib/dashboard/pupil-summary';
import { useLive } from '../../lib/store/live';
import type { LoadedPupil } from '../../lib/dashboard/load-store';
import type { DashboardContext } from './context';

export type PupilState =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'unknown' }
  | { kind: 'found'; loaded: LoadedPupil; summary: PupilSummary };

/** One pupil, live: re-read when their marks, row or chronology change (a new action, a register read). */
export function usePupil(ctx: DashboardContext, pupilId: string): PupilState {
  const live = useLive(() => loadPupil(ctx.db, ctx.profile, ctx.asOf, pupilId), [ctx.profileKey, ctx.asOf, pupilId]);
  const loaded = live.value.value;
  const error = live.error.value;
  return useMemo((): PupilState => {
    if (error !== undefined) return { kind: 'error', error };
    if (!loaded) return { kind: 'loading' };
    if (!loaded.row) return { kind: 'unknown' };
    return { kind: 'found', loaded, summary: summarisePupil(loaded.row, loaded.marks, loaded.actions, loaded.setup) };
  }, [loaded, error]);
}
