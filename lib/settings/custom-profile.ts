/**
 * The school's own bands ("custom" LA profile), kept in `browser.storage.local` beside the overlay
 * prefs: a definition of bands, never pupil data. Only a valid definition is ever written, so a bad
 * edit in the settings page cannot replace a good saved one.
 */
import { browser } from 'wxt/browser';
import { checkCustomDefinition, type CustomProfileCheck, type CustomProfileDefinition, type CustomProfileIssue } from '../engine/custom-profile';
import type { ThresholdProfile } from '../engine/profiles';
import type { PrefsArea } from './overlay-prefs';

export const CUSTOM_PROFILE_KEY = 'customProfile';

export type SavedCustomProfile =
  | { state: 'none' }
  /** Stored but not valid (a hand edit, an older version): shown to the user to fix (`stored` as it is), never used. */
  | { state: 'invalid'; issues: CustomProfileIssue[]; stored: unknown }
  | { state: 'ok'; definition: CustomProfileDefinition; profile: ThresholdProfile };

/** What a stored value means; `undefined` is "never saved". */
export function readSavedCustomProfile(raw: unknown): SavedCustomProfile {
  if (raw === undefined) return { state: 'none' };
  const r = checkCustomDefinition(raw);
  return r.ok ? { state: 'ok', definition: r.definition, profile: r.profile } : { state: 'invalid', issues: r.issues, stored: raw };
}

const localArea = (): PrefsArea => browser.storage.local as unknown as PrefsArea;

/** The stored value as it is, for the background to resolve (and cache) with the chosen profile id. */
export async function loadStoredCustomProfile(area: PrefsArea = localArea()): Promise<unknown> {
  return (await area.get(CUSTOM_PROFILE_KEY))[CUSTOM_PROFILE_KEY];
}

export async function loadCustomProfile(area: PrefsArea = localArea()): Promise<SavedCustomProfile> {
  return readSavedCustomProfile(await loadStoredCustomProfile(area));
}

/** Validates, then stores the definition only if it is valid; the check says which fields are wrong. */
export async function saveCustomProfile(definition: unknown, area: PrefsArea = localArea()): Promise<CustomProfileCheck> {
  const r = checkCustomDefinition(definition);
  if (r.ok) await area.set({ [CUSTOM_PROFILE_KEY]: r.definition });
  return r;
}

/**
 * Calls `onChange` with the stored value as it is (as `loadStoredCustomProfile` gives it) when it
 * changes, until `signal` aborts: for pages that resolve it with the chosen profile id.
 */
export function watchStoredCustomProfile(onChange: (raw: unknown) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'local' || !(CUSTOM_PROFILE_KEY in changes)) return;
    onChange(changes[CUSTOM_PROFILE_KEY]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/** Calls `onChange` when the saved definition changes (another settings tab), until `signal` aborts. */
export function watchCustomProfile(onChange: (saved: SavedCustomProfile) => void, signal: AbortSignal): void {
  watchStoredCustomProfile((raw) => onChange(readSavedCustomProfile(raw)), signal);
}
