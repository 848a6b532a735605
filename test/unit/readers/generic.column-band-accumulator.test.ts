import { describe, expect, it } from 'vitest';
import { Accumulator, genericReader } from '../../../lib/readers/generic';
import { IN_VIEW_ONLY } from '../../../lib/readers/generic/accumulate';
import { pageFrom, URL_ANY } from './generic-helpers';

/**
 * A modelled ag-grid: names pinned in a pane of their own, marks in a scrolling pane that draws only
 * the columns in view (aria-colcount 5: Name + 4 sessions). Both panes draw a header row with
 * aria-rowindex 1; three pupils (aria-rowcount 4), all drawn.
 */
const HEADERS = ['Mon 06/10 AM', 'Mon 06/10 PM', 'Tue 07/10 AM', 'Tue 07/10 PM'];
const PUPILS: [string, string, string[]][] = [
  ['s-1', 'Mia Fictional', ['/', '\\', '/', 'L']],
  ['s-2', 'Jack Invented', ['U', '\\', 'O', 'O']],
  ['s-3', 'Ruby Madeup', ['/', '\\', 'E', 'E']],
];

/** The page with session columns `from`..`to` (0-based, inclusive) drawn. */
function band(from: number, to: number): Document {
  const cols = HEADERS.map((_, k) => k).filter((k) => k >= from && k <= to);
  const head = cols.map((k) => `<div role="columnheader" aria-colindex="${k + 2}">${HEADERS[k]}</div>`).join('');
  const pinned = PUPILS.map(([id, name], i) => `<div role="row" aria-rowindex="${i + 2}" row-id="${id}"><div role="gridcell" aria-colindex="1">${name}</div></div>`).join('');
  const centre = PUPILS.map(([id, , marks], i) => `<div role="row" aria-rowindex="${i + 2}" row-id="${id}">${cols.map((k) => `<div role="gridcell" aria-colindex="${k + 2}">${marks[k]}</div>`).join('')}</div>`).join('');
  return pageFrom(`<!doctype html><html><body><h1>Attendance – Year 9</h1><p>Showing week 06/10/2025 – 10/10/2025</p>
<div role="grid" aria-rowcount="4" aria-colcount="5" aria-label="Attendance">
  <div class="header"><div class="pinned"><div role="row" aria-rowindex="1"><div role="columnheader" aria-colindex="1">Name</div></div></div>
  <div class="centre"><div role="row" aria-rowindex="1">${head}</div></div></div>
  <div class="body"><div class="pinned" role="rowgroup">${pinned}</div><div class="centre" role="rowgroup">${centre}</div></div>
</div></body></html>`);
}

describe('generic reader: a grid that draws only the columns in view', () => {
  it('says a band of columns is only part of the grid, never a silent partial', () => {
    const r = genericReader.read(band(0, 1), URL_ANY);
    expect(r.view.complete).toBe(false);
    expect(r.view.problems.map((p) => p.where)).toEqual([IN_VIEW_ONLY]);
    expect(r.view.problems[0]!.what).toMatch(/only 3 of 5 columns are drawn/);
    expect(r.columns).toMatchObject({ of: 5, drawn: [0, 1, 2] });
    const acc = new Accumulator();
    acc.add(r);
    const merged = acc.result()!.view;
    expect(merged.complete).toBe(false);
    expect(merged.problems.map((p) => p.what)).toEqual(['3 of 5 columns read so far; scroll sideways to read the rest']);
  });

  it('merges the bands as the user scrolls sideways, and completes once every column and cell was read', () => {
    const acc = new Accumulator();
    expect(acc.add(genericReader.read(band(0, 1), URL_ANY))).toBe('merged');
    expect(acc.result()!.view.complete).toBe(false);
    expect(acc.add(genericReader.read(band(2, 3), URL_ANY))).toBe('merged');
    const merged = acc.result()!.view;
    expect(merged.problems).toEqual([]);
    expect(merged.complete).toBe(true);
    expect(merged.sessions).toHaveLength(4);
    expect(merged.marks).toHaveLength(12);
    expect(merged.marks.find((m) => m.pupil === 'id:s-1' && m.date === '2025-10-07' && m.session === 'PM')?.code).toBe('L');
    expect(merged.context.from).toBe('2025-10-06');
    expect(merged.context.to).toBe('2025-10-07');
  });

  it('a pupil whose marks were out of view whenever their row was read keeps the read incomplete', () => {
    const acc = new Accumulator();
    acc.add(genericReader.read(band(0, 1), URL_ANY));
    // The second band without Ruby's row (scrolled out of view while those columns were drawn).
    const doc = band(2, 3);
    for (const r of Array.from(doc.querySelectorAll('[row-id="s-3"]'))) r.remove();
    acc.add(genericReader.read(doc, URL_ANY));
    const merged = acc.result()!.view;
    expect(merged.complete).toBe(false);
    expect(merged.problems.map((p) => p.what)).toContain('2 marks were out of view whenever their pupil’s row was read; scroll through the grid again to read them');
  });

  it('a header row drawn in two panes counts once: every pupil row is waited for', () => {
    const acc = new Accumulator();
    acc.add(genericReader.read(band(0, 3), URL_ANY));
    expect(acc.progress).toEqual({ seen: 3, of: 3 });
  });
});
