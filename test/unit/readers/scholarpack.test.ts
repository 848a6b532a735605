import { describe, expect, it } from 'vitest';
import { isScholarPackUrl, scholarpack } from '../../../lib/readers/mis/scholarpack';
import { expectedView, fixtureFiles, marksOf, readFixture } from './fixtures';

const read = (file: string) => readFixture(scholarpack, 'scholarpack', file);

describe('scholarpack: URL predicates', () => {
  it.each(['https://example-primary.scholarpack.com/register/take', 'https://scholarpack.com/'])('matches %s', (u) =>
    expect(isScholarPackUrl(new URL(u))).toBe(true),
  );
  it.each(['https://scholarpack.com.example.net/', 'https://example.sims.co.uk/', 'http://localhost/scholarpack'])('does not match %s', (u) =>
    expect(isScholarPackUrl(new URL(u))).toBe(false),
  );
});

describe('scholarpack: every fixture reads exactly as expected', () => {
  it.each(fixtureFiles('scholarpack'))('%s', (file) => {
    const { view, detect } = read(file);
    expect(detect).toBe(1);
    expect(view).toEqual(expectedView('scholarpack', file, view));
  });
});

describe('scholarpack: page kinds', () => {
  it('register: semicircle icons with only a title ("Present", "Late", "Absent: N"); a dirty row is unsaved', () => {
    const { view } = read('take-register.html');
    expect(view.marks.map((m) => `${m.code}${m.saved ? '' : '*'}`)).toEqual(['/', 'L', 'N', 'I*']);
  });

  it('complex register: drop-down of DfE codes, Y1 kept, unmarked is blank', () => {
    const { view } = read('take-register-2024-layout.html');
    expect(view.context).toEqual({ date: '2025-09-11', session: 'PM', group: 'Class 2' });
    expect(view.marks.map((m) => m.code)).toEqual(['\\', 'Y1', 'M', '']);
  });

  it('manage register: minutes late from data-minutes-late; two weeks of partial dates; off-roll cells not recorded', () => {
    const old = read('marks-grid.html').view;
    expect(old.marks.find((m) => m.code === 'L')).toMatchObject({ pupil: 'id:12', date: '2025-09-08', session: 'AM', minutesLate: 9 });
    const next = read('marks-grid-2024-layout.html').view;
    expect(next.sessions).toHaveLength(20);
    expect(next.sessions.at(-1)).toEqual({ date: '2025-09-26', session: 'PM' });
    expect(marksOf(next, 'Noah Placeholder')[0]).toBe('2025-09-22 AM /');
    expect(marksOf(next, 'Noah Placeholder')).toHaveLength(10);
    expect(marksOf(next, 'Amelia Example').at(-1)).toBe('2025-09-26 PM N*');
  });

  it('pupil attendance: semicircle pairs; text with a two-digit year and a "//" day kept as shown', () => {
    expect(marksOf(read('pupil-history.html').view, 'Oliver Sample')).toEqual([
      '2025-09-08 AM /', '2025-09-08 PM \\', '2025-09-09 AM /', '2025-09-09 PM \\', '2025-09-10 AM N',
      '2025-09-10 PM N', '2025-09-11 AM /', '2025-09-11 PM \\', '2025-09-12 AM L', '2025-09-12 PM \\',
    ]);
    const next = read('pupil-history-2024-layout.html').view;
    expect(next.pupils[0]).toMatchObject({ key: 'id:13', name: 'Isla Specimen', regGroup: 'Class 2' });
    expect(marksOf(next, 'Isla Specimen')).toContain('2025-09-17 PM /');
  });

  it('pupil lists: PP and FSM columns, a PP tick, SEN words', () => {
    expect(read('pupil-list.html').view.pupils.map((p) => p.characteristics)).toEqual([
      { pp: true, eal: false, fsm: true },
      { pp: false, eal: false, fsm: false },
      { pp: false, eal: true, fsm: false },
    ]);
    expect(read('pupil-list-2024-layout.html').view.pupils.map((p) => p.characteristics)).toEqual([
      { sen: 'none', pp: true },
      { sen: 'support', pp: false },
      { sen: 'none', pp: false },
    ]);
  });

  it('broken grid: an untitled semicircle and a nameless row are reported', () => {
    const { view } = read('marks-grid-broken.html');
    expect(view.complete).toBe(false);
    expect(view.problems).toEqual([
      { where: 'row 1 (Amelia Example), 2025-09-08 PM', what: 'the cell shows a mark that cannot be read' },
      { where: 'row 2', what: 'no pupil name' },
    ]);
  });
});
