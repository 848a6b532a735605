import { browser } from 'wxt/browser';
import type { PageSettings } from '../messages';
import { isSiteEnabled, toDisplayPrefs } from '../settings/overlay-prefs';
import { taughtFor } from '../settings/taught';
import { PART_FILES, type PartName } from '../content/parts';
import type { SiteKind } from '../sites/site-kind';
import type { ContentSender } from './sender';
import type { SettingsCache, StoredSettings } from './settings-cache';
import type { RegisterPages } from './register-pages';

export type { StoredSettings };

/**
 * What the MIS content script needs for the page at `url`, from settings already validated here.
 * `siteKind`: the page's site as the listener classified its sender (a form site: the script stands
 * aside, and nothing is read there whatever the on/off switch says).
 */
export function pageSettingsFor(url: string, s: StoredSettings, siteKind: SiteKind = 'mis', registerBefore = false): PageSettings {
  const display = toDisplayPrefs(s.prefs);
  return {
    siteKind,
    registerBefore: siteKind === 'mis' && registerBefore,
    siteOn: siteKind === 'mis' && isSiteEnabled(s.prefs, url),
    display: { ...display, markers: [...(display.markers ?? [])], showSummary: display.showSummary ?? true },
    readerSwitches: s.readerSwitches,
    taught: taughtFor(s.taught, new URL(url)) ?? null,
    // The school's own bands can change without the choice changing: their definition is part of it.
    profile: s.prefs.laProfile === 'custom' ? `custom:${JSON.stringify(s.customProfile ?? null)}` : s.prefs.laProfile,
  };
}

/** A content script's site kind, as the listener classified its sender (known and hand-added form sites). */
export const siteKindOf = (sender: ContentSender): SiteKind => (sender.kind === 'form-page' ? 'form' : 'mis');

/**
 * `fresh`: read storage, not the worker's copy (the page saw a settings change). `registerPages`: the
 * pages whose last read drew badges (register-pages.ts).
 */
export async function loadPageSettings(
  settings: SettingsCache,
  url: string,
  opts: { siteKind?: SiteKind; fresh?: boolean; registerPages?: RegisterPages } = {},
): Promise<PageSettings> {
  return pageSettingsFor(url, await settings.get({ fresh: opts.fresh ?? false }), opts.siteKind, opts.registerPages?.has(url) ?? false);
}

/**
 * Runs one of the content script's parts in the frame that asked, in the content script's isolated
 * world. Only a content script in a tab gets here (the listener checks the sender's kind); the page's
 * origin is one the extension may already script (granted, or the user's activeTab click), or this
 * fails.
 */
export async function injectPart(part: PartName, sender: ContentSender): Promise<{ loaded: true }> {
  const { tabId, frameId, documentId } = sender;
  await browser.scripting.executeScript({
    // Chromium names the very document that asked (a frame that navigated since gets nothing);
    // Firefox has no document ids, so the frame.
    target: documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] },
    files: [PART_FILES[part]],
    // Not held back until the page is idle (images loading): the page is already being read.
    injectImmediately: true,
  });
  return { loaded: true };
}
