import { signal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { loadStore } from '../../lib/dashboard/load-store';
import { DEFAULT_QUERY, filterCounts, listRows, type ListQuery } from '../../lib/dashboard/pupil-list';
import { summarisePupils } from '../../lib/dashboard/pupil-summary';
import { useLive } from '../../lib/store/live';
import type { DashboardContext } from './DashboardApp';
import { EmptyStore } from './EmptyStore';
import { ListControls } from './ListControls';
import { PageHeading } from './PageHeading';
import { PupilTable } from './PupilTable';

/** Kept for the session, so coming back from a pupil's page finds the list as it was left. */
const query = signal<ListQuery>(DEFAULT_QUERY);

/** Every stored pupil with the engine's figures, filtered, searched and sorted. */
export function PupilListPage({ ctx }: { ctx: DashboardContext }) {
  const live = useLive(() => loadStore(ctx.db, ctx.profile, ctx.asOf), [ctx.profileKey, ctx.asOf]);
  const loaded = live.value.value;
  // One pass over everything loaded; recomputed only when the store (or the profile) changes.
  const all = useMemo(() => (loaded ? summarisePupils(loaded, loaded.setup) : null), [loaded]);
  const q = query.value;
  const rows = useMemo(() => (all ? listRows(all, q) : []), [all, q]);
  const counts = useMemo(() => (all ? filterCounts(all) : null), [all]);

  return (
    <>
      <PageHeading title="Pupils" />
      <p class="lede">
        Attendance this academic year up to today ({ctx.asOf}), by the engine the register flags use
        {loaded ? `; local-authority profile: ${loaded.setup.profile.name}` : ''}. Nothing here leaves this computer.
      </p>
      {live.error.value !== undefined && <p role="alert">The store could not be read: {String(live.error.value)}</p>}
      {!all || !counts ? (
        <p>Loading pupils…</p>
      ) : all.length === 0 ? (
        <EmptyStore />
      ) : (
        <>
          <ListControls query={q} counts={counts} onChange={(next) => (query.value = { ...q, ...next })} />
          <p role="status" class="muted">
            Showing {rows.length} of {all.length} pupils.
          </p>
          <PupilTable rows={rows} query={q} onSort={(next) => (query.value = { ...q, ...next })} />
        </>
      )}
    </>
  );
}
