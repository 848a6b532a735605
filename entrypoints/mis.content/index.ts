import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { send } from '../../lib/messaging';
import { partLoader } from '../../lib/content/parts';
import { startRegisterSession } from '../../lib/content/register-session';
import { PAGE_SETTING_KEYS } from '../../lib/settings/keys';
import { TEACH_HOOK } from '../../lib/content/teach/host';
import type { PageSettings } from '../../lib/messages';
import { domReady } from '../../lib/content/dom-ready';

export default defineContentScript({
  // The bundled demo MIS; real MIS origins are registered at run time once the user grants them
  // (lib/background/sites.ts), so this list never grows.
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  // The demo referral forms are form pages, not an MIS (lib/background/sender.ts): the background
  // would refuse this script's messages there.
  excludeMatches: ['http://localhost/forms/*', 'http://127.0.0.1/forms/*'],
  // At the document's start, so the settings round trip and the overlay's loading happen while the page
  // is still arriving; the page itself is read from DOMContentLoaded on (domReady below). Chromium may
  // start a document_end script well after DOMContentLoaded; it never starts this one later.
  runAt: 'document_start',
  async main(ctx) {
    // Chromium gives a document_start script the root element already; should a browser not, the
    // parsed page is waited for (slower, never wrong).
    if (!document.documentElement) await domReady(ctx.signal);
    if (ctx.signal.aborted) return;
    // Registered and injected from the popup at once: run only one copy per page.
    if (document.documentElement.dataset.attendanceLens === 'active') return;
    document.documentElement.dataset.attendanceLens = 'active';
    ctx.onInvalidated(() => delete document.documentElement.dataset.attendanceLens);
    // One round trip before anything is read: the page's settings, which also say what kind of site
    // it is on. The demo origins are in the manifest: one the user made a referral-form site is not a
    // register (the prefill panel opens there on the user's click). Hand-added form sites never get
    // this script. The session's first settings are this answer, not a second request.
    const loadPart = partLoader(async (part) => void (await send('load-part', { part })));
    const firstUrl = location.href;
    const asked = send('page-settings', { url: firstUrl });
    let prefetched: Promise<PageSettings> | null = asked;
    // A setting changed before the session could follow changes: the session asks afresh instead.
    let changedMeanwhile = false;
    const changedEarly = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PAGE_SETTING_KEYS.some((k) => k in changes)) {
        prefetched = null;
        changedMeanwhile = true;
      }
    };
    browser.storage.onChanged.addListener(changedEarly);
    // Unanswered (the background starting): the session asks again, and says so on the page if it still fails.
    const answered = await asked.catch(() => null);
    // The last read's answer, if the background has one for this address (drawn at once if the page reads
    // the same): kept apart from the settings, which the session compares on every change.
    const { lastRead, ...first } = answered ?? { lastRead: undefined };
    if (answered && !changedMeanwhile) prefetched = Promise.resolve(first as PageSettings);
    if (answered?.siteKind === 'form') {
      browser.storage.onChanged.removeListener(changedEarly);
      delete document.documentElement.dataset.attendanceLens;
      return;
    }
    // A page that drew badges when last read: its register reads and the overlay (which the background
    // injects while answering) are waited for now, in parallel with the page arriving (one load per
    // page: the session's own requests get these).
    if (answered?.siteOn && answered.registerBefore) for (const part of ['grid', 'overlay'] as const) loadPart(part).catch(() => {});
    // Nothing is read before the document is parsed: a half-parsed register would be read as a page
    // no reader knows (a notice, "Teach this page") or as an incomplete one. Settings changed meanwhile
    // are still caught by `changedEarly`.
    await domReady(ctx.signal);
    browser.storage.onChanged.removeListener(changedEarly);
    if (ctx.signal.aborted) return;
    const session = startRegisterSession({
      signal: ctx.signal,
      loadSettings: (url, fresh) => {
        const got = prefetched && url === firstUrl && !fresh ? prefetched : send('page-settings', { url, ...(fresh ? { fresh } : {}) });
        prefetched = null;
        return got;
      },
      sendRead: (req) => send('register-read', req),
      // Not after a settings change seen meanwhile: it was worked out with the settings of before.
      ...(lastRead && !changedMeanwhile ? { lastRead } : {}),
      saveTaught: (input) => send('save-taught', input),
      confirmNameLink: (group) => send('confirm-name-link', { url: location.href, group }),
      loadPart,
      onHintDismissed: () => void send('hint-dismissed', {}).catch(() => {}),
      // A display preference, written by the background through its settings item (checked, versioned): the
      // settings' zod schemas stay out of this script, which every page of a granted MIS loads.
      onDockCollapsed: (collapsed) => void send('dock-collapsed', { collapsed }).catch(() => {}),
      openExtensionPage: (path) => void send('open-page', { path }).catch(() => {}),
      onPupilOpened: (pupilId) => void send('pupil-opened', { pupilId }).catch(() => {}),
    });
    // The keyboard shortcut (lib/background/focus-shortcut.ts) calls this, in this isolated world only.
    (globalThis as unknown as Record<string, unknown>).__attendanceLensFocus = () => session.focusOverlay();
    // The popup's "Teach this page" (lib/background/teach-open.ts) calls this, likewise.
    (globalThis as unknown as Record<string, unknown>)[TEACH_HOOK] = () => void session.teach();
    ctx.signal.addEventListener(
      'abort',
      () => {
        delete (globalThis as unknown as Record<string, unknown>).__attendanceLensFocus;
        delete (globalThis as unknown as Record<string, unknown>)[TEACH_HOOK];
      },
      { once: true },
    );
    // Only the settings this page's settings are made from (site on/off, markers, taught pages,
    // reader switches, LA profile), not every setting: the school's details change nothing here.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PAGE_SETTING_KEYS.some((k) => k in changes)) void session.settingsChanged();
    };
    browser.storage.onChanged.addListener(onChanged);
    ctx.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
  },
});
