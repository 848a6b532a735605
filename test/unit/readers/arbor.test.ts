import { describe, expect, it } from 'vitest';
import { arbor, arborStudentId, isArborUrl } from '../../../lib/readers/mis/arbor';
import { expectedView, fixtureFiles, marksOf, readFixture } from './fixtures';

const read = (file: string) => readFixture(arbor, 'arbor', file);

describe('arbor: URL predicates', () => {
  it.each([
    'https://example-school.uk.arbor.sc/?/attendance-ui/register/id/123',
    'https://another.uk.arbor.sc/?/home-ui/index',
    'https://example.arbor.education/?/students-ui/list',
    'http://localhost:5173/arbor/register/7AB/2025-09-08/AM',
    'http://127.0.0.1:4000/arbor',
  ])('matches %s', (u) => expect(isArborUrl(new URL(u))).toBe(true));
  it.each([
    'https://arbor.sc.example.com/?/home-ui/index',
    'https://example-school.uk.arborsc.com/',
    'https://cloudmis.bromcom.com/Nucleus/UI/Areas/People/StudentList.aspx',
    'http://localhost:5173/bromcom/arbor',
    'https://example.com/arbor/register',
  ])('does not match %s', (u) => expect(isArborUrl(new URL(u))).toBe(false));
  it('finds the student id in the route', () => {
    expect(arborStudentId(new URL('https://x.uk.arbor.sc/?/students-ui/attendance/student-id/40219'))).toBe('40219');
    expect(arborStudentId(new URL('https://x.uk.arbor.sc/?/students-ui/list'))).toBeUndefined();
  });
});

describe('arbor: every fixture reads exactly as expected', () => {
  it.each(fixtureFiles('arbor'))('%s', (file) => {
    const { view, detect } = read(file);
    expect(detect).toBeGreaterThan(0.9);
    expect(view).toEqual(expectedView('arbor', file, view));
  });
});

describe('arbor: page kinds', () => {
  it('take-register (list view): drop-down marks, minutes late, an unsaved edit, a blank', () => {
    const { view, rows } = read('take-register.html');
    expect(view.kind).toBe('take-register');
    expect(view.complete).toBe(true);
    expect(view.context).toEqual({ date: '2025-09-08', session: 'AM', group: '7AB' });
    expect(view.pupils.map((p) => p.name)).toEqual(['Amelia Example', 'Oliver Sample', 'Isla Specimen', 'Noah Placeholder', 'Ava Testcase']);
    expect(view.marks.map((m) => [m.pupil, m.code, m.saved])).toEqual([
      ['id:40219', '/', true],
      ['id:40220', 'L', true],
      ['id:40221', 'N', true],
      ['id:40222', 'I', false],
      ['id:40223', '', true],
    ]);
    expect(view.marks[1]!.minutesLate).toBe(12);
    expect(view.pupils[0]!.characteristics).toEqual({ pp: true });
    expect(view.pupils[2]!.characteristics).toEqual({ sen: 'support', eal: true });
    expect(rows.get('id:40222')?.getAttribute('data-student-id')).toBe('40222');
  });

  it('take-register (2024 profile view): icon-only buttons read from aria-label, PM tick is "\\"', () => {
    const { view } = read('take-register-2024-layout.html');
    expect(view.context).toEqual({ date: '2025-09-09', session: 'PM', group: '7AB' });
    expect(view.marks.map((m) => `${m.code}${m.saved ? '' : '*'}`)).toEqual(['\\', 'L', 'N', 'I*', '']);
    expect(view.pupils[2]!.characteristics).toEqual({ sen: 'ehcp' });
  });

  it('marks grid (2023): partial dates take the year of the filter range; legacy H kept; unknown Q9 reported', () => {
    const { view } = read('marks-grid.html');
    expect(view.complete).toBe(true);
    expect(view.sessions).toHaveLength(10);
    expect(view.sessions[0]).toEqual({ date: '2023-09-11', session: 'AM' });
    expect(marksOf(view, 'Isla Specimen').slice(0, 2)).toEqual(['2023-09-11 AM H', '2023-09-11 PM H']);
    expect(marksOf(view, 'Noah Placeholder')).toContain('2023-09-12 PM Q9');
    expect(marksOf(view, 'Noah Placeholder')).toContain('2023-09-15 PM ');
    expect(view.problems).toEqual([{ where: 'row 4 (Noah Placeholder), 2023-09-12 PM', what: 'unknown code "Q9", kept as shown' }]);
  });

  it('marks grid (2025 div grid): ticks and clocks drawn as icons; an unsaved cell', () => {
    const { view } = read('marks-grid-2025-layout.html');
    expect(marksOf(view, 'Amelia Example').slice(0, 2)).toEqual(['2025-09-08 AM /', '2025-09-08 PM \\']);
    expect(marksOf(view, 'Oliver Sample')[2]).toBe('2025-09-09 AM L');
    expect(marksOf(view, 'Ava Testcase')[9]).toBe('2025-09-12 PM G*');
    expect(view.pupils.map((p) => p.name)).not.toContain('Noah Placeholder');
  });

  it('pupil history (herringbone): year from "Academic year 2025/26", two-character codes split', () => {
    const { view } = read('pupil-history.html');
    expect(view.kind).toBe('pupil-history');
    expect(view.pupils).toEqual([
      { key: 'id:40219', name: 'Amelia Example', misId: '40219', dateOfBirth: '2014-03-14', regGroup: '7AB', yearGroup: '7' },
    ]);
    const marks = marksOf(view, 'Amelia Example');
    expect(marks[0]).toBe('2025-09-01 AM #');
    expect(marks).toContain('2025-09-18 AM C1');
    expect(marks).toContain('2025-09-18 PM C1');
    expect(marks.at(-1)).toBe('2025-09-23 PM ');
    expect(marks).toHaveLength(34);
  });

  it('pupil history (2024): "SURNAME, Forename" and icon titles', () => {
    const { view } = read('pupil-history-2024-layout.html');
    expect(view.pupils[0]).toMatchObject({ name: 'Oliver Sample', upn: 'A123456789012', dateOfBirth: '2014-02-02' });
    expect(marksOf(view, 'Oliver Sample').slice(10, 12)).toEqual(['2025-09-15 AM /', '2025-09-15 PM L']);
  });

  it('pupil lists: badges, columns and icon labels become characteristics', () => {
    for (const file of ['pupil-list.html', 'pupil-list-2024-layout.html']) {
      const { view } = read(file);
      expect(view.kind).toBe('pupil-list');
      expect(view.marks).toEqual([]);
      expect(view.pupils.map((p) => [p.name, p.regGroup, p.dateOfBirth])).toEqual([
        ['Amelia Example', '7AB', '2014-03-14'],
        ['Oliver Sample', '7AB', '2014-02-02'],
        ['Isla Specimen', '7AB', '2013-11-30'],
        ['Noah Placeholder', '7CD', '2014-07-05'],
      ]);
      expect(view.pupils[3]!.characteristics?.cic).toBe(true);
    }
    expect(read('pupil-list-2024-layout.html').view.pupils.map((p) => p.characteristics?.fsm)).toEqual([true, false, false, true]);
  });

  it('broken register: a nameless row and an unlabelled icon are reported, and the view is incomplete', () => {
    const { view } = read('take-register-broken.html');
    expect(view.complete).toBe(false);
    expect(view.problems).toEqual([
      { where: 'row 2', what: 'no pupil name' },
      { where: 'row 3 (Isla Specimen), 2025-09-10 AM', what: 'the cell shows a mark that cannot be read' },
    ]);
  });
});
