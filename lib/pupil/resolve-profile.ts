/**
 * From the profile id chosen in settings to the engine's profile. 'custom' uses the school's saved
 * definition; when there is none, or it is not valid, the national bands are used and the reason
 * is given, in the profile's own name too, so band reasons on the register say which bands they are.
 */
import { CUSTOM_PROFILE_ID, checkCustomDefinition } from '../engine/custom-profile';
import { BUILT_IN_PROFILES, NATIONAL_PROFILE, type ThresholdProfile } from '../engine/profiles';

export interface ResolvedProfile {
  profile: ThresholdProfile;
  /** Why the chosen profile is not the one used; null when it is. */
  fallback: string | null;
}

export const CUSTOM_MISSING =
  'The custom profile is chosen but no custom bands are saved yet, so the national bands (PA and SA only) are used until they are saved in settings.';

/** `profileId` undefined: nothing chosen, Kent (the first LA supported). `customDefinition`: the stored value as it is. */
export function resolveProfile(profileId: string | undefined, customDefinition?: unknown): ResolvedProfile {
  if (profileId === CUSTOM_PROFILE_ID) {
    if (customDefinition === undefined || customDefinition === null) return nationalInstead(CUSTOM_MISSING);
    const r = checkCustomDefinition(customDefinition);
    if (r.ok) return { profile: r.profile, fallback: null };
    const first = r.issues[0]!;
    return nationalInstead(
      `The saved custom profile is not valid (${first.message}${r.issues.length > 1 ? ` and ${r.issues.length - 1} more` : ''}), so the national bands (PA and SA only) are used until it is fixed in settings.`,
    );
  }
  const builtIn = profileId ? BUILT_IN_PROFILES[profileId as keyof typeof BUILT_IN_PROFILES] : undefined;
  return { profile: builtIn ?? BUILT_IN_PROFILES.kent, fallback: null };
}

function nationalInstead(reason: string): ResolvedProfile {
  return { profile: { ...NATIONAL_PROFILE, name: 'National (custom profile not in use)', note: reason }, fallback: reason };
}
