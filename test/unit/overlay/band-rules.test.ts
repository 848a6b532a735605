import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES, bandFor as engineBandFor } from '../../../lib/engine/profiles';
import { bandRulesFromProfile } from '../../../lib/pupil/band-rules';
import { bandFor } from '../../../lib/overlay/live';

describe('band rules from the engine profiles', () => {
  for (const [id, profile] of Object.entries(BUILT_IN_PROFILES)) {
    it(`${id}: the same band as the engine for every fraction up to 250 sessions`, () => {
      const rules = bandRulesFromProfile(profile);
      for (let possible = 1; possible <= 250; possible++) {
        for (let attended = 0; attended <= possible; attended++) {
          expect(bandFor(attended, possible, rules)?.id, `${attended}/${possible}`).toBe(engineBandFor(profile, attended, possible)?.id);
        }
      }
    });
  }

  it('tones: top band good, PA-level warn, SA-level severe, early concern info', () => {
    const tones = (id: keyof typeof BUILT_IN_PROFILES) => bandRulesFromProfile(BUILT_IN_PROFILES[id]).map((r) => `${r.id}:${r.tone}`);
    expect(tones('kent')).toEqual(['KENT_MEETS_EXPECTATION:good', 'KENT_BELOW_EXPECTATION:info', 'KENT_PA:warn', 'KENT_SA:severe']);
    expect(tones('national')).toEqual(['NATIONAL_NOT_PA:good', 'NATIONAL_PA:warn', 'NATIONAL_SA:severe']);
    expect(tones('coventry')).toEqual(['COV_STAGE_1:good', 'COV_STAGE_2:warn', 'COV_STAGE_3:warn']);
  });
});
