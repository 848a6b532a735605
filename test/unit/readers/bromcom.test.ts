import { describe, expect, it } from 'vitest';
import { bromcom, bromcomStudentId, isBromcomUrl } from '../../../lib/readers/mis/bromcom';
import { expectedView, fixtureFiles, marksOf, readFixture } from './fixtures';

const read = (file: string) => readFixture(bromcom, 'bromcom', file);

describe('bromcom: URL predicates', () => {
  it.each([
    'https://cloudmis.bromcom.com/Nucleus/UI/Areas/People/StudentList.aspx',
    'https://cloudmis.bromcom.com/Nucleus/UI/Areas/Students/StudentDetails.aspx?StudentIDs=129#Profile',
    'https://cloudmis.bromcom.com/nucleus/UI/Areas/Framework/Routines.aspx?page=BHVDETN',
    'http://localhost:8080/bromcom/manage-attendance',
  ])('matches %s', (u) => expect(isBromcomUrl(new URL(u))).toBe(true));
  it.each([
    'https://www.bromcom.com/about',
    'https://cloudmis.bromcom.com.evil.example/Nucleus/',
    'https://example-school.uk.arbor.sc/?/home-ui/index',
    'http://localhost:8080/arbor/bromcom',
  ])('does not match %s', (u) => expect(isBromcomUrl(new URL(u))).toBe(false));
  it('reads one StudentIDs, not a list', () => {
    expect(bromcomStudentId(new URL('https://cloudmis.bromcom.com/Nucleus/x.aspx?StudentIDs=129'))).toBe('129');
    expect(bromcomStudentId(new URL('https://cloudmis.bromcom.com/Nucleus/x.aspx?StudentIDs=129,130'))).toBeUndefined();
  });
});

describe('bromcom: every fixture reads exactly as expected', () => {
  it.each(fixtureFiles('bromcom'))('%s', (file) => {
    const { view, detect } = read(file);
    expect(detect).toBeGreaterThan(0.9);
    expect(view).toEqual(expectedView('bromcom', file, view));
  });
});

describe('bromcom: page kinds', () => {
  it('take-register (code boxes): "SURNAME, Forename"-style names, minutes late, the yellow changed box is unsaved', () => {
    const { view } = read('take-register.html');
    expect(view.context).toEqual({ date: '2025-09-08', session: 'AM', group: '7RB' });
    expect(view.pupils.map((p) => `${p.name} ${p.admissionNumber}`)).toEqual([
      'Amelia Example 000033',
      'Oliver Sample 000034',
      'Isla Specimen 000035',
      'Noah Placeholder 000036',
    ]);
    expect(view.marks.map((m) => `${m.code}${m.saved ? '' : '*'}`)).toEqual(['/', 'L', 'N*', '']);
    expect(view.marks[1]!.minutesLate).toBe(7);
  });

  it('take-register (2024 toggles): icon-only radios read from aria-label; a changed row is unsaved', () => {
    const { view } = read('take-register-2024-layout.html');
    expect(view.marks.map((m) => `${m.code}${m.saved ? '' : '*'}`)).toEqual(['\\', 'I', 'L*', 'N']);
  });

  it('manage attendance (week): one changed box unsaved, the rest saved', () => {
    const { view } = read('marks-grid.html');
    expect(view.sessions).toHaveLength(10);
    expect(view.marks.filter((m) => !m.saved).map((m) => `${m.pupil} ${m.date} ${m.session} ${m.code}`)).toEqual(['id:129 2025-09-10 AM N']);
    expect(marksOf(view, 'Noah Placeholder').slice(-2)).toEqual(['2025-09-12 AM D', '2025-09-12 PM D']);
  });

  it('manage attendance (periods): P1 / P2 lesson marks are left out', () => {
    const { view } = read('marks-grid-2024-layout.html');
    expect(view.sessions).toEqual([
      { date: '2025-09-15', session: 'AM' },
      { date: '2025-09-15', session: 'PM' },
      { date: '2025-09-16', session: 'AM' },
      { date: '2025-09-16', session: 'PM' },
    ]);
    expect(marksOf(view, 'Isla Specimen')).toEqual(['2025-09-15 AM /', '2025-09-15 PM N', '2025-09-16 AM B', '2025-09-16 PM B']);
    expect(view.marks).toHaveLength(16);
  });

  it('student attendance: two spans per weekday, and weekday over AM/PM with icon titles', () => {
    const old = read('pupil-history.html').view;
    expect(old.pupils[0]).toMatchObject({ key: 'id:129', name: 'Amelia Example', admissionNumber: '000033' });
    expect(marksOf(old, 'Amelia Example')).toContain('2025-09-16 PM L');
    const next = read('pupil-history-2024-layout.html').view;
    expect(next.pupils[0]).toMatchObject({ key: 'id:131', name: 'Isla Specimen', upn: 'B987654321098' });
    expect(marksOf(next, 'Isla Specimen')).toEqual([
      '2025-09-22 AM /', '2025-09-22 PM \\', '2025-09-23 AM /', '2025-09-23 PM \\', '2025-09-24 AM I',
      '2025-09-24 PM I', '2025-09-25 AM /', '2025-09-25 PM \\', '2025-09-26 AM /', '2025-09-26 PM \\',
    ]);
  });

  it('student lists: Y/N flags, forename + surname columns, SEN and FSM', () => {
    expect(read('pupil-list.html').view.pupils.map((p) => p.characteristics)).toEqual([
      { eal: true, cic: false, pp: true },
      { eal: false, cic: false, pp: false },
      { eal: false, cic: true, pp: false },
      { eal: true, cic: false, pp: false },
    ]);
    const next = read('pupil-list-2024-layout.html').view;
    expect(next.pupils.map((p) => [p.name, p.characteristics?.sen, p.characteristics?.fsm])).toEqual([
      ['Amelia Example', 'none', true],
      ['Oliver Sample', 'support', false],
      ['Isla Specimen', 'ehcp', true],
      ['Noah Placeholder', 'none', false],
    ]);
  });

  it('broken grid: an impossible header date ("Wed 31/09") makes the read incomplete', () => {
    const { view } = read('marks-grid-broken.html');
    expect(view.complete).toBe(false);
    expect(view.problems.map((p) => p.what)).toEqual(['"Wed 31/09" is not a date', '"Wed 31/09" is not a date']);
  });
});
