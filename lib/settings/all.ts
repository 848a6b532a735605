/**
 * Every setting, and their copy in a backup. The store's backup holds this snapshot beside the pupil
 * data, so a restore into a fresh profile brings back custom bands, taught pages and every
 * preference.
 */
import { customProfileSetting } from './custom-profile';
import { overlayPrefsSetting } from './overlay-prefs';
import { readerSwitchesSetting } from './readers';
import { schoolDetailsSetting } from './school-details';
import { referralFormsSetting } from './referral-forms';
import { siteKindsSetting } from './site-kinds';
import type { Setting } from './setting';
import { storage } from 'wxt/utils/storage';
import { taughtSetting } from './taught';

export const ALL_SETTINGS: readonly Setting<unknown>[] = [overlayPrefsSetting, readerSwitchesSetting, taughtSetting, customProfileSetting, schoolDetailsSetting, referralFormsSetting, siteKindsSetting];

/** Storage key → the version it was saved at and the value as stored (settings never saved are left out). */
export type SettingsSnapshot = Record<string, { version: number; value: unknown }>;

export async function snapshotSettings(): Promise<SettingsSnapshot> {
  const out: SettingsSnapshot = {};
  for (const s of ALL_SETTINGS) {
    const value = await s.getRaw();
    if (value !== undefined) out[s.key] = { version: s.version, value };
  }
  return out;
}

export interface SettingsRestore {
  restored: string[];
  /** Keys not restored, with why: a backup from a newer version, or a key this version does not know. */
  problems: { key: string; what: string }[];
}

/**
 * Checks every setting in a snapshot (older versions migrated, each value checked as `get` would)
 * and writes them all only if none is refused: a restore is all or nothing. Settings not in the
 * snapshot are left as they are.
 */
export async function restoreSettings(snapshot: unknown): Promise<SettingsRestore> {
  const problems: SettingsRestore['problems'] = [];
  const writes: { setting: Setting<unknown>; value: unknown }[] = [];
  if (!snapshot || typeof snapshot !== 'object' || Array.isArray(snapshot)) return { restored: [], problems: [{ key: '', what: 'the settings in this backup are not a list of settings' }] };
  for (const [key, entry] of Object.entries(snapshot)) {
    const setting = ALL_SETTINGS.find((s) => s.key === key);
    const version = entry && typeof entry === 'object' && 'version' in entry ? entry.version : undefined;
    if (!setting) problems.push({ key, what: 'this version of Attendance Lens has no such setting' });
    else if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || !('value' in entry)) problems.push({ key, what: 'no version or value' });
    else if (version > setting.version) problems.push({ key, what: `saved by a newer version of Attendance Lens (setting version ${version})` });
    else writes.push({ setting, value: setting.parse(await setting.migrate(entry.value, version)) });
  }
  if (problems.length) return { restored: [], problems };
  // One write for all of them: storage.local.set of several keys is applied together.
  await storage.setItems(writes.map((w) => ({ key: `local:${w.setting.key}` as const, value: w.value })));
  return { restored: writes.map((w) => w.setting.key), problems };
}
