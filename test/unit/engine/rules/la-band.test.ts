import { describe, expect, it } from 'vitest';
import { HACKNEY_PROFILE } from '../../../../lib/engine/profiles';
import { checkCustomDefinition } from '../../../../lib/engine/custom-profile';
import { evaluate, register } from '../helpers';

describe('la-band (R-BANDS)', () => {
  const marks = register('2024-09-04', '2024-09-17', { '2024-09-10': ['I', '\\'] }); // 19/20 = 95.0
  it('gives all three LA bands and the chosen profile’s band with its next step', () => {
    const e = evaluate(marks, '2024-09-17', { profile: HACKNEY_PROFILE });
    expect(e.bands).toMatchObject({ kent: 'KENT_BELOW_EXPECTATION', hackney: 'HK_95', coventry: 'COV_STAGE_1' });
    expect(e.bands.profile.band?.id).toBe('HK_95');
    const reason = e.reasons.find((r) => r.id === 'HK_95')!;
    expect(reason.text).toMatch(/^95\.0% \(19 of 20 possible sessions since Wed 4 Sep\): Hackney band “95% or below”/);
  });
  it('uses a custom profile’s own labels', () => {
    const r = checkCustomDefinition({
      name: 'School',
      bands: [
        { label: 'On track', from: { pct: 95, inclusive: true }, tone: 'good', nextStep: 'Keep going.' },
        { label: 'Below target', from: null, tone: 'warn', nextStep: 'Call home.' },
      ],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const e = evaluate(marks, '2024-09-17', { profile: r.profile });
    expect(e.bands.profile.band?.label).toBe('On track');
  });
});
