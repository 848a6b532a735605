/**
 * The school's own bands ("custom" LA profile), kept in `browser.storage.local` beside the overlay
 * prefs: a definition of bands, never pupil data. Only a valid definition is ever written, so a bad
 * edit in the settings page cannot replace a good saved one.
 */
import { checkCustomDefinition, type CustomProfileCheck, type CustomProfileDefinition, type CustomProfileIssue } from '../engine/custom-profile';
import type { ThresholdProfile } from '../engine/profiles';
import { defineSetting } from './setting';
import { SETTING_KEYS } from './keys';

export const CUSTOM_PROFILE_KEY = SETTING_KEYS.customProfile;

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

/**
 * Kept as it is (checked when read: `readSavedCustomProfile`), so an invalid stored definition can be
 * shown to the user to fix rather than lost.
 */
export const customProfileSetting = defineSetting<unknown>(CUSTOM_PROFILE_KEY, { version: 1, parse: (raw) => raw });

/** The stored value as it is, for the background to resolve (and cache) with the chosen profile id. */
export const loadStoredCustomProfile = (): Promise<unknown> => customProfileSetting.get();

export async function loadCustomProfile(): Promise<SavedCustomProfile> {
  return readSavedCustomProfile(await loadStoredCustomProfile());
}

/** Validates, then stores the definition only if it is valid; the check says which fields are wrong. */
export async function saveCustomProfile(definition: unknown): Promise<CustomProfileCheck> {
  const r = checkCustomDefinition(definition);
  if (r.ok) await customProfileSetting.set(r.definition);
  return r;
}

/**
 * Calls `onChange` with the stored value as it is (as `loadStoredCustomProfile` gives it) when it
 * changes, until `signal` aborts: for pages that resolve it with the chosen profile id.
 */
export const watchStoredCustomProfile = (onChange: (raw: unknown) => void, signal: AbortSignal): void => customProfileSetting.watch(onChange, signal);

/** Calls `onChange` when the saved definition changes (another settings tab), until `signal` aborts. */
export function watchCustomProfile(onChange: (saved: SavedCustomProfile) => void, signal: AbortSignal): void {
  watchStoredCustomProfile((raw) => onChange(readSavedCustomProfile(raw)), signal);
}
