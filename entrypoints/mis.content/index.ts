import { defineContentScript } from 'wxt/utils/define-content-script';
import { send } from '../../lib/messaging';
import { startRegisterSession } from '../../lib/content/register-session';

export default defineContentScript({
  // The bundled demo MIS; real MIS origins are registered at run time once the user grants them
  // (lib/background/sites.ts), so this list never grows.
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Registered and injected from the popup at once: run only one copy per page.
    if (document.documentElement.dataset.attendanceLens === 'active') return;
    document.documentElement.dataset.attendanceLens = 'active';
    ctx.onInvalidated(() => delete document.documentElement.dataset.attendanceLens);
    startRegisterSession({
      signal: ctx.signal,
      prefs: { style: 'full', showFirstRunHint: true },
      openExtensionPage: (path) => void send('open-page', { path }).catch(() => {}),
    });
  },
});
