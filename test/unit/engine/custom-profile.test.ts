import { describe, expect, it } from 'vitest';
import { checkCustomDefinition, type CustomProfileDefinition } from '../../../lib/engine/custom-profile';
import { bandFor } from '../../../lib/engine/profiles';
import { bandRulesFromProfile } from '../../../lib/pupil/band-rules';
import { bandFor as liveBandFor } from '../../../lib/overlay/live';

const valid: CustomProfileDefinition = {
  name: 'Our school',
  bands: [
    { label: 'On track', from: { pct: 95, inclusive: true }, tone: 'good', nextStep: 'Praise and keep going.' },
    { label: 'Concern', from: { pct: 85, inclusive: false }, tone: 'warn', nextStep: 'Meet the family.' },
    { label: 'Serious concern', from: null, tone: 'severe', nextStep: 'Refer to the LA.' },
  ],
};
const withBands = (bands: CustomProfileDefinition['bands']) => ({ ...valid, bands });
const band = (label: string, from: { pct: number; inclusive: boolean } | null, tone: CustomProfileDefinition['bands'][number]['tone'] = 'info') => ({
  label,
  from,
  tone,
  nextStep: `Step for ${label}.`,
});
/** path → message, for asserting that each problem is reported against its own field. */
function issues(raw: unknown): Record<string, string> {
  const r = checkCustomDefinition(raw);
  if (r.ok) throw new Error('expected the definition to be rejected');
  return Object.fromEntries(r.issues.map((i) => [i.path, i.message]));
}

describe('custom profile definition', () => {
  it('accepts a valid profile and builds the engine profile with the chosen tones', () => {
    const r = checkCustomDefinition(valid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile.id).toBe('custom');
    expect(r.profile.name).toBe('Our school');
    expect(r.profile.bands.map((b) => [b.id, b.label, b.tone, b.nextStep])).toEqual([
      ['CUSTOM_1', 'On track', 'good', 'Praise and keep going.'],
      ['CUSTOM_2', 'Concern', 'warn', 'Meet the family.'],
      ['CUSTOM_3', 'Serious concern', 'severe', 'Refer to the LA.'],
    ]);
    // The overlay's colours follow the school's choice, not the edges.
    expect(bandRulesFromProfile(r.profile).map((x) => [x.tone, x.atRisk])).toEqual([
      ['good', false],
      ['warn', true],
      ['severe', true],
    ]);
  });

  it('rejects unsorted edges, naming the band and both edges', () => {
    const m = issues(withBands([band('A', { pct: 85, inclusive: true }), band('B', { pct: 95, inclusive: true }), band('C', null)]));
    expect(m['bands.1.from.pct']).toBe('Bands go highest first: band 2 (95%) must start below band 1 (85%).');
  });

  it('rejects overlapping bands: the same edge twice, or a band with no edge above the lowest', () => {
    const same = issues(withBands([band('A', { pct: 95, inclusive: true }), band('B', { pct: 95, inclusive: false }), band('C', null)]));
    expect(same['bands.1.from.pct']).toMatch(/^Band 2 starts at 95%, the same edge as band 1, so the two overlap/);
    const open = issues(withBands([band('A', { pct: 95, inclusive: true }), band('B', null), band('C', null)]));
    expect(open['bands.1.from.pct']).toBe('Band 2 needs a lower edge: only the lowest band has none.');
  });

  it('rejects a gap below the lowest band', () => {
    const m = issues(withBands([band('A', { pct: 95, inclusive: true }), band('B', { pct: 85, inclusive: false })]));
    expect(m['bands.1.from']).toBe('Rates below 85% would have no band: the lowest band has no lower edge.');
  });

  it('rejects too many and too few bands', () => {
    const seven = [96, 94, 92, 90, 80, 60].map((p, i) => band(`B${i}`, { pct: p, inclusive: true })).concat([band('Last', null)]);
    expect(issues(withBands(seven))['bands']).toBe('A profile can have at most 6 bands (this one has 7).');
    expect(issues(withBands([band('Only', null)]))['bands']).toBe('A profile needs at least 2 bands (this one has 1).');
    const six = seven.slice(1);
    expect(checkCustomDefinition(withBands(six)).ok).toBe(true);
  });

  it('reports every field problem at once, each against its field', () => {
    const m = issues({
      name: '  ',
      bands: [
        { label: '', from: { pct: Number.NaN, inclusive: true }, tone: 'good', nextStep: '' },
        { label: 'X', from: { pct: 90.125, inclusive: false }, tone: 'warn', nextStep: 'Do.' },
        { label: 'x', from: null, tone: 'severe', nextStep: 'Do.' },
      ],
    });
    expect(m).toEqual({
      name: 'Give the profile a name.',
      'bands.0.label': 'Give band 1 a label.',
      'bands.0.nextStep': 'Write a next step for band 1.',
      'bands.0.from.pct': 'Enter band 1’s lower edge as a percentage, e.g. 95.',
      'bands.1.from.pct': 'Use at most two decimal places for band 2’s lower edge (e.g. 94.95).',
      'bands.2.label': 'Band 3 has the same label as band 2; each band needs its own.',
    });
  });

  it('rejects edges outside 0–100 and “above 100%”', () => {
    expect(issues(withBands([band('A', { pct: 0, inclusive: true }), band('B', null)]))['bands.0.from.pct']).toMatch(/above 0% and at most 100%/);
    expect(issues(withBands([band('A', { pct: 100, inclusive: false }), band('B', null)]))['bands.0.from.pct']).toMatch(/No rate is above 100%/);
    expect(checkCustomDefinition(withBands([band('Perfect', { pct: 100, inclusive: true }), band('B', null)])).ok).toBe(true);
  });

  it('rejects malformed stored data with messages, not a crash', () => {
    expect(issues({ name: 'X', bands: [{ label: 'A', from: null, tone: 'purple', nextStep: 'x' }] })['bands.0.tone']).toBe('Choose a colour: good, info, warning or severe.');
    expect(issues(null)).toEqual({ profile: expect.any(String) });
  });
});

describe('custom profile banding on exact rates', () => {
  const profileOf = (bands: CustomProfileDefinition['bands']) => {
    const r = checkCustomDefinition(withBands(bands));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.profile;
  };
  const labelAt = (p: ReturnType<typeof profileOf>, attended: number, possible: number) => {
    const engine = bandFor(p, attended, possible)?.label ?? null;
    // The page's live recompute must agree with the engine at every edge.
    expect(liveBandFor(attended, possible, bandRulesFromProfile(p))?.label ?? null).toBe(engine);
    return engine;
  };

  it('inclusive edge: 95 exactly is in, 94.99 is out', () => {
    const p = profileOf([band('Top', { pct: 95, inclusive: true }), band('Low', null)]);
    expect(labelAt(p, 95, 100)).toBe('Top');
    expect(labelAt(p, 9499, 10000)).toBe('Low');
    expect(labelAt(p, 9501, 10000)).toBe('Top');
  });

  it('exclusive edge: 95 exactly is out, 95.01 is in', () => {
    const p = profileOf([band('Top', { pct: 95, inclusive: false }), band('Low', null)]);
    expect(labelAt(p, 95, 100)).toBe('Low');
    expect(labelAt(p, 9501, 10000)).toBe('Top');
  });

  it('two-decimal edges compare exactly (94.95 against 1899/2000 = 94.95)', () => {
    const p = profileOf([band('Top', { pct: 94.95, inclusive: true }), band('Mid', { pct: 85.5, inclusive: false }), band('Low', null)]);
    expect(labelAt(p, 1899, 2000)).toBe('Top');
    expect(labelAt(p, 18989, 20000)).toBe('Mid');
    expect(labelAt(p, 171, 200)).toBe('Low'); // 85.5 exactly is not above 85.5
    expect(labelAt(p, 0, 0)).toBeNull();
  });
});
