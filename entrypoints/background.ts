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
import { isSiteEnabled, saveOverlayPrefs } from '../lib/settings/overlay-prefs';
import { settingsCache } from '../lib/background/settings-cache';
import { RegisterPages } from '../lib/background/register-pages';
import { injectPart, loadPageSettings, siteKindOf } from '../lib/background/page-settings';
import { saveTaught } from '../lib/settings/taught';
import { prefillHandlers, startPrefillCommand } from '../lib/background/prefill-handlers';
import { openTeach } from '../lib/background/teach-open';
import { startLock } from '../lib/background/lock';
import { lockedBatch } from '../lib/lock/locked-read';
import { audit } from '../lib/lock/audit';
import { LOCKED_WHY } from '../lib/lock/messages';

import { Dexie } from 'dexie';
import { LastAnswers } from '../lib/background/last-answers';
import { PartInjections } from '../lib/background/part-injections';
import { viewKey } from '../lib/readers/view-key';
import { PAGE_SETTING_KEYS } from '../lib/settings/keys';

export default defineBackground(() => {
  startSiteSync();
  startRetentionJob();
  void adoptStoredSchoolDetails(openStore());
  startFocusShortcut();
  const lock = startLock(openStore());
  const settings = settingsCache();
  const registerPages = new RegisterPages();
  const lastAnswers = new LastAnswers();
  const parts = new PartInjections(injectPart);
  // Every committed write to the store, here or in any of the extension's pages and workers (Dexie
  // announces them across contexts), and every change to what page settings are made from.
  Dexie.on('storagemutated', () => lastAnswers.drop());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PAGE_SETTING_KEYS.some((k) => k in changes)) lastAnswers.drop();
  });
  listen({
    ping: async () => ({ ok: true as const, version: browser.runtime.getManifest().version }),
    'open-page': async ({ path }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/options.html') });
      return { opened: true };
    },
    // The sender's kind and origin are checked by the listener (`access` in lib/messages.ts).
    'register-read': async (req) => {
      const now = new Date();
      // The worker's copy of the settings (kept while it runs) and the lock row in one read.
      const [{ prefs, customProfile }, lockRow] = await Promise.all([settings.get(), lock.row()]);
      const db = openStore();
      let token = lastAnswers.token();
      const answer = await handleRegisterRead(req, {
        beforeRead: () => (token = lastAnswers.token()),
        ...(lockRow?.locked ? { locked: { prepare: (b) => lockedBatch(db, b, lockRow.indexKey) } } : {}),
        db: openStore(),
        profileId: prefs.laProfile,
        customProfile,
        siteOn: isSiteEnabled(prefs, req.url),
        today: todayLocal(now),
        now: now.toISOString(),
      });
      if (req.store) registerPages.remember(req.url, answer.ok && answer.showFlags && answer.badges.length > 0);
      // A read of unsaved edits describes the page of the moment, not what the page shows when opened.
      if (req.store) lastAnswers.keep(req.url, () => viewKey(req.view), answer, todayLocal(now), token);
      return answer;
    },
    'page-settings': async ({ url, fresh }, sender) => {
      const page = await loadPageSettings(settings, url, { siteKind: siteKindOf(sender), registerPages, ...(fresh ? { fresh } : {}) });
      // A page that drew badges when last read gets its register reads and the overlay now, while this
      // answer travels back: its script would ask for them on receiving the answer (and then waits for
      // these injections, not others). The reads first: the page is read before anything is drawn.
      if (sender.kind === 'mis-page' && page.siteOn && page.registerBefore) for (const part of ['grid', 'overlay'] as const) void parts.load(part, sender).catch(() => {});
      // The page's first question only (a `fresh` one follows a settings change, which dropped them all).
      const lastRead = page.siteOn && !fresh ? lastAnswers.get(url, todayLocal()) : undefined;
      return lastRead ? { ...page, lastRead } : page;
    },
    'load-part': ({ part }, sender) => parts.load(part, sender),
    'hint-dismissed': async () => {
      await saveOverlayPrefs({ hintDismissed: true });
      return { ok: true as const };
    },
    'dock-collapsed': async ({ collapsed }) => {
      await saveOverlayPrefs({ dockCollapsed: collapsed });
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
    // Prefill needs names and identifiers: unavailable while locked (the panel shows why and "Unlock").
    'prefill-open': async (req) => ((await lock.isLocked()) ? { opened: false, why: `${LOCKED_WHY} Unlock first, then open the prefill panel.` } : prefillHandlers['prefill-open'](req)),
    'prefill-pupils': async (req, sender) => (await lock.requireUnlocked(), prefillHandlers['prefill-pupils'](req, sender)),
    'prefill-plan': async (req, sender) => (await lock.requireUnlocked(), prefillHandlers['prefill-plan'](req, sender)),
    'prefill-record': async (req, sender) => {
      const out = await prefillHandlers['prefill-record'](req, sender);
      await audit(openStore(), 'prefill', `Form filled: ${req.formTitle.slice(0, 120)} (${req.fieldsFilled.length} field${req.fieldsFilled.length === 1 ? '' : 's'})`, req.pupilIds.length);
      return out;
    },
    ...lock.handlers,
  });
  startPrefillCommand();
});
