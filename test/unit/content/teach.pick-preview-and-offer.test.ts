import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mappingFromElements, readTaught } from '../../../lib/readers/generic/taught';
import { cellOf, firstCell, moveCell } from '../../../lib/content/teach/cells';
import { looksLikeRegister, registerGrid } from '../../../lib/content/teach/looks-like-register';
import { previewOf } from '../../../lib/content/teach/preview';

const FIXTURES = join(__dirname, '../../fixtures');
const page = (html: string) => parseHTML(html).document as unknown as Document;
const load = (path: string) => page(readFileSync(join(FIXTURES, path), 'utf8'));

describe('offering "Teach this page" where no reader recognises the page', () => {
  it('offers it on the unknown register used by the end-to-end test', () => {
    const doc = load('e2e/teach-register.html');
    expect(looksLikeRegister(doc)).toBe(true);
    expect(registerGrid(doc)).toBe(doc.querySelector('table'));
  });

  it.each(['calendar-month', 'contacts-list', 'duty-rota', 'grade-markbook', 'timetable'])('does not offer it on a %s', (name) => {
    expect(looksLikeRegister(load(`mis/non-register/${name}.html`))).toBe(false);
  });
});

describe('picking cells with the pointer or the keyboard', () => {
  const doc = load('e2e/teach-register.html');

  it('a click on the link inside a name cell picks the cell', () => {
    const link = doc.querySelector('a[href="/school/pupils/51235"]')!;
    expect(cellOf(link)?.textContent).toBe('Oliver Sample');
    expect(cellOf(doc.querySelector('h1')!)).toBeUndefined();
  });

  it('the highlight starts on the first body cell of the register and moves with the arrows, stopping at the edges', () => {
    const start = firstCell(doc, registerGrid(doc))!;
    expect(start.textContent).toBe('Amelia Example');
    expect(moveCell(start, 'left')).toBe(start);
    const right = moveCell(start, 'right');
    expect(right.textContent).toBe('/');
    const down = moveCell(right, 'down');
    expect(down.textContent).toBe('I');
    expect(moveCell(moveCell(down, 'down'), 'down').textContent).toBe('/'); // Priya's first mark; no row below
    expect(moveCell(start, 'up').textContent).toBe('Child'); // the header row
  });
});

describe('the preview before saving', () => {
  it('says how much the taught mapping reads, shows the first rows, and allows saving', () => {
    const doc = load('e2e/teach-register.html');
    const rows = doc.querySelectorAll('tr');
    const mapping = mappingFromElements(rows[2]!.children[0]!, rows[2]!.children[1]!, '2025-11-17', 'am-pm');
    const p = previewOf(readTaught(doc, mapping).view);
    expect(p.headline).toBe('Read 3 pupils × 10 sessions from this page');
    expect(p.rows).toEqual([
      { name: 'Amelia Example', codes: ['/', '\\', '/', '\\', '/', '\\', '/', '\\', '/', '\\'] },
      { name: 'Oliver Sample', codes: ['I', 'I', '/', '\\', 'L', '\\', '/', '\\', 'N', 'N'] },
      { name: 'Priya Madeup', codes: ['/', '\\', 'M', 'M', '/', '\\', 'O', 'O', '/', '\\'] },
    ]);
    expect(p.problems).toEqual([]);
    expect(p.canSave).toBe(true);
  });

  it('lists the problems and refuses to save a mapping that reads no marks (no date given for undated columns)', () => {
    const doc = load('e2e/teach-register.html');
    const rows = doc.querySelectorAll('tr');
    const mapping = mappingFromElements(rows[1]!.children[0]!, rows[1]!.children[1]!);
    const p = previewOf(readTaught(doc, mapping).view);
    expect(p.headline).toMatch(/^Read \d+ pupils? × 0 sessions from this page$/);
    expect(p.problems.join(' ')).toMatch(/date of the first mark column is needed/);
    expect(p.canSave).toBe(false);
  });

  it('singular words for one pupil and one session', () => {
    const doc = page('<html><body><table id="t"><tr><td>Leo Testcase</td><td>N</td></tr></table></body></html>');
    const cells = doc.querySelector('tr')!.children;
    const p = previewOf(readTaught(doc, mappingFromElements(cells[0]!, cells[1]!, '2025-10-10', 'pm')).view);
    expect(p.headline).toBe('Read 1 pupil × 1 session from this page');
  });

  it('warns when pupils are named only, since the store will not keep marks for a name alone', () => {
    const doc = page('<html><body><table id="t"><tr><td>Leo Testcase</td><td>N</td><td>/</td></tr></table></body></html>');
    const cells = doc.querySelector('tr')!.children;
    const p = previewOf(readTaught(doc, mappingFromElements(cells[0]!, cells[1]!, '2025-10-10', 'am')).view);
    expect(p.problems).toEqual(['pupils: only names are shown here (no pupil id, UPN or date of birth), so their marks can be flagged on this page but not stored']);
    expect(p.canSave).toBe(true);
  });
});
