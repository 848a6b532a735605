/**
 * The background's copy of what page settings are made from (overlay preferences, reader switches,
 * taught pages, the custom profile): read from storage once, then kept until one of those keys
 * changes, so a register page's settings and its read cost no storage round trips while the worker
 * runs. A page that saw a settings change asks `fresh` (its change event may arrive before the
 * worker's), which reads storage again and keeps that.
 */
import { browser } from 'wxt/browser';
import { loadOverlayPrefs, type OverlayPrefs } from '../settings/overlay-prefs';
import { loadReaderSwitches, type ReaderSwitches } from '../settings/readers';
import { loadTaught, type TaughtEntry } from '../settings/taught';
import { loadStoredCustomProfile } from '../settings/custom-profile';
import { PAGE_SETTING_KEYS } from '../settings/keys';

export interface StoredSettings {
  prefs: OverlayPrefs;
  readerSwitches: ReaderSwitches;
  taught: readonly TaughtEntry[];
  /** The stored custom profile definition, as stored (only its identity matters to a page). */
  customProfile?: unknown;
}

async function readStoredSettings(): Promise<StoredSettings> {
  const [prefs, readerSwitches, taught, customProfile] = await Promise.all([loadOverlayPrefs(), loadReaderSwitches(), loadTaught(), loadStoredCustomProfile()]);
  return { prefs, readerSwitches, taught, customProfile };
}

export interface SettingsCache {
  get(opts?: { fresh?: boolean }): Promise<StoredSettings>;
}

/** `read` and `onChanged` are the storage (tests give their own). */
export function settingsCache(
  read: () => Promise<StoredSettings> = readStoredSettings,
  onChanged: (listener: (changes: Record<string, unknown>, area: string) => void) => void = (l) => browser.storage.onChanged.addListener(l),
): SettingsCache {
  let kept: Promise<StoredSettings> | undefined;
  // Any change to a key the copy is made from drops it, including one written while a read was on
  // its way (that read's answer is then used by whoever asked, never kept for later).
  onChanged((changes, area) => {
    if (area === 'local' && PAGE_SETTING_KEYS.some((k) => k in changes)) kept = undefined;
  });
  return {
    get({ fresh = false } = {}) {
      if (kept && !fresh) return kept;
      const p = read();
      kept = p;
      // A failed read is not kept: the next request tries storage again.
      p.catch(() => {
        if (kept === p) kept = undefined;
      });
      return p;
    },
  };
}
