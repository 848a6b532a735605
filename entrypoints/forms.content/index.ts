import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPrefillPanel } from '../../lib/content/prefill-host';

export default defineContentScript({
  // Never in the manifest: the background injects it into the top frame of a granted form page
  // when the user opens the panel (toolbar popup or keyboard shortcut). Nothing runs before that.
  registration: 'runtime',
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  main(ctx) {
    startPrefillPanel(ctx);
  },
});
