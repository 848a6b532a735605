import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MIN_HISTORY_DAYS,
  earnsStatus,
  nationalStatus,
  plural,
  recoveryCounts,
  recoverySentence,
  roundingMisleads,
} from '../../../lib/engine/arithmetic';

const sentence = (attended: number, possible: number, left: number | null = null) => recoverySentence(recoveryCounts(attended, possible)!, left);

describe('recovery sentence at small denominators', () => {
  it('one more absence at 1/1 makes 1/2 = 50%: severe absence, said so', () => {
    expect(sentence(1, 1)).toBe('1 more absence in a row would make this severe absence (50% or more missed).');
    expect(nationalStatus(1, 2)).toBe('SA');
  });
  it('2/2: one more absence is 2/3 = 66.7%, PA not SA', () => {
    expect(sentence(2, 2)).toBe('1 more absence in a row would make this persistent absence (10% or more missed).');
    expect(nationalStatus(2, 3)).toBe('PA');
  });
  it('0/1 (one O mark): 2 present sessions take absence below 50%, 10 below 10%', () => {
    expect(sentence(0, 1)).toBe('2 present sessions in a row would bring absence below 50%, and 10 below 10%.');
    expect(nationalStatus(2, 3)).toBe('PA'); // 1/3 absent after 2: below 50%
    expect(nationalStatus(10, 11)).toBeNull(); // 1/11 absent after 10: below 10%
  });
  it('1/2 exactly on SA: 1 present session leaves SA', () => {
    expect(sentence(1, 2, 10)).toBe('1 present session in a row would bring absence below 50%, and 9 below 10%; 10 sessions are left this year.');
  });
  it('says when it cannot happen this year, with singular and plural sessions left', () => {
    expect(sentence(0, 4, 1)).toBe('5 present sessions in a row would bring absence below 50%, and 37 below 10%; 1 session is left this year, so it cannot happen this year.');
  });
  it('every count is the least that crosses the line (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 400 }), (possible, a) => {
        const attended = Math.min(a, possible);
        const c = recoveryCounts(attended, possible)!;
        const st = (k: number, present: boolean) => (present ? nationalStatus(attended + k, possible + k) : nationalStatus(attended, possible + k));
        if (c.toLeavePa > 0) {
          expect(st(c.toLeavePa, true)).toBeNull();
          expect(st(c.toLeavePa - 1, true)).not.toBeNull();
        }
        if (c.toLeaveSa > 0) {
          expect(st(c.toLeaveSa, true)).not.toBe('SA');
          expect(st(c.toLeaveSa - 1, true)).toBe('SA');
        }
        if (c.toBecomePa > 0) {
          expect(st(c.toBecomePa, false)).not.toBeNull();
          expect(st(c.toBecomePa - 1, false)).toBeNull();
          // The sentence names the status k absences actually reach.
          const reached = st(c.toBecomePa, false);
          expect(recoverySentence(c, null)).toContain(reached === 'SA' ? 'severe absence' : 'persistent absence');
        }
      }),
    );
  });
});

describe('rounding misleads', () => {
  it('at the PA line and at a custom edge of 92.25', () => {
    expect(roundingMisleads(188, 209, [90, 50])).toBe(true); // 89.95 shows 90.0
    expect(roundingMisleads(181, 201, [90, 50])).toBe(true); // 90.05 shows 90.0
    expect(roundingMisleads(8, 9, [90, 50])).toBe(false);
    expect(roundingMisleads(369, 400, [90, 50, 92.25])).toBe(true); // exactly 92.25 shows 92.3
  });
});

describe('history a status needs, and plurals', () => {
  it(`needs ${MIN_HISTORY_DAYS} school days of marks`, () => {
    expect(earnsStatus(MIN_HISTORY_DAYS - 1)).toBe(false);
    expect(earnsStatus(MIN_HISTORY_DAYS)).toBe(true);
  });
  it('1 session, 2 sessions', () => {
    expect(plural(1, 'session')).toBe('1 session');
    expect(plural(2, 'session')).toBe('2 sessions');
    expect(plural(0, 'day')).toBe('0 days');
  });
});
