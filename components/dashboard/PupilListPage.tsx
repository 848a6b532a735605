import { signal } from '@preact/signals';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_QUERY, filterCounts, listRows, type ListQuery } from '../../lib/dashboard/pupil-list';
import type { DashboardContext } from './context';
import { EmptyStore } from './EmptyStore';
import { ListControls } from './ListControls';
import { PageHeading } from './PageHeading';
import { PupilTable } from './PupilTable';
import { usePupilList } from './use-pupil-list';

/** Kept for the session, so coming back from a pupil's page finds the list as it was left. */
const query = signal<ListQuery>(DEFAULT_QUERY);

/** How long typing in the search box must pause before the new count is announced. */
const ANNOUNCE_AFTER_MS = 700;

/** Every stored pupil with the engine's figures, filtered, searched and sorted. */
export function PupilListPage({ ctx }: { ctx: DashboardContext }) {
  const { all, profileName, error, stale, updateNow } = usePupilList(ctx);
  const q = query.value;
  const rows = useMemo(() => (all ? listRows(all, q) : []), [all, q]);
  const counts = useMemo(() => (all ? filterCounts(all) : null), [all]);
  const showing = all ? `Showing ${rows.length} of ${all.length} pupils.` : '';
  const announced = useSettled(showing, ANNOUNCE_AFTER_MS);

  return (
    <>
      <PageHeading title="Pupils" />
      <p class="lede">
        Attendance this academic year up to today ({ctx.asOf}), by the engine the register flags use
        {profileName ? `; local-authority profile: ${profileName}` : ''}. Nothing here leaves this computer.
      </p>
      {error !== undefined && <p role="alert">The store could not be read: {error instanceof Error ? error.message : String(error)}</p>}
      {stale && all && (
        <p class="notice">
          New marks have been read since this list was. It updates within a few seconds while this page is shown.{' '}
          <button type="button" class="secondary" onClick={updateNow}>
            Update list now
          </button>
        </p>
      )}
      {!all || !counts ? (
        error === undefined && <p>Loading pupils…</p>
      ) : all.length === 0 ? (
        <EmptyStore />
      ) : (
        <>
          <ListControls query={q} counts={counts} onChange={(next) => (query.value = { ...q, ...next })} />
          {/* Updated once typing stops, so the count is not announced at every keystroke in the search box. */}
          <p role="status" class="muted">
            {announced}
          </p>
          <PupilTable rows={rows} query={q} onSort={(next) => (query.value = { ...q, ...next })} />
        </>
      )}
    </>
  );
}

/** `value` once it has stayed the same for `ms`. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}
