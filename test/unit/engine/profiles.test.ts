import { describe, expect, it } from 'vitest';
import { bandFor, COVENTRY_PROFILE, HACKNEY_PROFILE, KENT_PROFILE, NATIONAL_PROFILE } from '../../../lib/engine/profiles';
// The school's own bands are tested with their definition: custom-profile.test.ts.

const band = (p: typeof KENT_PROFILE | typeof HACKNEY_PROFILE | typeof COVENTRY_PROFILE | typeof NATIONAL_PROFILE, a: number, poss: number) => bandFor(p, a, poss)?.id ?? null;

describe('band edges on exact rates (R-BANDS)', () => {
  it('Kent: 96 meets, 90 is PA, 50 is SA', () => {
    expect(band(KENT_PROFILE, 96, 100)).toBe('KENT_MEETS_EXPECTATION');
    expect(band(KENT_PROFILE, 959, 1000)).toBe('KENT_BELOW_EXPECTATION');
    expect(band(KENT_PROFILE, 901, 1000)).toBe('KENT_BELOW_EXPECTATION');
    expect(band(KENT_PROFILE, 90, 100)).toBe('KENT_PA');
    expect(band(KENT_PROFILE, 501, 1000)).toBe('KENT_PA');
    expect(band(KENT_PROFILE, 50, 100)).toBe('KENT_SA');
  });
  it('Hackney: every band at or below its figure (D-HK)', () => {
    expect(band(HACKNEY_PROFILE, 951, 1000)).toBe('HK_REWARD');
    expect(band(HACKNEY_PROFILE, 95, 100)).toBe('HK_95');
    expect(band(HACKNEY_PROFILE, 90, 100)).toBe('HK_90');
    expect(band(HACKNEY_PROFILE, 85, 100)).toBe('HK_85');
    expect(band(HACKNEY_PROFILE, 80, 100)).toBe('HK_80');
    expect(band(HACKNEY_PROFILE, 0, 100)).toBe('HK_80');
  });
  it('Coventry: gaps closed, 90 stage 2, 80 stage 2, below 80 stage 3 (D-COV)', () => {
    expect(band(COVENTRY_PROFILE, 901, 1000)).toBe('COV_STAGE_1');
    expect(band(COVENTRY_PROFILE, 90, 100)).toBe('COV_STAGE_2');
    expect(band(COVENTRY_PROFILE, 80, 100)).toBe('COV_STAGE_2');
    expect(band(COVENTRY_PROFILE, 799, 1000)).toBe('COV_STAGE_3');
  });
  it('classifies 181/201 (displays 90.0) as not PA and 188/209 (displays 90.0) as PA', () => {
    expect(band(NATIONAL_PROFILE, 181, 201)).toBe('NATIONAL_NOT_PA');
    expect(band(NATIONAL_PROFILE, 188, 209)).toBe('NATIONAL_PA');
  });
  it('has no band without possible sessions (D-EMPTY)', () => {
    expect(band(KENT_PROFILE, 0, 0)).toBeNull();
  });
});
