import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { listen } from '../lib/background/listen';
import { startSiteSync } from '../lib/background/sites';
import { startRetentionJob } from '../lib/background/retention';
import { startFocusShortcut } from '../lib/background/focus-shortcut';
import { handleRegisterRead } from '../lib/background/reads';
import { todayLocal } from '../lib/background/clock';
import { openStore } from '../lib/store/schema';
import { isSiteEnabled, loadOverlayPrefs, saveOverlayPrefs } from '../lib/settings/overlay-prefs';
import { loadStoredCustomProfile } from '../lib/settings/custom-profile';
import { assertOwnPage, injectPart, loadPageSettings, saveTaughtFrom } from '../lib/background/page-settings';

export default defineBackground(() => {
  startSiteSync();
  startRetentionJob();
  startFocusShortcut();
  listen({
    ping: async () => ({ ok: true as const, version: browser.runtime.getManifest().version }),
    'open-page': async ({ path }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/options.html') });
      return { opened: true };
    },
    'register-read': async (req, sender) => {
      assertOwnPage(req.url, sender);
      const now = new Date();
      const [prefs, customProfile] = await Promise.all([loadOverlayPrefs(), loadStoredCustomProfile()]);
      return handleRegisterRead(req, {
        db: openStore(),
        profileId: prefs.laProfile,
        customProfile,
        siteOn: isSiteEnabled(prefs, req.url),
        today: todayLocal(now),
        now: now.toISOString(),
      });
    },
    'page-settings': async ({ url }, sender) => {
      assertOwnPage(url, sender);
      return loadPageSettings(url);
    },
    'load-part': ({ part }, sender) => injectPart(part, sender),
    'hint-dismissed': async () => {
      await saveOverlayPrefs({ hintDismissed: true });
      return { ok: true as const };
    },
    'save-taught': (input, sender) => saveTaughtFrom(input, sender),
  });
});
