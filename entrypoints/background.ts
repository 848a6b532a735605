import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { listen } from '../lib/messaging';
import { startSiteSync } from '../lib/background/sites';

export default defineBackground(() => {
  startSiteSync();
  let pagesSeen = 0;
  listen({
    ping: async () => ({ ok: true as const, version: browser.runtime.getManifest().version }),
    'page-seen': async () => ({ pagesSeen: ++pagesSeen }),
  });
});
