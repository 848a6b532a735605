import { useEffect, useState } from 'preact/hooks';
import { cohortsHref, listHref, overviewHref, tsmHref } from '../../lib/dashboard/routes';
import { LockControl } from '../lock/LockControl';
import type { ProfileChoice } from '../../lib/dashboard/load-store';
import type { DashboardContext } from './context';
import { loadStoredCustomProfile, watchStoredCustomProfile } from '../../lib/settings/custom-profile';
import { loadOverlayPrefs, watchOverlayPrefs, type LaProfileId } from '../../lib/settings/overlay-prefs';
import { openStore } from '../../lib/store/schema';
import { AddActionPage } from './AddActionPage';
import { CohortsPage } from './CohortsPage';
import { OverviewPage } from './OverviewPage';
import { TsmPage } from './TsmPage';
import { FlashStatus } from './FlashStatus';
import { PageHeading } from './PageHeading';
import { PupilListPage } from './PupilListPage';
import { PupilPage } from './PupilPage';
import { ReferralPage } from './ReferralPage';
import { useRoute } from './use-route';
import { useToday } from './use-today';

// Kept for code written against the old place; pages import it from './context' (no cycle).
export type { DashboardContext } from './context';

/**
 * The champion's dashboard: an extension page that reads the store directly (never the network).
 * Routes live in the hash so the register overlay can link straight to a pupil.
 */
export function DashboardApp() {
  const route = useRoute();
  const [profileId, setProfileId] = useState<LaProfileId | null>(null);
  // The stored custom bands as they are, at load and on every change alike: the store's
  // `schoolConfig` resolves them with the profile id (valid, invalid and why, or none saved).
  const [custom, setCustom] = useState<unknown>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  const asOf = useToday();
  useEffect(() => {
    const ctl = new AbortController();
    Promise.all([loadOverlayPrefs(), loadStoredCustomProfile()]).then(
      ([p, c]) => {
        if (ctl.signal.aborted) return;
        // For the bench: how long from the page's start until the settings are read and the page can read the store.
        performance.measure?.('attendance-lens:settings', { start: 0, end: performance.now() });
        setCustom(c);
        setProfileId(p.laProfile);
      },
      (err: unknown) => !ctl.signal.aborted && setLoadError(err instanceof Error ? err.message : String(err)),
    );
    watchOverlayPrefs((p) => setProfileId(p.laProfile), ctl.signal);
    watchStoredCustomProfile(setCustom, ctl.signal);
    return () => ctl.abort();
  }, []);

  const profile: ProfileChoice = { id: profileId ?? undefined, custom };
  const ctx: DashboardContext | null = profileId ? { db: openStore(), profile, profileKey: JSON.stringify(profile), asOf } : null;
  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to main content
      </a>
      <header class="site-header">
        <a class="brand" href={listHref()}>
          Attendance Lens dashboard
        </a>
        <nav aria-label="Dashboard">
          <ul>
            <li>
              <a href={overviewHref()} aria-current={route.kind === 'overview' ? 'page' : undefined}>
                Overview
              </a>
            </li>
            <li>
              <a href={listHref()} aria-current={route.kind === 'list' ? 'page' : undefined}>
                Pupils
              </a>
            </li>
            <li>
              <a href={cohortsHref()} aria-current={route.kind === 'cohorts' ? 'page' : undefined}>
                Compare groups
              </a>
            </li>
            <li>
              <a href={tsmHref()} aria-current={route.kind === 'tsm' ? 'page' : undefined}>
                TSM pack
              </a>
            </li>
            <li>
              <a href="options.html">Settings and your data</a>
            </li>
          </ul>
        </nav>
        <LockControl idPrefix="dashboard-lock" reloadOnChange />
      </header>
      <main id="main" tabIndex={-1} class="page wide">
        <FlashStatus route={route} />
        {loadError !== null ? (
          <p role="alert">
            The dashboard could not read its settings, so it cannot show any figures: {loadError}. Reload the page to try again.
          </p>
        ) : !ctx ? (
          <p>Loading…</p>
        ) : route.kind === 'list' ? (
          <PupilListPage ctx={ctx} />
        ) : route.kind === 'overview' ? (
          <OverviewPage ctx={ctx} />
        ) : route.kind === 'cohorts' ? (
          <CohortsPage ctx={ctx} />
        ) : route.kind === 'tsm' ? (
          <TsmPage ctx={ctx} />
        ) : route.kind === 'pupil' ? (
          <PupilPage key={`${route.pupilId}|${route.yearStart ?? ''}`} ctx={ctx} pupilId={route.pupilId} {...(route.yearStart !== undefined ? { yearStart: route.yearStart } : {})} />
        ) : route.kind === 'add-action' ? (
          <AddActionPage ctx={ctx} pupilId={route.pupilId} />
        ) : route.kind === 'referral' ? (
          <ReferralPage key={route.pupilId} ctx={ctx} pupilId={route.pupilId} />
        ) : route.kind === 'edit-action' ? (
          <AddActionPage key={route.actionId} ctx={ctx} pupilId={route.pupilId} editId={route.actionId} />
        ) : (
          <>
            <PageHeading title="Page not found" />
            <p>
              There is no dashboard page at this address. <a href={listHref()}>Go to the list of pupils</a>.
            </p>
          </>
        )}
      </main>
    </>
  );
}
