import { describe, expect, it } from 'vitest';
import { customProfile, HACKNEY_PROFILE } from '../../../../lib/engine/profiles';
import { evaluate, register } from '../helpers';

describe('la-band (R-BANDS)', () => {
  const marks = register('2024-09-04', '2024-09-17', { '2024-09-10': ['I', '\\'] }); // 19/20 = 95.0
  it('gives all three LA bands and the chosen profile’s band with its next step', () => {
    const e = evaluate(marks, '2024-09-17', { profile: HACKNEY_PROFILE });
    expect(e.bands).toMatchObject({ kent: 'KENT_BELOW_EXPECTATION', hackney: 'HK_95', coventry: 'COV_STAGE_1' });
    expect(e.bands.profile.band?.id).toBe('HK_95');
    const reason = e.reasons.find((r) => r.id === 'HK_95')!;
    expect(reason.text).toMatch(/^95\.0% \(19 of 20 possible sessions since 4 Sep\): Hackney band “95% or below”/);
  });
  it('uses a custom profile’s own labels', () => {
    const p = customProfile({ id: 's', name: 'School', bands: [{ id: 'OK', label: 'On track', from: { pct: 95, inclusive: true } }, { id: 'LOW', label: 'Below target', from: null }] });
    const e = evaluate(marks, '2024-09-17', { profile: p });
    expect(e.bands.profile.band?.label).toBe('On track');
  });
});
