/**
 * From an engine threshold profile (bands by lower edge, highest first) to the overlay's band rules
 * (exact conditions plus a tone), so live recompute re-bands a pupil exactly as the engine would and
 * badges of every profile get colours by the same rule. Type-only import: no profile data is bundled.
 */
import type { ThresholdProfile } from '../engine/profiles';
import type { BandRule } from './badge';

type Tone = BandRule['tone'];

/**
 * The top band is "good"; a band that reaches no higher than 50% is "severe" (SA), no higher than
 * 90% is "warn" (PA level), anything else below the top is "info" (early concern).
 */
function toneOf(isTop: boolean, upper: number | null): Tone {
  if (isTop || upper === null) return 'good';
  if (upper <= 50) return 'severe';
  if (upper <= 90) return 'warn';
  return 'info';
}

/** A band is "at risk" unless its tone is good (live recompute and the background's badges agree on this). */
export function bandRulesFromProfile(profile: Pick<ThresholdProfile, 'bands'>): BandRule[] {
  return profile.bands.map((b, i) => {
    const above = profile.bands[i - 1]?.from ?? null;
    // A school's own band carries the tone it chose; built-in bands take theirs from their edges.
    const tone = b.tone ?? toneOf(i === 0, above ? above.pct : null);
    return {
      id: b.id,
      label: b.label,
      tone,
      nextStep: b.nextStep,
      ...(b.from ? { above: { pct: b.from.pct, inclusive: b.from.inclusive } } : {}),
      // The band above starts at its edge: a ≥ 96 above means a < 96 here; a > 90 above means a ≤ 90.
      ...(above ? { below: { pct: above.pct, inclusive: !above.inclusive } } : {}),
      atRisk: tone !== 'good',
    };
  });
}
