import { useEffect, useState } from 'preact/hooks';
import { refMaker, refsFor } from '../../lib/dashboard/opaque-ref';
import { UnlessLocked } from '../lock/UnlessLocked';
import { audit } from '../../lib/lock/audit';
import { buildTsmPack, MOVEMENT_WORDS, tsmCsv, smallGroupNote, notYetCountedNote, tsmStatusWords, type TsmMeeting, type TsmPack } from '../../lib/dashboard/tsm-pack';
import { suppressedWords } from '../../lib/dashboard/tsm-suppress';
import { formatLong } from '../../lib/engine/dates';
import type { SchoolSettingsRow } from '../../lib/store/rows';
import type { DashboardContext } from './context';
import { downloadText } from './download';
import { PageHeading } from './PageHeading';
import { dashboardPrefs, loadDashboardPrefs, loadTsmStore, saveDashboardPrefs, saveTsmMeeting } from './use-dashboard-prefs';
import { usePupilList } from './use-pupil-list';

/**
 * The Targeting Support Meeting pack: the anonymised page to print (A4, print CSS) or export as CSV.
 * Pupils are references only; the school looks a reference up here (search box), never in the pack.
 */
export function TsmPage({ ctx }: { ctx: DashboardContext }) {
  const { all, error } = usePupilList(ctx);
  const [pack, setPack] = useState<TsmPack | null>(null);
  const [refs, setRefs] = useState<Map<string, string> | null>(null);
  const [meetings, setMeetings] = useState<TsmMeeting[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [lookup, setLookup] = useState('');
  const minGroup = dashboardPrefs.value.tsmMinGroup;
  const [minText, setMinText] = useState<string | null>(null);
  const [minError, setMinError] = useState('');

  useEffect(() => {
    if (!all) return;
    let live = true;
    (async () => {
      await loadDashboardPrefs();
      const store = await loadTsmStore();
      const school = (await ctx.db.settings.get('school')) as SchoolSettingsRow | undefined;
      const r = await refsFor(await refMaker(store.secret), all.map((s) => s.pupilId));
      const last = [...store.meetings].reverse().find((m) => m.date < ctx.asOf) ?? null;
      if (!live) return;
      setRefs(r);
      setMeetings(store.meetings);
      setPack(buildTsmPack(all, r, last, ctx.asOf, school?.name ?? 'School name not set', dashboardPrefs.value.tsmMinGroup));
    })().catch((e: unknown) => live && setProblem(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [all, ctx.asOf, minGroup]);

  const saveMin = async (e: Event) => {
    e.preventDefault();
    const n = Number((minText ?? String(minGroup)).trim());
    if (!Number.isInteger(n) || n < 2 || n > 20) return setMinError('Enter a whole number from 2 to 20.');
    setMinError('');
    await saveDashboardPrefs({ tsmMinGroup: n });
    setMinText(null);
    setStatus(`Groups of fewer than ${n} pupils are now hidden in the pack.`);
  };

  const record = async () => {
    if (!pack) return;
    const s = await saveTsmMeeting(pack.snapshot);
    setMeetings(s.meetings);
    setStatus(`Recorded as the meeting of ${formatLong(pack.asOf)}: the next pack will show movement since today.`);
  };
  const found = lookup.trim() && refs && all ? all.filter((s) => refs.get(s.pupilId) === lookup.trim().toUpperCase()) : [];

  return (
    <>
      <div class="no-print">
        <PageHeading title="Targeting Support Meeting pack" />
        <p class="lede">
          An anonymised summary the local authority's officer may take away: counts and rates by year group and characteristic, movement
          since the last meeting, and the pupils to discuss as references only. Print it (A4) or download it as CSV.
        </p>
        {error !== undefined && <p role="alert">The store could not be read: {String(error)}</p>}
        {problem && <p role="alert">The pack could not be made: {problem}</p>}
        {pack && (
          <div class="actions-row">
            <button type="button" onClick={() => window.print()}>
              Print the pack
            </button>
            <UnlessLocked what="Exports">
              <button
                type="button"
                onClick={() => {
                  downloadText(`tsm-pack-${pack.asOf}.csv`, tsmCsv(pack));
                  void audit(ctx.db, 'export', 'Targeting Support Meeting pack saved as CSV (opaque references)', null);
                }}
              >
                Download the pack (CSV)
              </button>
            </UnlessLocked>
            <button type="button" class="secondary" onClick={() => void record()}>
              Record this as today's meeting
            </button>
          </div>
        )}
        <p role="status">{status}</p>
        {meetings.length > 0 && <p class="muted">Meetings recorded: {meetings.map((m) => formatLong(m.date)).join(', ')}.</p>}
        <form class="controls" aria-label="Small groups" onSubmit={(e) => void saveMin(e)}>
          <div>
            <label for="tsm-min-group">Hide groups of fewer than (pupils)</label>
            <input id="tsm-min-group" type="number" min={2} max={20} step={1} value={minText ?? String(minGroup)} aria-invalid={minError ? 'true' : undefined} aria-describedby={minError ? 'tsm-min-group-error' : undefined} onInput={(e) => setMinText(e.currentTarget.value)} />
            <button type="submit" class="secondary">Save</button>
            {minError && <p id="tsm-min-group-error" class="problem" role="alert">{minError}</p>}
          </div>
        </form>
        <form class="controls" role="search" aria-label="Look up a reference" onSubmit={(e) => e.preventDefault()}>
          <div>
            <label for="tsm-lookup">Look up a reference (in school only)</label>
            <input id="tsm-lookup" type="search" value={lookup} onInput={(e) => setLookup(e.currentTarget.value)} autoComplete="off" placeholder="P-XXXX-XXXX" />
          </div>
        </form>
        {lookup.trim() && (
          <p role="status">{found.length ? `${lookup.trim().toUpperCase()} is ${found.map((s) => `${s.name} (${s.row.regGroup ?? s.row.yearGroup ?? ''})`).join(', ')}.` : 'No pupil has that reference.'}</p>
        )}
      </div>
      {!pack ? (
        !problem && error === undefined && <p>Making the pack…</p>
      ) : (
        <article class="tsm-pack" aria-labelledby="pack-heading">
          <h2 id="pack-heading">
            {pack.schoolName}: attendance summary for the Targeting Support Meeting
          </h2>
          <p>
            Figures as at {formatLong(pack.asOf)}.{' '}
            {pack.lastMeeting ? `Movement is since the meeting of ${formatLong(pack.lastMeeting)}.` : 'No earlier meeting is recorded, so no movement is shown.'} Pupils appear
            only as references the school can look up. {smallGroupNote(pack.minGroup)} {notYetCountedNote()}
          </p>
          <table class="pack-table">
            <caption>Counts and rates by group</caption>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col" class="num">Pupils</th>
                <th scope="col" class="num">Attendance</th>
                <th scope="col" class="num">Unauthorised</th>
                <th scope="col" class="num">PA (rate)</th>
                <th scope="col" class="num">SA (rate)</th>
                <th scope="col" class="num">Not yet counted</th>
              </tr>
            </thead>
            <tbody>
              {pack.rows.map((g) => {
                if (g.suppressed) {
                  const w = suppressedWords(g.suppressed, pack.minGroup);
                  return (
                    <tr key={g.id} class="suppressed">
                      <th scope="row">{g.label}</th>
                      <td class="num">{w.pupils}</td>
                      <td class="num">{w.figure}</td>
                      <td class="num">{w.figure}</td>
                      <td class="num">{w.figure}</td>
                      <td class="num">{w.figure}</td>
                      <td class="num">{w.figure}</td>
                    </tr>
                  );
                }
                return (
                <tr key={g.id}>
                  <th scope="row">{g.label}</th>
                  <td class="num">{g.pupils}</td>
                  <td class="num">{g.attendance?.text ?? '–'}</td>
                  <td class="num">{g.unauthorised?.text ?? '–'}</td>
                  <td class="num">
                    {g.pa} ({g.paRate?.text ?? '–'})
                  </td>
                  <td class="num">
                    {g.sa} ({g.saRate?.text ?? '–'})
                  </td>
                  <td class="num">{g.building}</td>
                </tr>
                );
              })}
            </tbody>
          </table>
          {pack.movement && (
            <>
              <h3>Movement since the last meeting</h3>
              <ul>
                <li>Newly persistently or severely absent: {pack.movement.newPa}</li>
                <li>Newly severely absent: {pack.movement.newSa}</li>
                <li>No longer persistently absent: {pack.movement.leftPa}</li>
                <li>Moved from severe to persistent absence: {pack.movement.leftSaToPa}</li>
                <li>Persistently or severely absent at both meetings: {pack.movement.stillPa}</li>
              </ul>
            </>
          )}
          <table class="pack-table">
            <caption>Pupils to discuss ({pack.pupils.length})</caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Year group</th>
                <th scope="col" class="num">Attendance</th>
                <th scope="col" class="num">Sessions missed</th>
                <th scope="col" class="num">Unauthorised</th>
                <th scope="col">Status</th>
                <th scope="col">Since the last meeting</th>
              </tr>
            </thead>
            <tbody>
              {pack.pupils.map((p) => (
                <tr key={p.ref}>
                  <th scope="row" class="ref">{p.ref}</th>
                  <td>{p.yearGroup}</td>
                  <td class="num">{p.attendance}</td>
                  <td class="num">{p.sessionsMissed}</td>
                  <td class="num">{p.unauthorisedSessions}</td>
                  <td>{tsmStatusWords(p.status)}</td>
                  <td>{MOVEMENT_WORDS[p.movement]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      )}
    </>
  );
}
