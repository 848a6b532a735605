import { describe, expect, it } from 'vitest';
import { chooseOption } from '../../../lib/prefill/format';

/**
 * Options written in words (blind round 5's lesson): a year with its key stage in brackets, and deletion
 * grounds with no code, chosen by the regulation's wording where we hold it for certain; never a guess.
 */
const opts = (...t: string[]) => t.map((text) => ({ text, value: text }));

describe('year group options with a key stage after them', () => {
  const years = opts('Please select…', 'Reception (Foundation Stage)', 'Year 1 (Key Stage 1)', 'Year 7 (Key Stage 3)', 'Year 10 (Key Stage 4)');
  it('“Year 7 (Key Stage 3)” is year 7, and Reception is R', () => {
    expect(chooseOption(years, 'nc_year', '7')).toEqual({ ok: true, index: 3 });
    expect(chooseOption(years, 'nc_year', 'R')).toEqual({ ok: true, index: 1 });
  });
  it('the key stage’s number is never taken for the year (year 3 is not “Year 7 (Key Stage 3)”)', () => {
    expect(chooseOption(years, 'nc_year', '3').ok).toBe(false);
    expect(chooseOption(years, 'nc_year', '4').ok).toBe(false);
  });
});

describe('deletion grounds written in words', () => {
  const grounds = opts('Please select…', 'Registered at another school', "Educated at home (parent's written notice)",
    'Moved away and no longer lives within reasonable distance', 'Did not return after a leave of absence and enquiries have been made', 'Died', 'Other');
  const pick = (g: string) => chooseOption(grounds, 'enum', g, undefined, 'deletion.ground');

  it('chooses by the regulation’s wording: 1(a) another school, 1(f) home education, 1(h) leave of absence', () => {
    expect(pick('1a')).toEqual({ ok: true, index: 1 });
    expect(pick('1f')).toEqual({ ok: true, index: 2 });
    expect(pick('1h')).toEqual({ ok: true, index: 4 });
  });

  it('1(c) is dual registration ended, not home education: no option in these words, refused with the ground named', () => {
    const r = pick('1c');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.why).toMatch(/dual registration/);
  });

  it('a ground whose wording we do not hold (1(g)) is not guessed from words', () => {
    expect(pick('1g').ok).toBe(false);
  });

  it('dual registration wording is never read as “registered at another school” (1(a))', () => {
    const dual = opts('Dual registration ended (also registered at another school)', 'Home education');
    expect(chooseOption(dual, 'enum', '1a', undefined, 'deletion.ground').ok).toBe(false);
    expect(chooseOption(dual, 'enum', '1c', undefined, 'deletion.ground')).toEqual({ ok: true, index: 0 });
  });

  it('options that carry codes are chosen by the code only', () => {
    const coded = opts('9(1)(a) Registered at another school', '9(1)(f) Home education');
    expect(chooseOption(coded, 'enum', '1f', undefined, 'deletion.ground')).toEqual({ ok: true, index: 1 });
    expect(chooseOption(opts('9(1)(a) Registered at another school'), 'enum', '1f', undefined, 'deletion.ground').ok).toBe(false);
  });
});

describe('“On which ground was the name removed?”', () => {
  it('asks the deletion ground even when the form never says “deletion”', async () => {
    const { planOf, written } = await import('./helpers');
    const p = planOf(`<form><h1>Tell us a parent has chosen to home educate</h1><fieldset><legend>On which ground was the name removed?</legend>
      <input type=radio name=g id=g1 value=a><label for=g1>9(1)(a)</label><input type=radio name=g id=g2 value=f><label for=g2>9(1)(f)</label></fieldset></form>`, { 'deletion.ground': '1f' });
    expect(written(p)).toEqual({ 'deletion.ground': '9(1)(f)' });
  });
});
