import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { addActionHref, listHref, pupilHref, referralHref } from '../../lib/dashboard/routes';
import type { ProfileChoice } from '../../lib/dashboard/load-store';
import { loadStoredCustomProfile, watchStoredCustomProfile } from '../../lib/settings/custom-profile';
import { loadOverlayPrefs, watchOverlayPrefs, type LaProfileId } from '../../lib/settings/overlay-prefs';
import { openStore } from '../../lib/store/schema';
import type { DashboardContext } from '../dashboard/context';
import { PupilFigures } from '../dashboard/PupilFigures';
import { usePupil } from '../dashboard/use-pupil';
import { useToday } from '../dashboard/use-today';

/** Written by the background when a pupil's register panel or dashboard page is opened (lib/background/referral.ts). */
const LAST_PUPIL_KEY = 'lastOpenedPupil';

/** The pupil last opened, followed live (session storage: forgotten when the browser closes). */
function useLastPupil(): string | null | undefined {
  const [id, setId] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    const session = browser.storage.session;
    if (!session) return setId(null);
    const pick = (v: unknown) => (v && typeof v === 'object' && typeof (v as { pupilId?: unknown }).pupilId === 'string' ? (v as { pupilId: string }).pupilId : null);
    void session.get(LAST_PUPIL_KEY).then((r) => setId(pick(r[LAST_PUPIL_KEY])));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && LAST_PUPIL_KEY in changes) setId(pick(changes[LAST_PUPIL_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return id;
}

/**
 * The side panel (Chromium's side panel, Firefox's sidebar): the pupil last opened on the register
 * (or the dashboard), with the same figures, reasons and next step as their dashboard page, so staff
 * taking the register need not switch tabs. Links open the dashboard in a tab.
 */
export function SidePanel() {
  const pupilId = useLastPupil();
  const asOf = useToday();
  const [profileId, setProfileId] = useState<LaProfileId | null>(null);
  const [custom, setCustom] = useState<unknown>(undefined);
  useEffect(() => {
    const ctl = new AbortController();
    void Promise.all([loadOverlayPrefs(), loadStoredCustomProfile()]).then(([p, c]) => {
      setCustom(c);
      setProfileId(p.laProfile);
    });
    watchOverlayPrefs((p) => setProfileId(p.laProfile), ctl.signal);
    watchStoredCustomProfile(setCustom, ctl.signal);
    return () => ctl.abort();
  }, []);
  const profile: ProfileChoice = { id: profileId ?? undefined, custom };
  const ctx: DashboardContext | null = profileId ? { db: openStore(), profile, profileKey: JSON.stringify(profile), asOf } : null;
  const dash = (hash: string) => browser.runtime.getURL(`/dashboard.html${hash}` as '/dashboard.html');

  return (
    <main class="page sidepanel">
      <h1>Pupil in focus</h1>
      {pupilId === undefined || !ctx ? (
        <p>Loading…</p>
      ) : pupilId === null ? (
        <p>Open a pupil’s flag on the register (click it or press Enter) and their figures show here.</p>
      ) : (
        <Focus key={pupilId} ctx={ctx} pupilId={pupilId} dash={dash} />
      )}
      <p>
        <a href={dash(listHref())} target="_blank" rel="noreferrer">
          All pupils and the lists to work from (dashboard)
        </a>
      </p>
    </main>
  );
}

function Focus({ ctx, pupilId, dash }: { ctx: DashboardContext; pupilId: string; dash: (hash: string) => string }) {
  const state = usePupil(ctx, pupilId);
  if (state.kind === 'loading') return <p>Loading pupil…</p>;
  if (state.kind === 'error') return <p role="alert">The store could not be read: {String(state.error)}</p>;
  if (state.kind === 'unknown') return <p>The pupil last opened is not in Attendance Lens’s records any more.</p>;
  const { summary } = state;
  return (
    <div aria-live="polite">
      <h2>{summary.name}</h2>
      <p class="muted">{[summary.row.regGroup, summary.row.yearGroup].filter(Boolean).join(' · ')}</p>
      <PupilFigures badge={summary.badge} />
      <section class="card" aria-labelledby="sp-actions-heading">
        <h2 id="sp-actions-heading">Last actions</h2>
        {summary.badge.lastActions.length ? (
          <ul>
            {summary.badge.lastActions.map((a, i) => (
              <li key={i}>
                {a.date}: {a.summary}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">No actions recorded.</p>
        )}
      </section>
      <ul class="plain">
        <li>
          <a href={dash(pupilHref(pupilId))} target="_blank" rel="noreferrer">Open {summary.name}’s page</a>
        </li>
        <li>
          <a href={dash(addActionHref(pupilId))} target="_blank" rel="noreferrer">Add an action</a>
        </li>
        <li>
          <a href={dash(referralHref(pupilId))} target="_blank" rel="noreferrer">Start a referral</a>
        </li>
      </ul>
    </div>
  );
}
