/**
 * The custom profile editor's working copy: what the fields hold, as typed (an edge is text until it
 * is saved), so a save that fails loses nothing. Pure, for the editor and its tests.
 */
import { MAX_BANDS, type CustomProfileDefinition } from '../../lib/engine/custom-profile';
import type { BandTone, ThresholdProfile } from '../../lib/engine/profiles';
import { bandRulesFromProfile } from '../../lib/overlay/band-rules';

export interface DraftBand {
  label: string;
  /** The lower edge as typed; ignored for the lowest band. */
  pct: string;
  inclusive: boolean;
  tone: BandTone;
  nextStep: string;
}

export interface CustomProfileDraft {
  name: string;
  bands: DraftBand[];
}

export function draftFromDefinition(def: CustomProfileDefinition): CustomProfileDraft {
  return {
    name: def.name,
    bands: def.bands.map((b) => ({ label: b.label, pct: b.from ? String(b.from.pct) : '', inclusive: b.from?.inclusive ?? true, tone: b.tone, nextStep: b.nextStep })),
  };
}

/** A copy of a built-in profile, with the colours its badges have today. */
export function draftFromProfile(profile: ThresholdProfile): CustomProfileDraft {
  const rules = bandRulesFromProfile(profile);
  return {
    name: `Copy of ${profile.name}`,
    bands: profile.bands.map((b, i) => ({ label: b.label, pct: b.from ? String(b.from.pct) : '', inclusive: b.from?.inclusive ?? true, tone: rules[i]!.tone, nextStep: b.nextStep })),
  };
}

/** A plain decimal ("95", "94.5"); anything else (a comma, a stray letter) is not a number (NaN), and the check says so. */
function parsePct(text: string): number {
  const t = text.trim();
  return /^\d{1,3}(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** What the editor asks the settings to save; the lowest band never has an edge. */
export function definitionFromDraft(d: CustomProfileDraft): CustomProfileDefinition {
  return {
    name: d.name,
    bands: d.bands.map((b, i) => ({
      label: b.label,
      from: i === d.bands.length - 1 ? null : { pct: parsePct(b.pct), inclusive: b.inclusive },
      tone: b.tone,
      nextStep: b.nextStep,
    })),
  };
}

/** A new band goes just above the lowest one, so the lowest keeps taking every rate below. */
export function withBandAdded(d: CustomProfileDraft): CustomProfileDraft {
  if (d.bands.length >= MAX_BANDS) return d;
  const at = Math.max(0, d.bands.length - 1);
  const fresh: DraftBand = { label: '', pct: '', inclusive: true, tone: 'info', nextStep: '' };
  return { ...d, bands: [...d.bands.slice(0, at), fresh, ...d.bands.slice(at)] };
}

export function withBandRemoved(d: CustomProfileDraft, index: number): CustomProfileDraft {
  return { ...d, bands: d.bands.filter((_, i) => i !== index) };
}

export function withBandChanged(d: CustomProfileDraft, index: number, patch: Partial<DraftBand>): CustomProfileDraft {
  return { ...d, bands: d.bands.map((b, i) => (i === index ? { ...b, ...patch } : b)) };
}
