/**
 * The session's page settings, asked of the background. Only the newest request counts: an answer
 * overtaken by another request (a navigation, a second settings change) is dropped. One retry after a
 * short wait covers a background that was starting up.
 */
import type { PageSettings } from '../../messages';

/** A settings request that failed is tried once more after this long (the background may be starting). */
export const SETTINGS_RETRY_MS = 1000;

export interface SettingsClient {
  /** Settings for the page now on screen; null while they are (re)loading after a navigation. */
  current(): PageSettings | null;
  /** On/off is per site, so it stays known across an SPA navigation within the site. */
  siteOn(): boolean;
  /** A reader's switch on this page (on unless switched off). */
  readerEnabled(id: string): boolean;
  /**
   * Asks again; false when overtaken by a newer request or the session ended. Throws if both tries
   * fail. `fresh`: after a settings change, read from storage rather than the background's copy.
   */
  load(opts?: { fresh?: boolean }): Promise<boolean>;
}

export function settingsClient(opts: {
  signal: AbortSignal;
  load: (url: string, fresh: boolean) => Promise<PageSettings>;
  retryMs?: number;
  /** The page (origin + path) settings are asked for: taught mappings are per path. */
  location?: () => { href: string; origin: string; pathname: string };
}): SettingsClient {
  const loc = opts.location ?? (() => location);
  let settings: (PageSettings & { page: string }) | null = null;
  let seq = 0;
  const pageKey = () => loc().origin + loc().pathname;
  const current = () => (settings?.page === pageKey() ? settings : null);
  return {
    current,
    siteOn: () => settings !== null && new URL(settings.page).origin === loc().origin && settings.siteOn,
    readerEnabled: (id) => current()?.readerSwitches[id] !== false,
    async load({ fresh = false } = {}) {
      const mine = ++seq;
      const page = pageKey();
      let got: PageSettings;
      try {
        got = await opts.load(loc().href, fresh);
      } catch {
        await new Promise((r) => setTimeout(r, opts.retryMs ?? SETTINGS_RETRY_MS));
        if (mine !== seq || opts.signal.aborted) return false;
        got = await opts.load(loc().href, fresh);
      }
      if (mine !== seq || opts.signal.aborted) return false;
      settings = { ...got, page };
      return true;
    },
  };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What a settings change means for a page already showing: the pure part of `settingsChanged`. */
export type SettingsChange = 'switched-off' | 'reread' | 'restyle' | 'nothing';
export function settingsChange(before: PageSettings | null, now: PageSettings): SettingsChange {
  if (!now.siteOn) return 'switched-off';
  if (!before?.siteOn) return 'reread';
  if (!sameJson(before.taught, now.taught) || !sameJson(before.readerSwitches, now.readerSwitches) || before.profile !== now.profile)
    return 'reread';
  if (!sameJson(before.display, now.display)) return 'restyle';
  return 'nothing';
}
