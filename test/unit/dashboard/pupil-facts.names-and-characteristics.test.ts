import { describe, expect, it } from 'vitest';
import { pupilFacts, pupilName, pupilSortName } from '../../../lib/dashboard/pupil-facts';
import type { PupilRow } from '../../../lib/store/rows';

const row = (over: Partial<PupilRow>): PupilRow => ({ id: 'p1', misKeys: [], seen: {}, ...over });

describe('how the dashboard names and describes a pupil', () => {
  it('prefers the preferred names, then the legal ones, then the name a page showed', () => {
    expect(pupilName(row({ legalForename: 'Alexander', preferredForename: 'Alex', legalSurname: 'Ng', displayName: 'NG, Alexander' }))).toBe('Alex Ng');
    expect(pupilName(row({ displayName: ' NG, Alexander ' }))).toBe('NG, Alexander');
    expect(pupilName(row({}))).toBe('Unnamed pupil');
  });

  it('sorts surname first whichever way the name was shown', () => {
    expect(pupilSortName(row({ legalForename: 'Alex', legalSurname: 'Ng' }))).toBe('ng alex');
    expect(pupilSortName(row({ displayName: 'NG, Alex' }))).toBe('ng alex');
    expect(pupilSortName(row({ displayName: 'Alex Ng' }))).toBe('ng alex');
  });

  it('lists what is known in words, and leaves out what is not', () => {
    const facts = pupilFacts(row({ upn: 'A123', regGroup: '7RB', dob: '2014-03-02', fsm: 1, pp: 0, sen: 'ehcp' }));
    expect(facts).toEqual([
      { term: 'UPN', value: 'A123' },
      { term: 'Registration group', value: '7RB' },
      { term: 'Date of birth', value: '2 March 2014' },
      { term: 'Free school meals', value: 'Yes' },
      { term: 'Pupil premium', value: 'No' },
      { term: 'Special educational needs', value: 'Education, health and care plan' },
    ]);
  });
});
