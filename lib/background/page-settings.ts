import { browser } from 'wxt/browser';
import type { PageSettings } from '../messages';
import { isSiteEnabled, loadOverlayPrefs, toDisplayPrefs, type OverlayPrefs } from '../settings/overlay-prefs';
import { loadReaderSwitches, type ReaderSwitches } from '../settings/readers';
import { loadTaught, saveTaught, taughtFor, type NewTaught, type TaughtEntry } from '../settings/taught';
import { PART_FILES, type PartName } from '../content/parts';
import { loadStoredCustomProfile } from '../settings/custom-profile';

export interface StoredSettings {
  prefs: OverlayPrefs;
  readerSwitches: ReaderSwitches;
  taught: readonly TaughtEntry[];
  /** The stored custom profile definition, as stored (only its identity matters here). */
  customProfile?: unknown;
}

/** What the MIS content script needs for the page at `url`, from settings already validated here. */
export function pageSettingsFor(url: string, s: StoredSettings): PageSettings {
  const display = toDisplayPrefs(s.prefs);
  return {
    siteOn: isSiteEnabled(s.prefs, url),
    display: { ...display, markers: [...(display.markers ?? [])], showSummary: display.showSummary ?? true },
    readerSwitches: s.readerSwitches,
    taught: taughtFor(s.taught, new URL(url)) ?? null,
    // The school's own bands can change without the choice changing: their definition is part of it.
    profile: s.prefs.laProfile === 'custom' ? `custom:${JSON.stringify(s.customProfile ?? null)}` : s.prefs.laProfile,
  };
}

export async function loadPageSettings(url: string): Promise<PageSettings> {
  const [prefs, readerSwitches, taught, customProfile] = await Promise.all([
    loadOverlayPrefs(),
    loadReaderSwitches(),
    loadTaught(),
    loadStoredCustomProfile(),
  ]);
  return pageSettingsFor(url, { prefs, readerSwitches, taught, customProfile });
}

interface Sender {
  tab?: { id?: number };
  frameId?: number;
  documentId?: string;
  url?: string;
}

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/**
 * A content script speaks for its own page only: the address in a message must be on the sender's
 * own origin (the browser, not the page, says what the sender's address is).
 */
export function assertOwnPage(url: string, sender: unknown): void {
  const own = originOf((sender as Sender | undefined)?.url);
  if (own === null || own !== originOf(url)) throw new Error('A page can only ask about itself');
}

/**
 * Saves what teach mode sends, for the page it was taught on only: a content script can teach its own
 * site, never write a mapping for another.
 */
export async function saveTaughtFrom(input: NewTaught, sender: unknown): Promise<TaughtEntry> {
  const origin = originOf((sender as Sender | undefined)?.url);
  if (origin === null || origin !== input.origin) throw new Error('A page can only be taught from that page');
  return saveTaught(input);
}

/**
 * Runs one of the content script's parts in the frame that asked, in the content script's isolated
 * world. Only a content script in a tab can ask, and only for our own files; the page's origin is one
 * the extension may already script (granted, or the user's activeTab click), or this fails.
 */
export async function injectPart(part: PartName, sender: unknown): Promise<{ loaded: true }> {
  const { tab, frameId, documentId } = (sender ?? {}) as Sender;
  if (tab?.id === undefined || frameId === undefined) throw new Error('load-part: only a content script in a tab can load a part');
  await browser.scripting.executeScript({
    // Chromium names the very document that asked (a frame that navigated since gets nothing);
    // Firefox has no document ids, so the frame.
    target: documentId ? { tabId: tab.id, documentIds: [documentId] } : { tabId: tab.id, frameIds: [frameId] },
    files: [PART_FILES[part]],
    // Not held back until the page is idle (images loading): the page is already being read.
    injectImmediately: true,
  });
  return { loaded: true };
}
