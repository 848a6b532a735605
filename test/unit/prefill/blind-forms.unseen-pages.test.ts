/**
 * The planner on forms written by someone who had not read it (test/fixtures/blind/forms): at least
 * 90% of the fields with a key filled with the expected value, none filled wrongly, and no
 * declaration, signature, upload, consent or keyless free text filled.
 */
import { describe, expect, it } from 'vitest';
import { blindFiles, scoreForm } from './blind-score';

describe('blind forms', () => {
  const scores = blindFiles().map(scoreForm);

  it('has the blind fixtures to test against', () => {
    expect(scores.length).toBeGreaterThanOrEqual(6);
  });

  it.each(scores.map((s) => [s.file, s] as const))('%s: nothing filled wrongly, nothing filled that is the person’s to answer', (_f, s) => {
    expect(s.wrong).toEqual([]);
    expect(s.forbidden).toEqual([]);
  });

  it('fills at least 90% of the fields that have a key, across all blind forms', () => {
    const keyed = scores.reduce((n, s) => n + s.keyed, 0);
    const correct = scores.reduce((n, s) => n + s.correct, 0);
    expect(keyed).toBeGreaterThan(100);
    expect(correct / keyed).toBeGreaterThanOrEqual(0.9);
  });
});
