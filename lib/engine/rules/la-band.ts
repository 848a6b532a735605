/** `R-BANDS`: the local-authority band of the exact attendance rate, for Kent, Hackney, Coventry and the chosen profile. */
import { bandFor, COVENTRY_PROFILE, describeEdge, HACKNEY_PROFILE, KENT_PROFILE, type Band, type CoventryBandId, type HackneyBandId, type KentBandId, type ThresholdProfile } from '../profiles';
import { sinceText, type RuleContext } from '../rule-context';

export interface Bands {
  kent: KentBandId | null;
  hackney: HackneyBandId | null;
  coventry: CoventryBandId | null;
  /** The band of the profile the school chose. */
  profile: { profileId: string; profileName: string; band: Band | null };
}

export function laBand(ctx: RuleContext, profile: ThresholdProfile): Bands {
  const f = ctx.tally.figures;
  const attended = f.counts.present + f.counts.aea;
  const possible = f.possibleSessions;
  const band = bandFor(profile, attended, possible);
  if (band) {
    ctx.reasons.push({
      id: band.id,
      severity: severityOf(band, profile),
      text: `${f.attendance!.text} (${attended} of ${possible} possible sessions ${sinceText(ctx)}): ${profile.name} band “${band.label}” (${describeEdge(band.from)}). ${band.nextStep}`,
      numbers: { attended, possible, attendancePct: f.attendance!.pct, profile: profile.id },
    });
  }
  return {
    kent: bandFor(KENT_PROFILE, attended, possible)?.id ?? null,
    hackney: bandFor(HACKNEY_PROFILE, attended, possible)?.id ?? null,
    coventry: bandFor(COVENTRY_PROFILE, attended, possible)?.id ?? null,
    profile: { profileId: profile.id, profileName: profile.name, band },
  };
}

/** A school's own band says how serious it is by its tone; a built-in one by its place in the profile. */
function severityOf(band: Band, profile: ThresholdProfile): 'info' | 'warning' | 'urgent' {
  if (band.tone) return band.tone === 'good' ? 'info' : band.tone === 'severe' ? 'urgent' : 'warning';
  return band === profile.bands[0] ? 'info' : profile.bands.indexOf(band) === profile.bands.length - 1 ? 'urgent' : 'warning';
}
