/**
 * The custom profile editor's working copy: what the fields hold, as typed (an edge is text until it
 * is saved), so a save that fails loses nothing. Pure, for the editor and its tests.
 */
import { MAX_BANDS, type CustomProfileDefinition, type CustomProfileIssue } from '../../lib/engine/custom-profile';
import type { BandTone, ThresholdProfile } from '../../lib/engine/profiles';
import { bandRulesFromProfile } from '../../lib/pupil/band-rules';

export interface DraftBand {
  /** Stays with the band while bands above it are added or removed (the list's key); never saved. */
  key: number;
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

let keys = 0;
const newKey = () => ++keys;

export function draftFromDefinition(def: CustomProfileDefinition): CustomProfileDraft {
  return {
    name: def.name,
    bands: def.bands.map((b) => ({ key: newKey(), label: b.label, pct: b.from ? String(b.from.pct) : '', inclusive: b.from?.inclusive ?? true, tone: b.tone, nextStep: b.nextStep })),
  };
}

/** A copy of a built-in profile, with the colours its badges have today. */
export function draftFromProfile(profile: ThresholdProfile): CustomProfileDraft {
  const rules = bandRulesFromProfile(profile);
  return {
    name: `Copy of ${profile.name}`,
    bands: profile.bands.map((b, i) => ({ key: newKey(), label: b.label, pct: b.from ? String(b.from.pct) : '', inclusive: b.from?.inclusive ?? true, tone: rules[i]!.tone, nextStep: b.nextStep })),
  };
}

const TONES: readonly BandTone[] = ['good', 'info', 'warn', 'severe'];
const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * A stored definition that is not valid (a hand edit, an older version), as near as the fields can
 * show it, so the school sees its own bands and fixes them rather than starting again.
 */
export function draftFromStored(raw: unknown): CustomProfileDraft {
  const r = record(raw);
  const bands = (Array.isArray(r.bands) ? r.bands : []).slice(0, MAX_BANDS).map((x): DraftBand => {
    const b = record(x);
    const from = b.from === null || b.from === undefined ? null : record(b.from);
    const tone = TONES.find((t) => t === b.tone) ?? 'info';
    return { key: newKey(), label: text(b.label), pct: from ? text(from.pct) : '', inclusive: from?.inclusive !== false, tone, nextStep: text(b.nextStep) };
  });
  return { name: text(r.name), bands };
}

/**
 * Where the check's problems are shown: beside their field when the editor has one, else with the
 * whole profile. (A shape problem such as `bands.1.from.inclusive` goes with that band's edge.)
 */
export function issuesByField(issues: readonly CustomProfileIssue[], d: CustomProfileDraft): Record<string, string> {
  const out: Record<string, string> = {};
  const last = d.bands.length - 1;
  for (const { path, message } of issues) {
    const band = /^bands\.(\d+)\.(label|tone|nextStep|from)(\.|$)/.exec(path);
    let at = path === 'name' || path === 'bands' ? path : 'profile';
    if (band && Number(band[1]) <= last) {
      const [, i, field] = band;
      at = field === 'from' ? (Number(i) < last && path !== `bands.${i}.from` ? `bands.${i}.from.pct` : `bands.${i}.from`) : `bands.${i}.${field}`;
    }
    out[at] = out[at] ? `${out[at]} ${message}` : message;
  }
  return out;
}

/**
 * "At risk" on a badge follows the colour of the pupil's band (any band not green), so the colours
 * decide who is at risk: say so when that would be surprising. Null when nothing is.
 */
export function atRiskWarning(d: CustomProfileDraft): string | null {
  const green = d.bands.map((b, i) => (b.tone === 'good' ? i + 1 : 0)).filter((n) => n > 0);
  if (green.length === 0) {
    return 'No band is green, so every pupil is shown as “at risk” (or PA or SA). Make the band for pupils who are on track green.';
  }
  if (d.bands[0] && d.bands[0].tone !== 'good') {
    return `Band 1, the highest, is not green, so the pupils with the best attendance are shown as “at risk”, while those in band ${green[0]} are not. Make band 1 green.`;
  }
  return null;
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
  const fresh: DraftBand = { key: newKey(), label: '', pct: '', inclusive: true, tone: 'info', nextStep: '' };
  return { ...d, bands: [...d.bands.slice(0, at), fresh, ...d.bands.slice(at)] };
}

export function withBandRemoved(d: CustomProfileDraft, index: number): CustomProfileDraft {
  return { ...d, bands: d.bands.filter((_, i) => i !== index) };
}

export function withBandChanged(d: CustomProfileDraft, index: number, patch: Partial<DraftBand>): CustomProfileDraft {
  return { ...d, bands: d.bands.map((b, i) => (i === index ? { ...b, ...patch } : b)) };
}
