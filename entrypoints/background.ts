import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { listen } from '../lib/background/listen';
import { startSiteSync } from '../lib/background/sites';
import { startRetentionJob } from '../lib/background/retention';
import { startFocusShortcut } from '../lib/background/focus-shortcut';
import { handleRegisterRead } from '../lib/background/reads';
import { todayLocal } from '../lib/clock';
import { openStore } from '../lib/store/schema';
import { confirmNameLink } from '../lib/store/name-links-io';
import { adoptStoredSchoolDetails } from '../lib/background/school-details';
import { isSiteEnabled, loadOverlayPrefs, saveOverlayPrefs } from '../lib/settings/overlay-prefs';
import { loadStoredCustomProfile } from '../lib/settings/custom-profile';
import { injectPart, loadPageSettings } from '../lib/background/page-settings';
import { saveTaught } from '../lib/settings/taught';
import { prefillHandlers, startPrefillCommand } from '../lib/background/prefill-handlers';
import { openTeach } from '../lib/background/teach-open';

export default defineBackground(() => {
  startSiteSync();
  startRetentionJob();
  void adoptStoredSchoolDetails(openStore());
  startFocusShortcut();
  listen({
    ping: async () => ({ ok: true as const, version: browser.runtime.getManifest().version }),
    'open-page': async ({ path }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/options.html') });
      return { opened: true };
    },
    // The sender's kind and origin are checked by the listener (`access` in lib/messages.ts).
    'register-read': async (req) => {
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
    'page-settings': ({ url }) => loadPageSettings(url),
    'load-part': ({ part }, sender) => injectPart(part, sender),
    'hint-dismissed': async () => {
      await saveOverlayPrefs({ hintDismissed: true });
      return { ok: true as const };
    },
    'save-taught': (input) => saveTaught(input),
    // The listener checked that the page asking is on this site (`access`).
    'confirm-name-link': async ({ url, group }) => {
      await confirmNameLink(openStore(), new URL(url).origin, group, new Date().toISOString());
      return { ok: true as const };
    },
    'teach-open': ({ tabId }) => openTeach(tabId),
    ...prefillHandlers,
  });
  startPrefillCommand();
});
