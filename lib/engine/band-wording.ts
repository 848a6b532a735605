/**
 * A profile's bands as plain ranges ("96% or more", "above 90% to below 96%", "50% or below"), for the
 * settings preview. Each band's upper end is the edge of the band above it, the other way round:
 * above "a ≥ 96" means "below 96%" here; above "a > 90" means "90% or below".
 */
import type { Band, BandEdge } from './profiles';

/** An edge that is not a number yet (the editor's field is empty or mistyped) shows as "?%". */
const pct = (n: number) => (Number.isFinite(n) ? `${n}%` : '?%');

export function bandRangeText(from: BandEdge | null, bandAbove: BandEdge | null): string {
  const lower = from ? (from.inclusive ? `${pct(from.pct)} or more` : `above ${pct(from.pct)}`) : null;
  const upper = bandAbove ? (bandAbove.inclusive ? `below ${pct(bandAbove.pct)}` : `${pct(bandAbove.pct)} or below`) : null;
  if (lower && upper) return `${lower} to ${upper}`;
  return lower ?? upper ?? 'any rate';
}

/** One line per band, highest first: "96% or more: Meets Kent’s 96% expectation. Next step: …". */
export function describeBands(bands: readonly Pick<Band, 'label' | 'from' | 'nextStep'>[]): string[] {
  return bands.map((b, i) => {
    const range = bandRangeText(b.from, bands[i - 1]?.from ?? null);
    const label = b.label.trim() || '(no label)';
    const step = b.nextStep.trim();
    const stop = /[.!?]$/.test(label) ? '' : '.';
    return step ? `${range}: ${label}${stop} Next step: ${step}` : `${range}: ${label}`;
  });
}
