import { describe, expect, it } from 'vitest';
import { recoverySentence } from '../../../components/overlay/flag-text';

describe('the recovery sentence (details panel and pupil page alike)', () => {
  it('starts with a capital and ends with exactly one full stop', () => {
    expect(recoverySentence('4 more absences make this PA')).toBe('4 more absences make this PA.');
    expect(recoverySentence('4 more absences make this PA.')).toBe('4 more absences make this PA.');
  });

  it('keeps a sentence that already ends otherwise', () => {
    expect(recoverySentence('cannot get back above 90% this year!')).toBe('Cannot get back above 90% this year!');
  });
});
