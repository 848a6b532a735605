import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Accumulator, genericReader } from '../../../lib/readers/generic';
import { IN_VIEW_ONLY } from '../../../lib/readers/generic/accumulate';
import { FIXTURES, loadPage, URL_ANY } from './generic-helpers';

type Shown = [rowIndex: number, key: string, name: string, marks: [string, string, string, string]];

/** Scrolls the modelled virtual grid: the same four row elements are recycled for other pupils. */
function scrollTo(doc: Document, shown: Shown[]): void {
  const rows = Array.from(doc.querySelectorAll('[role="row"][aria-rowindex]')).filter((r) => r.getAttribute('aria-rowindex') !== '1');
  expect(rows).toHaveLength(shown.length);
  shown.forEach(([idx, key, name, marks], i) => {
    const row = rows[i]!;
    row.setAttribute('aria-rowindex', String(idx));
    row.setAttribute('data-key', key);
    const cells = Array.from(row.querySelectorAll('[role="gridcell"]'));
    cells[0]!.textContent = name;
    marks.forEach((m, k) => (cells[k + 1]!.textContent = m));
  });
}

const page = (): Document => loadPage(join(FIXTURES, 'generic/virtualised-grid.html'));

describe('generic reader: a virtualised grid read as the user scrolls', () => {
  it('reports the first screen as incomplete, then completes once every declared row was seen', () => {
    const doc = page();
    const acc = new Accumulator();
    const first = genericReader.read(doc, URL_ANY);
    expect(first.view.complete).toBe(false);
    expect(first.view.problems.map((p) => p.where)).toEqual([IN_VIEW_ONLY]);
    expect(acc.add(first)).toBe('merged');
    expect(acc.seenAll).toBe(false);
    expect(acc.progress).toEqual({ seen: 4, of: 8 });
    expect(acc.result()!.view.complete).toBe(false);

    scrollTo(doc, [
      [2, 's-201', 'Amelia Example', ['/', '\\', '/', '\\']],
      [3, 's-202', 'Oliver Sample', ['N', 'N', 'I', 'I']],
      [8, 's-207', 'Ava Placeholder', ['/', '\\', 'L', '\\']],
      [9, 's-208', 'Leo Testcase', ['G', 'G', 'G', 'G']],
    ]);
    const second = genericReader.read(doc, URL_ANY);
    expect(second.view.complete).toBe(false); // on its own, still a slice
    expect(acc.add(second)).toBe('merged');
    expect(acc.seenAll).toBe(true);
    const merged = acc.result()!;
    expect(merged.view.complete).toBe(true);
    expect(merged.view.problems).toEqual([]);
    expect(merged.view.pupils.map((p) => p.key)).toEqual(['id:s-203', 'id:s-204', 'id:s-205', 'id:s-206', 'id:s-201', 'id:s-202', 'id:s-207', 'id:s-208']);
    expect(merged.view.marks).toHaveLength(8 * 4);
    expect(merged.view.marks.find((m) => m.pupil === 'id:s-208' && m.date === '2025-10-07' && m.session === 'PM')?.code).toBe('G');
    expect(merged.view.marks.find((m) => m.pupil === 'id:s-204' && m.date === '2025-10-06' && m.session === 'AM')?.code).toBe('U');
    // Recycled row elements anchor only the pupils they show now.
    expect([...merged.rows.keys()].sort()).toEqual(['id:s-201', 'id:s-202', 'id:s-207', 'id:s-208']);
  });

  it('stays incomplete when a screen had a real failure, even after every row was seen', () => {
    const doc = page();
    const acc = new Accumulator();
    acc.add(genericReader.read(doc, URL_ANY));
    scrollTo(doc, [
      [2, 's-201', 'Amelia Example', ['/', '\\', '/', '\\']],
      [3, 's-202', 'Oliver Sample', ['N', 'N', 'I', 'I']],
      [8, 's-207', 'Ava Placeholder', ['/', '\\', 'L', '\\']],
      [9, 's-208', 'Leo Testcase', ['G', 'G', 'G', 'G']],
    ]);
    // An icon with no words at all cannot be read.
    const cell = doc.querySelector('[aria-rowindex="9"] [aria-colindex="5"]')!;
    cell.innerHTML = '<i class="x"></i>';
    const second = genericReader.read(doc, URL_ANY);
    expect(second.view.problems.some((p) => p.where !== IN_VIEW_ONLY)).toBe(true);
    acc.add(second);
    expect(acc.seenAll).toBe(true);
    expect(acc.result()!.view.complete).toBe(false);
  });

  it('starts afresh when the grid moves to other sessions', () => {
    const doc = page();
    const acc = new Accumulator();
    acc.add(genericReader.read(doc, URL_ANY));
    const headers = Array.from(doc.querySelectorAll('[role="columnheader"]'));
    ['Mon 13/10 AM', 'Mon 13/10 PM', 'Tue 14/10 AM', 'Tue 14/10 PM'].forEach((t, i) => (headers[i + 1]!.textContent = t));
    expect(acc.add(genericReader.read(doc, URL_ANY))).toBe('reset');
    const v = acc.result()!.view;
    expect(v.marks.every((m) => m.date === '2025-10-13' || m.date === '2025-10-14')).toBe(true);
    expect(acc.progress).toEqual({ seen: 4, of: 8 });
  });
});
