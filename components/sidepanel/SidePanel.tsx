import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { listHref, pupilHref, type Route } from '../../lib/dashboard/routes';
import type { ProfileChoice } from '../../lib/dashboard/load-store';
import { loadStoredCustomProfile, watchStoredCustomProfile } from '../../lib/settings/custom-profile';
import { loadOverlayPrefs, watchOverlayPrefs, type LaProfileId } from '../../lib/settings/overlay-prefs';
import { openStore } from '../../lib/store/schema';
import { AddActionPage } from '../dashboard/AddActionPage';
import type { DashboardContext } from '../dashboard/context';
import { FlashStatus } from '../dashboard/FlashStatus';
import { PupilHostContext, type PupilHost } from '../dashboard/pupil-host';
import { PupilPage } from '../dashboard/PupilPage';
import { useRoute } from '../dashboard/use-route';
import { useToday } from '../dashboard/use-today';
import { FocusedPupilName } from './FocusedPupilName';

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

const dashboardUrl = (hash: string) => browser.runtime.getURL(`/dashboard.html${hash}` as '/dashboard.html');

/**
 * The side panel as a host of the dashboard's pupil page: narrow; the list and referrals open the
 * dashboard in a new tab; it does not report the pupil back as opened (it only shows the one the
 * register opened); a heading takes focus only when the panel itself has the keyboard.
 */
const SIDE_PANEL_HOST: PupilHost = {
  narrow: true,
  elsewhere: (hash) => ({ href: dashboardUrl(hash), target: '_blank', rel: 'noreferrer', note: '(dashboard, opens in a new tab)' }),
  reportsOpened: false,
  mayTakeFocus: () => document.hasFocus(),
};

/** The pupil a route in the panel is about, if any: their page, or a form for one of their actions. */
const pupilOf = (r: Route): string | null => (r.kind === 'pupil' || r.kind === 'add-action' || r.kind === 'edit-action' ? r.pupilId : null);
const isForm = (r: Route) => r.kind === 'add-action' || r.kind === 'edit-action';

/**
 * The side panel (Chromium's side panel, Firefox's sidebar): the dashboard's pupil page for the pupil
 * last opened on the register (or the dashboard), so staff taking the register need not switch tabs.
 * It follows the register: opening another pupil's flag shows that pupil here. The panel keeps its
 * own hash routes (the pupil page, a past year, add or change an action), so everything on the
 * pupil page works in place; a form being filled in is never taken away by the register.
 */
export function SidePanel() {
  const focused = useLastPupil();
  const route = useRoute();
  const asOf = useToday();
  const [profileId, setProfileId] = useState<LaProfileId | null>(null);
  const [custom, setCustom] = useState<unknown>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    Promise.all([loadOverlayPrefs(), loadStoredCustomProfile()]).then(
      ([p, c]) => {
        if (ctl.signal.aborted) return;
        setCustom(c);
        setProfileId(p.laProfile);
      },
      (err: unknown) => !ctl.signal.aborted && setLoadError(err instanceof Error ? err.message : String(err)),
    );
    watchOverlayPrefs((p) => setProfileId(p.laProfile), ctl.signal);
    watchStoredCustomProfile(setCustom, ctl.signal);
    return () => ctl.abort();
  }, []);

  // Another pupil opened on the register: show them (as if their link here had been followed),
  // unless an action's form is open here; then a notice offers them instead.
  const seen = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    const before = seen.current;
    seen.current = focused;
    if (before === undefined || !focused || focused === before) return;
    if (!isForm(route) && pupilOf(route) !== null && pupilOf(route) !== focused) location.hash = pupilHref(focused);
  }, [focused]);

  const profile: ProfileChoice = { id: profileId ?? undefined, custom };
  const ctx: DashboardContext | null = profileId ? { db: openStore(), profile, profileKey: JSON.stringify(profile), asOf } : null;
  const shown = pupilOf(route) ?? focused ?? null;

  return (
    <PupilHostContext.Provider value={SIDE_PANEL_HOST}>
      <main id="main" tabIndex={-1} class="page sidepanel">
        <FlashStatus route={route} />
        {loadError !== null ? (
          <p role="alert">The side panel could not read its settings, so it cannot show any figures: {loadError}. Close and reopen the panel to try again.</p>
        ) : focused === undefined || !ctx ? (
          <p>Loading…</p>
        ) : shown === null ? (
          <>
            <h1>Pupil in focus</h1>
            <p>
              No pupil is in focus yet. Open a pupil’s flag on the register (click it or press Enter) and their page shows here:
              figures, heat map, chart and chronology, where you can add an action.
            </p>
          </>
        ) : (
          <>
            {focused && focused !== shown && (
              <p class="notice" role="note" aria-label="Register">
                <FocusedPupilName ctx={ctx} pupilId={focused} /> is now in focus on the register.{' '}
                <a href={pupilHref(focused)}>Show their page</a>
              </p>
            )}
            {route.kind === 'add-action' ? (
              <AddActionPage key={`add|${shown}`} ctx={ctx} pupilId={shown} />
            ) : route.kind === 'edit-action' ? (
              <AddActionPage key={route.actionId} ctx={ctx} pupilId={shown} editId={route.actionId} />
            ) : (
              <PupilPage
                key={`${shown}|${route.kind === 'pupil' ? (route.yearStart ?? '') : ''}`}
                ctx={ctx}
                pupilId={shown}
                {...(route.kind === 'pupil' && route.yearStart !== undefined ? { yearStart: route.yearStart } : {})}
              />
            )}
          </>
        )}
        {shown === null && (
          <p>
            <a href={dashboardUrl(listHref())} target="_blank" rel="noreferrer">
              All pupils and the lists to work from (dashboard, opens in a new tab)
            </a>
          </p>
        )}
      </main>
    </PupilHostContext.Provider>
  );
}
