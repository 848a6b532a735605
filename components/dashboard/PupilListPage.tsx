import { signal } from '@preact/signals';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { UnlessLocked } from '../lock/UnlessLocked';
import { audit } from '../../lib/lock/audit';
import {
  CHARACTERISTICS,
  characteristicsSeen,
  DEFAULT_WORK_QUERY,
  groupsSeen,
  namedListCsv,
  tabCounts,
  WORK_TABS,
  workListRows,
  workRows,
  type Characteristic,
  type WorkOptions,
  type WorkQuery,
} from '../../lib/dashboard/work-lists';
import { pageOf, showingWords } from '../../lib/dashboard/paging';
import { formatLong } from '../../lib/engine/dates';
import type { DashboardContext } from './context';
import { downloadText } from './download';
import { EmptyStore } from './EmptyStore';
import { PageHeading } from './PageHeading';
import { Pagination } from './Pagination';
import { PupilTable } from './PupilTable';
import { dashboardPrefs, loadDashboardPrefs, saveDashboardPrefs } from './use-dashboard-prefs';
import { useListPupils } from './use-pupil-list';
import { WorkTabs } from './WorkTabs';

/** Kept for the session, so coming back from a pupil's page finds the list as it was left. */
const query = signal<WorkQuery>(DEFAULT_WORK_QUERY);
/** The page of the list shown (1-based); back to 1 whenever the tab, a filter, the search or the sort changes. */
const listPage = signal(1);

/** How long typing in the search box must pause before the new count is announced. */
const ANNOUNCE_AFTER_MS = 700;

/** The lists to work from, as tabs with counts; filters by group and characteristic; a named CSV for use in school. */
export function PupilListPage({ ctx }: { ctx: DashboardContext }) {
  const { all, setup, profileName, error, stale, updateNow } = useListPupils(ctx);
  useEffect(() => void loadDashboardPrefs(), []);
  const prefs = dashboardPrefs.value;
  const q = query.value;
  const set = (next: Partial<WorkQuery>) => {
    query.value = { ...q, ...next };
    listPage.value = 1;
  };
  const opts: WorkOptions | null = setup ? { calendar: setup.calendar, asOf: setup.asOf, atRiskSessions: prefs.atRiskSessions, staleSchoolDays: prefs.staleSchoolDays } : null;
  const rows = useMemo(() => (all && setup ? timed('work-rows', () => workRows(all, { calendar: setup.calendar, asOf: setup.asOf })) : null), [all, setup]);
  const shown = useMemo(() => (rows && opts ? timed('list-rows', () => workListRows(rows, q, opts)) : []), [rows, q, opts?.atRiskSessions, opts?.staleSchoolDays]);
  const counts = useMemo(() => (rows && opts ? timed('tab-counts', () => tabCounts(rows, q, opts)) : null), [rows, q, opts?.atRiskSessions, opts?.staleSchoolDays]);
  const facets = useMemo(() => (all ? { ...groupsSeen(all), characteristics: characteristicsSeen(all) } : null), [all]);
  // Sorted and filtered as a whole above; only one page of rows is drawn.
  const page = pageOf(shown.length, listPage.value);
  const pageRows = useMemo(() => shown.slice(page.start, page.end), [shown, page.start, page.end]);
  const showing = all ? `${showingWords(page, all.length)}: ${WORK_TABS[q.tab].label.toLowerCase()}.${page.pages > 1 ? ` Page ${page.page} of ${page.pages}.` : ''}` : '';
  const announced = useSettled(showing, ANNOUNCE_AFTER_MS);
  const [warned, setWarned] = useState(false);

  return (
    <>
      <PageHeading title="Pupils" />
      <p class="lede">
        Attendance this academic year up to today ({formatLong(ctx.asOf)}), by the engine the register flags use
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
      {!all || !counts || !facets || !opts ? (
        error === undefined && <p>Loading pupils…</p>
      ) : all.length === 0 ? (
        <EmptyStore />
      ) : (
        <>
          <form class="controls" role="search" aria-label="Filter pupils" onSubmit={(e) => e.preventDefault()}>
            <div>
              <label for="list-search">Search by name or UPN</label>
              <input id="list-search" type="search" value={q.search} onInput={(e) => set({ search: e.currentTarget.value })} autoComplete="off" />
            </div>
            <div>
              <label for="list-year">Year group</label>
              <select id="list-year" value={q.yearGroup} onChange={(e) => set({ yearGroup: e.currentTarget.value })}>
                <option value="">All year groups</option>
                {facets.yearGroups.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="list-reg">Registration group</label>
              <select id="list-reg" value={q.regGroup} onChange={(e) => set({ regGroup: e.currentTarget.value })}>
                <option value="">All registration groups</option>
                {facets.regGroups.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="list-characteristic">Characteristic</label>
              <select id="list-characteristic" value={q.characteristic} onChange={(e) => set({ characteristic: e.currentTarget.value as Characteristic | '' })}>
                <option value="">Any</option>
                {facets.characteristics.map((c) => (
                  <option key={c} value={c}>
                    {CHARACTERISTICS[c].label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="list-risk">At risk within (sessions)</label>
              <input
                id="list-risk"
                type="number"
                min={1}
                max={100}
                value={prefs.atRiskSessions}
                onChange={(e) => {
                  const n = Number(e.currentTarget.value);
                  if (Number.isInteger(n) && n >= 1 && n <= 100) void saveDashboardPrefs({ atRiskSessions: n });
                }}
              />
            </div>
          </form>
          <WorkTabs tab={q.tab} counts={counts} onSelect={(tab) => set({ tab })} />
          <div role="tabpanel" id="list-panel" aria-labelledby={`tab-${q.tab}`}>
            <p>{WORK_TABS[q.tab].describe(opts)}</p>
            {/* Updated once typing stops, so the count is not announced at every keystroke in the search box. */}
            <p role="status" class="muted">
              {announced}
            </p>
            <PupilTable rows={pageRows} tab={q.tab} query={q} onSort={(next) => set(next)} />
            <Pagination p={page} label="Pages of this list" onPage={(n) => (listPage.value = n)} />
            <div class="card export">
              <h2>Export this list</h2>
              <p>
                <strong>Warning:</strong> the file has pupils' names and UPNs. Keep it inside school, on school systems; do not email
                it outside school or give it to anyone who should not see it. For the local authority, use the anonymised{' '}
                <a href="#/tsm">Targeting Support Meeting pack</a> instead.
              </p>
              <label class="inline">
                <input type="checkbox" checked={warned} onChange={(e) => setWarned(e.currentTarget.checked)} /> I understand: this file is for use
                in school only
              </label>
              <UnlessLocked what="Exports">
                <p>
                  <button
                    type="button"
                    disabled={!warned}
                    onClick={() => {
                      downloadText(`pupils-${q.tab}-${ctx.asOf}.csv`, namedListCsv(shown));
                      void audit(ctx.db, 'export', 'Named pupil list saved as CSV', shown.length);
                    }}
                  >
                    Download named list (CSV, {shown.length} {shown.length === 1 ? 'pupil' : 'pupils'})
                  </button>
                </p>
              </UnlessLocked>
            </div>
          </div>
        </>
      )}
    </>
  );
}

/** Runs `f`, recording its time as a performance.measure (read by the bench: where a list open or a keystroke goes). */
function timed<T>(step: string, f: () => T): T {
  const t = performance.now();
  const out = f();
  try {
    performance.measure(`attendance-lens:list:${step}`, { start: t, end: performance.now() });
  } catch {
    // No User Timing (an old test environment): nothing to record.
  }
  return out;
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
