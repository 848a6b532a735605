import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadCustomProfile, watchCustomProfile, type SavedCustomProfile } from '../../lib/settings/custom-profile';
import { CustomProfileEditor, type BuiltInProfileId } from './CustomProfileEditor';
import {
  LA_PROFILE_IDS,
  LA_PROFILE_LABELS,
  MARKER_IDS,
  MARKER_LABELS,
  loadOverlayPrefs,
  saveOverlayPrefs,
  siteOrigin,
  type LaProfileId,
  type OverlayPrefs,
} from '../../lib/settings/overlay-prefs';

export interface FlagsSectionProps {
  /** Seam for tests; defaults to the granted host permissions. */
  grantedOrigins?: () => Promise<string[]>;
}

/** Concrete origins among granted permission patterns (`https://school.example/*`); wildcards are skipped. */
async function grantedConcreteOrigins(): Promise<string[]> {
  const patterns = (await browser.permissions.getAll()).origins ?? [];
  return patterns.filter((p) => !p.includes('*.') && !p.startsWith('*')).map((p) => siteOrigin(p.replace(/\/\*$/, ''))).filter((o): o is string => !!o);
}

/**
 * The register flags' settings: where they are drawn, which markers, compact or full badges, and the
 * local authority whose bands and wording apply. Each change is saved at once and announced.
 */
export function FlagsSection({ grantedOrigins = grantedConcreteOrigins }: FlagsSectionProps) {
  const [prefs, setPrefs] = useState<OverlayPrefs | null>(null);
  const [granted, setGranted] = useState<string[]>([]);
  const [newSite, setNewSite] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [custom, setCustom] = useState<SavedCustomProfile>({ state: 'none' });
  // The custom editor starts from a copy of the built-in profile the school had chosen.
  const [lastBuiltIn, setLastBuiltIn] = useState<BuiltInProfileId>('kent');

  useEffect(() => {
    Promise.all([loadOverlayPrefs(), loadCustomProfile()]).then(
      ([p, c]) => {
        setCustom(c);
        if (p.laProfile !== 'custom') setLastBuiltIn(p.laProfile);
        setPrefs(p);
      },
      (err: unknown) => setLoadError(err instanceof Error ? err.message : String(err)),
    );
    // Bands saved in another settings tab change the fallback message here too.
    const stop = new AbortController();
    watchCustomProfile(setCustom, stop.signal);
    void grantedOrigins()
      .then(setGranted)
      .catch(() => setGranted([]));
    return () => stop.abort();
  }, []);

  if (loadError !== null) return <p role="alert">The flag settings could not be read: {loadError}. Reload the page to try again.</p>;
  if (!prefs) return <p>Loading…</p>;

  const save = async (patch: Partial<OverlayPrefs>, said: string) => {
    setError('');
    setPrefs(await saveOverlayPrefs(patch));
    setStatus(said);
  };
  const sites = [...new Set([...granted, ...Object.keys(prefs.sites)])].sort();

  const addSite = async (e: Event) => {
    e.preventDefault();
    const origin = siteOrigin(newSite.trim());
    if (!origin) {
      setError(`“${newSite}” is not a web address. Type one like https://yourschool.example.org`);
      return;
    }
    setNewSite('');
    await save({ sites: { ...prefs.sites, [origin]: true } }, `Flags are shown on ${origin}.`);
  };

  return (
    <div>
      <p>How the flags beside each pupil look on your MIS pages. These settings hold no pupil data.</p>

      <fieldset>
        <legend>Sites</legend>
        {sites.length === 0 && <p>No sites yet. Allow your MIS under “Sites”, or add its address here.</p>}
        {sites.map((origin) => (
          <div key={origin}>
            <label>
              <input
                type="checkbox"
                checked={prefs.sites[origin] !== false}
                onChange={(e) =>
                  void save(
                    { sites: { ...prefs.sites, [origin]: (e.currentTarget as HTMLInputElement).checked } },
                    `Flags are ${(e.currentTarget as HTMLInputElement).checked ? 'shown' : 'not shown'} on ${origin}.`,
                  )
                }
              />{' '}
              Show flags on {origin}
            </label>
          </div>
        ))}
        <form onSubmit={addSite}>
          <label for="flags-new-site">Add a site</label>{' '}
          <input
            id="flags-new-site"
            type="url"
            inputMode="url"
            placeholder="https://yourschool.example.org"
            value={newSite}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'flags-error' : undefined}
            onInput={(e) => setNewSite((e.currentTarget as HTMLInputElement).value)}
          />{' '}
          <button type="submit">Add</button>
        </form>
        {error && (
          <p id="flags-error" role="alert">
            {error}
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>Markers beside the percentage</legend>
        {MARKER_IDS.map((id) => (
          <div key={id}>
            <label>
              <input
                type="checkbox"
                checked={prefs.markers[id] !== false}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  void save({ markers: { ...prefs.markers, [id]: on } }, `${MARKER_LABELS[id]}: ${on ? 'shown' : 'hidden'}.`);
                }}
              />{' '}
              {MARKER_LABELS[id]}
            </label>
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>Badge size</legend>
        {(['compact', 'full'] as const).map((style) => (
          <div key={style}>
            <label>
              <input
                type="radio"
                name="flags-badge-style"
                value={style}
                checked={prefs.badgeStyle === style}
                onChange={() => void save({ badgeStyle: style }, `Badges are ${style}.`)}
              />{' '}
              {style === 'compact' ? 'Compact, e.g. “PA 88.9%”' : 'Full, e.g. “PA 88.9% · Persistent absence · 12/58 days”'}
            </label>
          </div>
        ))}
      </fieldset>

      <div>
        <label>
          <input
            type="checkbox"
            checked={prefs.summaryBar}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              void save({ summaryBar: on }, `Page summary bar ${on ? 'shown' : 'hidden'}.`);
            }}
          />{' '}
          Show the summary bar for the group on screen (e.g. “7RB: 3 SA, 6 PA”)
        </label>
      </div>

      <div>
        <label for="flags-la-profile">Local authority profile (bands, colours and next steps)</label>{' '}
        <select
          id="flags-la-profile"
          value={prefs.laProfile}
          aria-describedby={prefs.laProfile === 'custom' && custom.state !== 'ok' ? 'flags-custom-fallback' : undefined}
          onChange={(e) => {
            const id = (e.currentTarget as HTMLSelectElement).value as LaProfileId;
            if (id !== 'custom') setLastBuiltIn(id);
            const said =
              id !== 'custom'
                ? `Local authority profile: ${LA_PROFILE_LABELS[id]}.`
                : custom.state === 'ok'
                  ? `Local authority profile: your own bands, “${custom.profile.name}”.`
                  : `Local authority profile: Custom. ${fallbackText(custom)}`;
            void save({ laProfile: id }, said);
          }}
        >
          {LA_PROFILE_IDS.map((id) => (
            <option key={id} value={id}>
              {LA_PROFILE_LABELS[id]}
            </option>
          ))}
        </select>
        {prefs.laProfile === 'custom' && custom.state !== 'ok' && (
          <p id="flags-custom-fallback" class="problem">
            {fallbackText(custom)}
          </p>
        )}
      </div>
      {prefs.laProfile === 'custom' && <CustomProfileEditor saved={custom} startFrom={lastBuiltIn} onSaved={setCustom} />}

      {prefs.hintDismissed && (
        <p>
          <button type="button" class="secondary" onClick={() => void save({ hintDismissed: false }, 'The history hint will show again.')}>
            Show the “history is incomplete” hint again
          </button>
        </p>
      )}

      <p role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

/** Why the register is not using the school's own bands yet, and what it uses instead. */
function fallbackText(custom: SavedCustomProfile): string {
  if (custom.state === 'invalid') {
    return `The saved custom bands are not valid (${custom.issues[0]?.message ?? 'unknown problem'}), so registers use the national bands (PA and SA only) until you save them again below.`;
  }
  return 'No custom bands are saved yet, so registers use the national bands (PA and SA only) until you save them below.';
}
