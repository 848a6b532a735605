import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEMO_ORIGINS, originPattern } from '../../lib/sites/known-sites';
import { tabSiteKind, type SiteKind } from '../../lib/sites/site-kind';
import { siteKindsSetting } from '../../lib/settings/site-kinds';
import { referralFormsSetting } from '../../lib/settings/referral-forms';
import { PrefillButton } from '../../components/prefill/PrefillButton';
import { TeachButton } from '../../components/teach/TeachButton';
import { LockControl } from '../../components/lock/LockControl';

type SiteState =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'allowed'; origin: string; demo: boolean; site: SiteKind }
  | { kind: 'not-allowed'; origin: string; tabId: number; site: SiteKind };

/** The toolbar popup: is this site read, and a one-click way to allow it (the user's own gesture). */
export function Popup() {
  const [state, setState] = useState<SiteState>({ kind: 'loading' });
  const [error, setError] = useState<string | null>(null);

  const check = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const origin = tab?.url ? originPattern(tab.url) : null;
    if (!tab?.id || !origin) return setState({ kind: 'unsupported' });
    const demo = DEMO_ORIGINS.includes(origin);
    const allowed = demo || (await browser.permissions.contains({ origins: [origin] }));
    // A form site (known, or the user's choice; for a site not yet allowed, the kind it would get).
    const [kinds, forms] = await Promise.all([siteKindsSetting.get(), referralFormsSetting.get()]);
    // The demo origins serve an MIS and referral forms (/forms/): the page decides, not the origin.
    const site: SiteKind = tabSiteKind(tab.url!, { table: kinds.sites, demo, allowed, savedFormAddresses: [...Object.values(forms.pathways), ...forms.others.map((o) => o.url)] });
    setState(allowed ? { kind: 'allowed', origin, demo, site } : { kind: 'not-allowed', origin, tabId: tab.id, site });
  };
  useEffect(() => void check(), []);
  // The focus shortcut as the user has it (they may change or clear it in the browser's shortcuts page).
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'focus-flags')?.shortcut || ''))
      .catch(() => {});
  }, []);

  const allow = async (origin: string, tabId: number, site: SiteKind) => {
    setError(null);
    // Asked in the click (a user gesture); the site's kind is written meanwhile.
    const [ok] = await Promise.all([browser.permissions.request({ origins: [origin] }), siteKindsSetting.get().then((k) => (k.sites[origin] ? undefined : siteKindsSetting.set({ version: 1, sites: { ...k.sites, [origin]: site } })))]);
    if (!ok) return setError('Not allowed: the request was declined.');
    // An MIS: the background registers the script for future visits; run it on this tab now too. A
    // form site gets nothing until the user opens the prefill panel.
    if (site === 'mis') await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/mis.js'] });
    await check();
  };

  const host = (o: string) => o.replace(/^https?:\/\//, '').replace(/\/\*$/, '');
  return (
    <main class="popup">
      <h1>Attendance Lens</h1>
      <LockControl idPrefix="popup-lock" />
      {state.kind === 'loading' && <p>Checking this page…</p>}
      {state.kind === 'unsupported' && <p>Attendance Lens works on your MIS's web pages. This page is not one it can read.</p>}
      {state.kind === 'allowed' && (
        <p role="status">
          {state.site === 'form' ? 'Referral forms on ' : 'Reading registers on '}<strong>{host(state.origin)}</strong>
          {state.demo ? ' (the bundled demo).' : '.'}
        </p>
      )}
      {state.kind === 'allowed' && <PrefillButton />}
      {state.kind === 'allowed' && state.site === 'mis' && <TeachButton />}
      {state.kind === 'not-allowed' && (
        <>
          <p>Attendance Lens is not allowed to read <strong>{host(state.origin)}</strong>.</p>
          <button type="button" onClick={() => void allow(state.origin, state.tabId, state.site)}>
            Allow on {host(state.origin)}
          </button>
          <p>{state.site === 'form' ? 'It will be a referral-form site: nothing is read there; the prefill panel opens when you ask.' : 'It will be read as your MIS. A referral-form site? Add it in settings (Sites) as one.'}</p>
        </>
      )}
      {error && <p role="alert">{error}</p>}
      <p>
        <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noreferrer">
          Dashboard
        </a>
      </p>
      <p>
        <button type="button" class="secondary" onClick={() => void openSidePanel().catch((e: Error) => setError(`The side panel could not be opened: ${e.message}`))}>
          Show the pupil in focus beside the page
        </button>
      </p>
      <p>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Settings and your data
        </a>
      </p>
      {shortcut !== null && (
        <p>
          Keyboard: {shortcut ? <kbd>{shortcut}</kbd> : 'no shortcut set'} moves focus to the first flag on a register
          (change it in your browser’s extension shortcuts).
        </p>
      )}
    </main>
  );
}

/** Chromium's side panel or Firefox's sidebar (entrypoints/sidepanel), opened from this click (a user gesture). */
async function openSidePanel(): Promise<void> {
  const b = browser as unknown as {
    sidePanel?: { open(o: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  // Firefox: called first thing in the click, before any await, or it is no longer a user action.
  if (b.sidebarAction) return b.sidebarAction.open();
  if (!b.sidePanel) throw new Error('this browser has no side panel');
  // The window is known before the click: an await before open() could lose the user gesture.
  if (popupWindowId === undefined) throw new Error('no window');
  await b.sidePanel.open({ windowId: popupWindowId });
  window.close();
}

let popupWindowId: number | undefined;
void browser.windows?.getCurrent().then((w) => (popupWindowId = w.id), () => undefined);
