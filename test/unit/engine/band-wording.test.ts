import { describe, expect, it } from 'vitest';
import { bandRangeText, describeBands } from '../../../lib/engine/band-wording';
import { COVENTRY_PROFILE, KENT_PROFILE } from '../../../lib/engine/profiles';

describe('band ranges in words', () => {
  it('Kent: inclusive and exclusive edges read the right way round', () => {
    expect(describeBands(KENT_PROFILE.bands)).toEqual([
      '96% or more: Meets Kent’s 96% expectation. Next step: Keep first-day follow-up going.',
      'above 90% to below 96%: Below 96%. Next step: Contact the family and start a chronology.',
      'above 50% to 90% or below: Persistent absence (90% or below). Next step: Bring to the next Targeting Support Meeting; consider a formal attendance meeting.',
      '50% or below: Severe absence (50% or below). Next step: Agree a joint plan with KPAS now; consider safeguarding.',
    ]);
  });

  it('Coventry: an inclusive lower edge under an exclusive one', () => {
    expect(bandRangeText(COVENTRY_PROFILE.bands[1]!.from, COVENTRY_PROFILE.bands[0]!.from)).toBe('80% or more to 90% or below');
    expect(bandRangeText(null, { pct: 80, inclusive: true })).toBe('below 80%');
  });

  it('an edge not typed yet shows as ?%', () => {
    expect(bandRangeText({ pct: Number.NaN, inclusive: false }, null)).toBe('above ?%');
  });
});
