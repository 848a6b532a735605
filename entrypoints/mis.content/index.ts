import { defineContentScript } from 'wxt/utils/define-content-script';
import { send } from '../../lib/messaging';
import { startRegisterSession } from '../../lib/content/register-session';
import { loadTaught, taughtFor, watchTaught, type TaughtEntry } from '../../lib/settings/taught';
import { isReaderEnabled, loadReaderSwitches, watchReaderSwitches, type ReaderSwitches } from '../../lib/settings/readers';
import { startTeach, type TeachHandle } from '../../lib/content/teach/teach-mode';
import { DEFAULT_OVERLAY_PREFS, loadOverlayPrefs, saveOverlayPrefs, watchOverlayPrefs, type OverlayPrefs } from '../../lib/settings/overlay-prefs';

export default defineContentScript({
  // The bundled demo MIS; real MIS origins are registered at run time once the user grants them
  // (lib/background/sites.ts), so this list never grows.
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Registered and injected from the popup at once: run only one copy per page.
    if (document.documentElement.dataset.attendanceLens === 'active') return;
    document.documentElement.dataset.attendanceLens = 'active';
    ctx.onInvalidated(() => delete document.documentElement.dataset.attendanceLens);
    // Taught pages and reader switches are settings in storage.local (no pupil data): read them
    // before the first read, and follow changes made in options or another tab.
    const [loaded, loadedSwitches, prefs] = await Promise.all([
      loadTaught().catch((): TaughtEntry[] => []),
      loadReaderSwitches().catch((): ReaderSwitches => ({})),
      loadOverlayPrefs().catch((): OverlayPrefs => DEFAULT_OVERLAY_PREFS),
    ]);
    let taught = loaded;
    let switches = loadedSwitches;
    let teaching: TeachHandle | null = null;
    const session = startRegisterSession({
      signal: ctx.signal,
      prefs,
      onHintDismissed: () => void saveOverlayPrefs({ hintDismissed: true }),
      openExtensionPage: (path) => void send('open-page', { path }).catch(() => {}),
      readerEnabled: (id) => isReaderEnabled(switches, id),
      taughtFor: (url) => taughtFor(taught, url),
      teach: () => {
        teaching?.close();
        teaching = startTeach({
          signal: ctx.signal,
          onClose: () => (teaching = null),
          // Read the page with what was just taught at once, without waiting for storage's echo.
          onSaved: (entry) => {
            taught = [...taught.filter((e) => !(e.origin === entry.origin && e.pathPattern === entry.pathPattern)), entry];
            void session.refresh();
          },
        });
      },
    });
    watchTaught((entries) => {
      if (JSON.stringify(entries) === JSON.stringify(taught)) return;
      taught = entries;
      void session.refresh();
    }, ctx.signal);
    watchOverlayPrefs((next) => session.setPrefs(next), ctx.signal);
    watchReaderSwitches((next) => {
      switches = next;
      void session.refresh();
    }, ctx.signal);
  },
});
