import { describe, expect, it } from 'vitest';
import { isSimsUrl, simsParentCode, sims } from '../../../lib/readers/mis/sims';
import { expectedView, fixtureFiles, marksOf, readFixture } from './fixtures';

const read = (file: string) => readFixture(sims, 'sims', file);

describe('sims: URL predicates and sub-code mapping', () => {
  it.each(['https://example-primary.sims.co.uk/classlog/register', 'https://www.simsprimary.com/attendance/edit-marks'])('matches %s', (u) =>
    expect(isSimsUrl(new URL(u))).toBe(true),
  );
  it.each(['https://sims.co.uk.example.org/', 'https://example.isams.cloud/', 'file:///C:/Users/office/Downloads/certificate.html'])(
    'does not match %s',
    (u) => expect(isSimsUrl(new URL(u))).toBe(false),
  );
  it.each([
    ['I01', 'I'],
    ['X01', 'X'],
    ['I_F', 'I'],
    ['M12', 'M'],
  ])('sub-code %s → %s', (sub, parent) => expect(simsParentCode(sub)).toBe(parent));
  it.each(['C1', 'Y7', 'A01', 'I1', 'I001', '/'])('%s is not a sub-code', (code) => expect(simsParentCode(code)).toBeUndefined());
});

describe('sims: every fixture reads exactly as expected', () => {
  it.each(fixtureFiles('sims'))('%s', (file) => {
    const { view, detect } = read(file);
    // Certificates saved from reports have a file:// address: brand and page kind only.
    expect(detect).toBe(file.startsWith('pupil-history') && !file.includes('2024') ? 0.5 : 1);
    expect(view).toEqual(expectedView('sims', file, view));
  });
});

describe('sims: page kinds', () => {
  it('take-register (table): I01 read as I, the note indicator is not part of the mark', () => {
    const { view } = read('take-register.html');
    expect(view.marks.map((m) => m.code)).toEqual(['/', 'I', 'N', 'M', '']);
    expect(view.problems).toEqual([]);
  });

  it('take-register (tiles): P → "\\" in PM, A → N, L unsaved, Additional Mark X01 → X, no button → blank', () => {
    const { view } = read('take-register-2024-layout.html');
    expect(view.context).toEqual({ date: '2025-09-09', session: 'PM', group: 'Class 3' });
    expect(view.marks.map((m) => `${m.code}${m.saved ? '' : '*'}`)).toEqual(['\\', 'N', 'L*', 'X', '']);
  });

  it('edit marks: DOB info column; SURNAME, Forename; I_F and X01 sub-codes; an unsaved cell', () => {
    const old = read('marks-grid.html').view;
    expect(old.pupils[0]).toMatchObject({ name: 'Amelia Example', dateOfBirth: '2020-03-14' });
    expect(marksOf(old, 'Oliver Sample').slice(0, 3)).toEqual(['2025-09-08 AM I', '2025-09-08 PM I', '2025-09-09 AM I']);
    expect(marksOf(old, 'Isla Specimen')[1]).toBe('2025-09-08 PM N');
    const next = read('marks-grid-2024-layout.html').view;
    expect(next.pupils.map((p) => p.name)).toEqual(['Amelia Example', 'Oliver Sample', 'Ava Testcase']);
    expect(marksOf(next, 'Oliver Sample').slice(2, 4)).toEqual(['2025-09-16 AM I', '2025-09-16 PM I']);
    expect(marksOf(next, 'Ava Testcase')[0]).toBe('2025-09-15 AM X');
    expect(marksOf(next, 'Ava Testcase')[9]).toBe('2025-09-19 PM \\*');
  });

  it('registration certificate: herringbone, spaced sub-codes, name + DOB key when no MIS id', () => {
    const { view } = read('pupil-history.html');
    expect(view.pupils).toEqual([
      {
        key: 'name:isla-specimen:2019-11-30',
        name: 'Isla Specimen',
        dateOfBirth: '2019-11-30',
        upn: 'C111122223333',
        admissionNumber: '001245',
        regGroup: 'Class 3',
        yearGroup: '1',
      },
    ]);
    const marks = marksOf(view, 'Isla Specimen');
    expect(marks).toHaveLength(30);
    expect(marks).toContain('2025-09-16 AM I');
    expect(marks).toContain('2025-09-24 PM #');
  });

  it('Next Gen pupil attendance: two spans per day, presents as icons', () => {
    const { view } = read('pupil-history-2024-layout.html');
    expect(view.pupils[0]!.key).toBe('id:p2');
    expect(marksOf(view, 'Oliver Sample').slice(0, 6)).toEqual([
      '2025-09-29 AM /', '2025-09-29 PM \\', '2025-09-30 AM /', '2025-09-30 PM \\', '2025-10-01 AM N', '2025-10-01 PM N',
    ]);
  });

  it('pupil lists: surname + forename columns, SEN K/E/N; one-column SURNAME, Forename', () => {
    expect(read('pupil-list.html').view.pupils.map((p) => [p.name, p.characteristics?.sen])).toEqual([
      ['Amelia Example', 'none'],
      ['Oliver Sample', 'support'],
      ['Isla Specimen', 'ehcp'],
      ['Noah Placeholder', 'none'],
    ]);
    expect(read('pupil-list-2024-layout.html').view.pupils.map((p) => p.name)).toEqual(['Amelia Example', 'Oliver Sample', 'Isla Specimen', 'Noah Placeholder']);
  });

  it('broken certificate: three marks in a day and an impossible week date are reported', () => {
    const { view } = read('pupil-history-broken.html');
    expect(view.complete).toBe(false);
    expect(view.problems).toEqual([
      { where: 'week of 2025-09-08, 2025-09-09', what: '"/\\N" is not two marks (AM, PM)' },
      { where: 'week row 2', what: '"31/02/2025" is not a date' },
    ]);
  });
});
