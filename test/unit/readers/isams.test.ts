import { describe, expect, it } from 'vitest';
import { TICK } from '../../../lib/readers/codes-map';
import { governmentCodeIn, isams, isIsamsUrl } from '../../../lib/readers/mis/isams';
import { expectedView, fixtureFiles, marksOf, readFixture } from './fixtures';

const read = (file: string) => readFixture(isams, 'isams', file);

describe('isams: URL predicates and government codes', () => {
  it.each(['https://example-school.isams.cloud/Modules/Registration/Register.aspx', 'https://school.isams.co.uk/'])('matches %s', (u) =>
    expect(isIsamsUrl(new URL(u))).toBe(true),
  );
  it.each(['https://isams.cloud.example.org/', 'https://www.isams.com/', 'https://example.scholarpack.com/'])('does not match %s', (u) =>
    expect(isIsamsUrl(new URL(u))).toBe(false),
  );
  it('reads the government code a school code maps to', () => {
    expect(governmentCodeIn('Sick (Government code: I)')).toBe('I');
    expect(governmentCodeIn('SK – Sick (Government code: I)')).toBe('I');
    expect(governmentCodeIn('Present (Government code: Present)')).toBe(TICK);
    expect(governmentCodeIn('Sick')).toBeUndefined();
  });
});

describe('isams: every fixture reads exactly as expected', () => {
  it.each(fixtureFiles('isams'))('%s', (file) => {
    const { view, detect } = read(file);
    expect(detect).toBe(1);
    expect(view).toEqual(expectedView('isams', file, view));
  });
});

describe('isams: page kinds', () => {
  it('registration: school codes map to government codes (drop-down, chips, icon), an unsaved chip', () => {
    expect(read('take-register.html').view.marks.map((m) => m.code)).toEqual(['/', 'I', 'L', '']);
    const next = read('take-register-2024-layout.html').view;
    expect(next.pupils.map((p) => p.name)).toEqual(['Amelia Example', 'Oliver Sample', 'Isla Specimen', 'Noah Placeholder']);
    expect(next.marks.map((m) => `${m.code}${m.saved ? '' : '*'}`)).toEqual(['\\', 'V', 'M*', 'N']);
  });

  it('register overview: lesson periods left out; a school code with no government code kept and reported', () => {
    const old = read('marks-grid.html').view;
    expect(old.sessions).toHaveLength(4);
    expect(marksOf(old, 'Isla Specimen')).toEqual(['2025-09-08 AM S', '2025-09-08 PM S', '2025-09-09 AM /', '2025-09-09 PM \\']);
    const next = read('marks-grid-2024-layout.html').view;
    expect(next.complete).toBe(true);
    expect(marksOf(next, 'Noah Placeholder')[2]).toBe('2025-09-16 AM ZZ');
    expect(next.problems).toEqual([{ where: 'row 2 (Noah Placeholder), 2025-09-16 AM', what: 'unknown code "ZZ", kept as shown' }]);
  });

  it('pupil history: two chips per weekday; a column per session with the week written out', () => {
    expect(marksOf(read('pupil-history.html').view, 'Oliver Sample').slice(4)).toEqual([
      '2025-09-10 AM I', '2025-09-10 PM I', '2025-09-11 AM /', '2025-09-11 PM \\', '2025-09-12 AM /', '2025-09-12 PM L',
    ]);
    expect(marksOf(read('pupil-history-2024-layout.html').view, 'Isla Specimen').slice(-2)).toEqual(['2025-09-19 AM V', '2025-09-19 PM V']);
  });

  it('pupil lists: forename/surname grid, SEN and looked-after columns', () => {
    const next = read('pupil-list-2024-layout.html').view;
    expect(next.pupils.map((p) => [p.key, p.name, p.characteristics])).toEqual([
      ['id:1001', 'Amelia Example', { sen: 'none', cic: true }],
      ['id:1002', 'Oliver Sample', { sen: 'none', cic: false }],
      ['id:1003', 'Isla Specimen', { sen: 'none', cic: false }],
      ['id:1004', 'Noah Placeholder', { sen: 'ehcp', cic: false }],
    ]);
  });

  it('broken overview: AM/PM columns with no date anywhere are reported', () => {
    const { view } = read('marks-grid-broken.html');
    expect(view.complete).toBe(false);
    expect(view.marks).toEqual([]);
    expect(view.problems.map((p) => p.what)).toEqual(['"AM" is a session with no date on the page', '"PM" is a session with no date on the page']);
  });
});
