import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { divGrid, divGridRootsOf } from '../../../lib/readers/generic/div-grid';
import { pageContext } from '../../../lib/readers/generic/page-context';
import { readTaught, type TaughtMapping } from '../../../lib/readers/generic/taught';
import { teachMapping } from '../../../lib/readers/generic/taught-pick';
import { taughtMappingSchema } from '../../../lib/settings/taught';

/**
 * A registration certificate drawn with divs: no table and no roles, only consistent classes —
 * a row per week ("Wk beg 2 Nov 2026"), a day box per weekday naming its day above its two marks.
 * Taught by the pupil's name and one mark; days placed by the weekday each box names.
 */
const day = (name: string, am: string, pm: string) => `<div class="d"><span class="d-name">${name}</span><p class="d-marks"><b>${am}</b><b>${pm}</b></p></div>`;
const week = (label: string, days: string) => `<li class="wk"><span class="wk-l">${label}</span><div class="wk-days">${days}</div></li>`;
const page = (weeks: string) =>
  parseHTML(`<html><body><h1>Attendance certificate</h1>
    <dl><dt>Pupil</dt><dd id="who">Tamsin Okafor</dd><dt>UPN</dt><dd>A123456789012</dd></dl>
    <ul id="weeks">${weeks}</ul></body></html>`).document as unknown as Document;

const FULL = week('Wk beg 2 Nov 2026', day('Mon', '/', '\\') + day('Tue', 'L', '\\') + day('Wed', 'I', 'I') + day('Thu', '/', 'N') + day('Fri', '/', '\\'));

function teach(doc: Document) {
  const mark = doc.querySelector('.d-marks b')!;
  const mapping = taughtMappingSchema.parse(JSON.parse(JSON.stringify(teachMapping(doc.getElementById('who')!, mark)))) as TaughtMapping;
  return { mapping, view: readTaught(doc, mapping).view };
}

describe('a taught certificate drawn with divs', () => {
  it('reads both marks of every day box, dated by the week row, with nothing asked', () => {
    const doc = page(FULL + week('Wk beg 9 Nov 2026', day('Mon', '/', '\\') + day('Tue', '/', '\\') + day('Wed', '/', '\\') + day('Thu', 'M', '\\') + day('Fri', '/', '\\')));
    const { mapping, view } = teach(doc);
    expect(mapping.kind).toBe('certificate');
    expect(view.marks).toHaveLength(20);
    expect(view.marks.slice(0, 4).map((m) => `${m.date} ${m.session} ${m.code}`)).toEqual(['2026-11-02 AM /', '2026-11-02 PM \\', '2026-11-03 AM L', '2026-11-03 PM \\']);
    expect(view.marks.find((m) => m.date === '2026-11-12' && m.session === 'AM')!.code).toBe('M');
    expect(view.pupils[0]!.upn).toBe('A123456789012');
    expect(view.complete).toBe(true);
  });

  it('a week with fewer day boxes keeps each day in its own column', () => {
    const doc = page(FULL + week('Wk beg 9 Nov 2026', day('Wed', 'B', 'B') + day('Thu', '/', '\\') + day('Fri', '/', '\\')));
    const grid = divGrid(divGridRootsOf(doc.querySelector('.d-marks b')!).at(-1)!)!;
    expect(grid.width).toBe(6);
    expect(grid.body[1]!.cells.map((c) => (c ? c.textContent : '-'))).toEqual(['Wk beg 9 Nov 2026', '-', '-', 'BB', '/\\', '/\\']);
  });

  it('a day box with three marks is reported, not guessed; the other days are read', () => {
    const wed = '<div class="d"><span class="d-name">Wed</span><p class="d-marks"><b>I</b><b>I</b><b>L</b></p></div>';
    const doc = page(FULL.replace(day('Wed', 'I', 'I'), wed) + FULL.replace('2 Nov', '9 Nov'));
    const { view } = teach(doc);
    expect(view.marks.filter((m) => m.date === '2026-11-04')).toEqual([]);
    expect(view.problems.some((p) => p.where.includes('2026-11-04'))).toBe(true);
    expect(view.complete).toBe(false);
    expect(view.marks).toHaveLength(18);
  });

  it('a date of birth written in words ("2 May 2018") is not the page’s year', () => {
    const html = readFileSync(join(__dirname, '../../fixtures/blind-teach/certificate-wc-divs.html'), 'utf8');
    const year = pageContext(parseHTML(html).document as unknown as Document).year;
    expect(year.from?.slice(0, 4)).toBe('2026');
  });

  it('divs with no run of like rows are refused with a message, not read', () => {
    const doc = parseHTML('<html><body><div id="who">Tamsin Okafor</div><div><span>/</span></div></body></html>').document as unknown as Document;
    expect(() => teachMapping(doc.getElementById('who')!, doc.querySelector('span')!)).toThrow(/cannot find that mark/);
  });
});
