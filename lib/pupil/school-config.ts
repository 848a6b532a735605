import { buildCalendar, type SchoolCalendar } from '../engine/calendar';
import { kentCalendarYears, KENT_YEARS } from '../engine/calendars/kent';
import { CUSTOM_PROFILE_ID } from '../engine/custom-profile';
import type { ThresholdProfile } from '../engine/profiles';
import type { StoreDb } from '../store/schema';
import type { SchoolSettingsRow } from '../store/rows';
import { resolveProfile } from './resolve-profile';

export interface SchoolConfig {
  calendar: SchoolCalendar;
  profile: ThresholdProfile;
  /** True while the school has not chosen: Kent's calendar and profile, the first LA supported. */
  defaults: boolean;
  /** Why the chosen profile is not the one in use (custom chosen, none valid saved); null when it is. */
  profileFallback: string | null;
}

let cached: { key: string; config: SchoolConfig } | undefined;

/**
 * The school's calendar and LA profile from its settings, built once and reused until the settings
 * change (building a calendar indexes every school day; a page read must not pay for it each time).
 * `customDefinition` is the stored custom profile as it is; it is used only when 'custom' is chosen.
 */
export async function schoolConfig(db: StoreDb, chosenProfileId?: string, customDefinition?: unknown): Promise<SchoolConfig> {
  return schoolConfigOf((await db.settings.get('school')) as SchoolSettingsRow | undefined, chosenProfileId, customDefinition);
}

/** The same from the school's settings row already read (the dashboard list reads it with its cache). */
export function schoolConfigOf(row: SchoolSettingsRow | undefined, chosenProfileId?: string, customDefinition?: unknown): SchoolConfig {
  // The profile chosen in settings (Flags on the register); Kent's until the school chooses.
  const wantedProfile = chosenProfileId;
  const custom = wantedProfile === CUSTOM_PROFILE_ID ? (customDefinition ?? null) : null;
  const key = JSON.stringify([wantedProfile ?? null, custom, row?.calendar ?? null]);
  if (cached?.key === key) return cached.config;
  const { profile, fallback } = resolveProfile(wantedProfile, custom);
  const calendar = buildCalendar(row?.calendar ?? kentCalendarYears(KENT_YEARS));
  const config = { calendar, profile, defaults: !wantedProfile && !row?.calendar, profileFallback: fallback };
  cached = { key, config };
  return config;
}
