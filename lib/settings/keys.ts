/**
 * The `browser.storage.local` key of every setting. No zod and no storage here: the MIS content
 * script imports this to follow only the settings its page depends on.
 */
export const SETTING_KEYS = {
  overlayPrefs: 'overlayPrefs',
  readerSwitches: 'readerSwitches',
  taught: 'taughtPages',
  customProfile: 'customProfile',
  schoolDetails: 'schoolDetails',
  referralForms: 'referralForms',
  siteKinds: 'siteKinds',
} as const;

/** What the MIS content script's page settings are made from (lib/background/page-settings.ts). */
export const PAGE_SETTING_KEYS: readonly string[] = [SETTING_KEYS.overlayPrefs, SETTING_KEYS.readerSwitches, SETTING_KEYS.taught, SETTING_KEYS.customProfile];
