import { useEffect, useState } from 'preact/hooks';
import { todayLocal } from '../../lib/background/clock';
import { listHref } from '../../lib/dashboard/routes';
import type { ProfileChoice } from '../../lib/dashboard/load-store';
import { loadStoredCustomProfile, watchCustomProfile } from '../../lib/settings/custom-profile';
import { loadOverlayPrefs, watchOverlayPrefs, type LaProfileId } from '../../lib/settings/overlay-prefs';
import { openStore } from '../../lib/store/schema';
import { AddActionPage } from './AddActionPage';
import { flash } from './flash';
import { PageHeading } from './PageHeading';
import { PupilListPage } from './PupilListPage';
import { PupilPage } from './PupilPage';
import { useRoute } from './use-route';

export interface DashboardContext {
  db: ReturnType<typeof openStore>;
  /** The LA profile chosen in settings (the same one the register overlay uses), with the school's own bands. */
  profile: ProfileChoice;
  /** Changes whenever `profile` does (what live queries re-run on). */
  profileKey: string;
  /** Today, from the shell's clock: the engine's "as of". */
  asOf: string;
}

/**
 * The champion's dashboard: an extension page that reads the store directly (never the network).
 * Routes live in the hash so the register overlay can link straight to a pupil.
 */
export function DashboardApp() {
  const route = useRoute();
  const [profileId, setProfileId] = useState<LaProfileId | null>(null);
  const [custom, setCustom] = useState<unknown>(undefined);
  const [asOf] = useState(() => todayLocal());
  useEffect(() => {
    const ctl = new AbortController();
    void Promise.all([loadOverlayPrefs(), loadStoredCustomProfile()]).then(([p, c]) => {
      setCustom(c);
      setProfileId(p.laProfile);
    });
    watchOverlayPrefs((p) => setProfileId(p.laProfile), ctl.signal);
    // Only a valid definition is ever saved; a new one re-bands the dashboard at once.
    watchCustomProfile((saved) => setCustom(saved.state === 'ok' ? saved.definition : undefined), ctl.signal);
    return () => ctl.abort();
  }, []);

  // A message belongs to the page it was set for: leaving that page drops it.
  useEffect(() => {
    if (flash.value && flash.value.hash !== location.hash) flash.value = null;
  }, [route]);

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
              <a href={listHref()} aria-current={route.kind === 'list' ? 'page' : undefined}>
                All pupils
              </a>
            </li>
            <li>
              <a href="options.html">Settings and your data</a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} class="page wide">
        <div role="status" class="flash">
          {flash.value?.hash === location.hash ? flash.value.text : ''}
        </div>
        {!ctx ? (
          <p>Loading…</p>
        ) : route.kind === 'list' ? (
          <PupilListPage ctx={ctx} />
        ) : route.kind === 'pupil' ? (
          <PupilPage ctx={ctx} pupilId={route.pupilId} />
        ) : route.kind === 'add-action' ? (
          <AddActionPage ctx={ctx} pupilId={route.pupilId} />
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
