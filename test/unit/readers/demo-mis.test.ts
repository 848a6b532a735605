/**
 * Pages saved from the bundled demo MIS (scripts/demo-server) read completely with the reader for
 * their style, at their localhost addresses. Saved once, so these pin the demo's markup too: if the
 * demo changes, re-save the pages (and review the expected views).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arbor } from '../../../lib/readers/mis/arbor';
import { bromcom } from '../../../lib/readers/mis/bromcom';
import { pickAnyReader as pickReader } from '../../../lib/readers/all';
import { expectedView, FIXTURES, fixtureFiles, loadFixture, readFixture } from './fixtures';

const styles = [
  ['demo-arbor', arbor],
  ['demo-bromcom', bromcom],
] as const;

describe.each(styles.filter(([dir]) => existsSync(join(FIXTURES, dir))))('%s pages', (dir, reader) => {
  it.each(fixtureFiles(dir))('%s reads completely and exactly as expected', (file) => {
    const { view, detect } = readFixture(reader, dir, file);
    // URL and page kind always agree; some demo pages draw no brand marker (no WebForms form).
    expect(detect).toBeGreaterThanOrEqual(0.75);
    expect(view.complete).toBe(true);
    expect(view).toEqual(expectedView(dir, file, view));
    const { doc, url } = loadFixture(dir, file);
    expect(pickReader(doc, url)?.reader.id).toBe(reader.id);
  });

  it('has one page of each kind', () => {
    const kinds = fixtureFiles(dir).map((f) => readFixture(reader, dir, f).view.kind).sort();
    expect(kinds).toEqual(['marks-grid', 'pupil-history', 'pupil-list', 'take-register']);
  });
});

describe('demo-arbor specifics', () => {
  it('register: 30 pupils of 7RB, one AM mark each, dated from the page header', () => {
    const { view } = readFixture(arbor, 'demo-arbor', 'take-register.html');
    // "Registration: 7RB – AM": every pupil on it is in 7RB (the rows do not say it).
    expect(view.context).toEqual({ date: '2026-11-20', session: 'AM', group: '7RB' });
    expect(view.pupils).toHaveLength(30);
    expect(view.marks).toHaveLength(30);
    expect(view.pupils[0]).toEqual({ key: 'id:40538', name: 'Mateusz Baldock', misId: '40538', characteristics: { eal: true }, regGroup: '7RB' });
  });

  it('marks grid: a week of icon and text marks for 30 pupils (placeholder header cell under "Student" handled)', () => {
    const { view } = readFixture(arbor, 'demo-arbor', 'marks-grid.html');
    expect(view.sessions).toHaveLength(10);
    expect(view.marks).toHaveLength(300);
    expect(view.marks.slice(10, 14).map((m) => m.code)).toEqual(['/', '\\', 'L', '\\']);
  });

  it('student page: days marked "Not a school day" are not recorded', () => {
    const { view } = readFixture(arbor, 'demo-arbor', 'pupil-history.html');
    expect(view.pupils[0]).toMatchObject({ key: 'id:40538', upn: 'V886213519455', dateOfBirth: '2014-09-11' });
    expect(view.marks.some((m) => m.date === '2026-08-31')).toBe(false);
    expect(view.marks[0]).toEqual({ pupil: 'id:40538', date: '2026-09-01', session: 'AM', code: '#', saved: true });
  });
});

describe('demo-bromcom specifics', () => {
  it('take register: one column headed "PM", dated by the filter bar; SURNAME-first names; the group from the title', () => {
    const { view } = readFixture(bromcom, 'demo-bromcom', 'take-register.html');
    expect(view.context).toEqual({ date: '2026-11-20', session: 'PM', group: '2OS' });
    expect(view.pupils).toHaveLength(30);
    expect(view.pupils[0]).toMatchObject({ key: 'id:237', name: 'Owen Akhtar', regGroup: '2OS' });
    expect(view.marks[0]).toEqual({ pupil: 'id:237', date: '2026-11-20', session: 'PM', code: '\\', saved: true });
  });

  it('manage attendance: frozen names and scrolling marks joined row by row', () => {
    const { view, rows } = readFixture(bromcom, 'demo-bromcom', 'marks-grid.html');
    expect(view.marks).toHaveLength(300);
    expect(view.context.group).toBe('2OS');
    expect(view.pupils[17]).toEqual({ key: 'id:223', name: 'Sienna Jordan', misId: '223', admissionNumber: '240041', regGroup: '2OS' });
    expect(view.marks.slice(170, 180).map((m) => m.code).join(' ')).toBe('L \\ / \\ / \\ / \\ / \\');
    expect(rows.get('id:223')?.getAttribute('data-studentid')).toBe('223');
  });
});

describe("a one-pupil page's badge sits by the pupil's name, not over the weeks of marks", () => {
  it.each(styles.filter(([dir]) => existsSync(join(FIXTURES, dir))))('%s pupil page', (dir, reader) => {
    const { view, rows } = readFixture(reader, dir, 'pupil-history.html');
    const row = rows.get(view.pupils[0]!.key)!;
    expect(row.tagName).not.toBe('TABLE');
    expect(row.querySelector('td, [role="gridcell"]')).toBeNull();
    const [first, ...rest] = view.pupils[0]!.name.toLowerCase().split(' ');
    expect(row.textContent!.toLowerCase()).toContain(first);
    expect(row.textContent!.toLowerCase()).toContain(rest.at(-1));
  });
});
