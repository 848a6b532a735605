import { buildCalendar, type SchoolCalendar } from '../engine/calendar';
import { kentCalendarYears, KENT_YEARS } from '../engine/calendars/kent';
import { BUILT_IN_PROFILES, type ThresholdProfile } from '../engine/profiles';
import type { StoreDb } from '../store/schema';
import type { SchoolSettingsRow } from '../store/rows';

export interface SchoolConfig {
  calendar: SchoolCalendar;
  profile: ThresholdProfile;
  /** True while the school has not chosen: Kent's calendar and profile, the first LA supported. */
  defaults: boolean;
}

let cached: { key: string; config: SchoolConfig } | undefined;

/**
 * The school's calendar and LA profile from its settings, built once and reused until the settings
 * change (building a calendar indexes every school day; a page read must not pay for it each time).
 */
export async function schoolConfig(db: StoreDb, chosenProfileId?: string): Promise<SchoolConfig> {
  const row = (await db.settings.get('school')) as SchoolSettingsRow | undefined;
  // The profile chosen in settings (Flags on the register) wins over one carried in the store.
  const wantedProfile = chosenProfileId ?? row?.laProfileId;
  const key = JSON.stringify([wantedProfile ?? null, row?.calendar ?? null]);
  if (cached?.key === key) return cached.config;
  const profileId = wantedProfile as keyof typeof BUILT_IN_PROFILES | undefined;
  const profile = (profileId && BUILT_IN_PROFILES[profileId]) || BUILT_IN_PROFILES.kent;
  const calendar = buildCalendar(row?.calendar ?? kentCalendarYears(KENT_YEARS));
  const config = { calendar, profile, defaults: !wantedProfile && !row?.calendar };
  cached = { key, config };
  return config;
}
