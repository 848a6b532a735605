import { defineContentScript } from 'wxt/utils/define-content-script';
import { send } from '../../lib/messaging';

export default defineContentScript({
  // The bundled demo MIS; real MIS origins are registered at run time once the user grants them.
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_idle',
  async main(ctx) {
    document.documentElement.dataset.attendanceLens = 'active';
    ctx.onInvalidated(() => delete document.documentElement.dataset.attendanceLens);
    await send('page-seen', { url: location.href, title: document.title });
  },
});
