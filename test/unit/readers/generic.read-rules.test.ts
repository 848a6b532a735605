import { describe, expect, it } from 'vitest';
import { GENERIC_MAX, genericReader, REFUSE_BELOW } from '../../../lib/readers/generic';
import { readCell } from '../../../lib/readers/generic/mark-code';
import { readMarkCell } from '../../../lib/readers/mark-cell';
import { pageFrom, URL_ANY } from './generic-helpers';

const read = (html: string) => genericReader.read(pageFrom(html), URL_ANY).view;

function grid(rows: string, opts: { head?: string; above?: string } = {}): string {
  const head = opts.head ?? '<tr><th>Pupil</th><th>Mon 08/09 AM</th><th>Mon 08/09 PM</th></tr>';
  return `<html><body>${opts.above ?? '<p>Week commencing 08/09/2025</p>'}<table><thead>${head}</thead><tbody>${rows}</tbody></table></body></html>`;
}

describe('generic reader: what it reports instead of guessing', () => {
  it('marks a grid with an unreadable cell incomplete, naming the cell, and keeps the rest', () => {
    const v = read(grid('<tr><td>Amelia Example</td><td>/</td><td><i class="ico"></i></td></tr><tr><td>Oliver Sample</td><td>N</td><td>N</td></tr>'));
    expect(v.complete).toBe(false);
    expect(v.problems).toEqual([{ where: 'row 1 (Amelia Example) 2025-09-08', what: 'cell "" could not be read as a mark' }]);
    expect(v.marks.map((m) => m.code)).toEqual(['/', 'N', 'N']);
  });

  it("an empty button whose label only says where it is (pupil, date, session) is a blank session, nothing more", () => {
    const btn = (label: string, inner = '') => `<td><button type="button" aria-label="${label}">${inner}</button></td>`;
    const v = read(grid(`<tr><td>O'Harrow, Dara</td>${btn("O'Harrow, Dara, 8 Sep morning")}${btn("Mark for O'Harrow, Dara, Monday 8th September afternoon")}</tr><tr><td>Oliver Sample</td><td>N</td><td>N</td></tr>`));
    expect(v.complete).toBe(true);
    expect(v.marks.slice(0, 2).map((m) => m.code)).toEqual(['', '']);
    // A label that says more than where it is, or a drawn icon in the button, is not a caption.
    const more = read(grid(`<tr><td>O'Harrow, Dara</td>${btn("O'Harrow, Dara, 8 Sep morning, late")}${btn("O'Harrow, Dara, 8 Sep afternoon", '<svg></svg>')}</tr>`));
    expect(more.marks.map((m) => m.code)).not.toContain('');
    expect(more.complete).toBe(false);
    // A label without the pupil's name is the mark's own label, read as before (here no code: incomplete).
    const own = read(grid(`<tr><td>Amelia Example</td>${btn('8 Sep morning')}<td>N</td></tr>`));
    expect(own.complete).toBe(false);
  });

  it('does not invent a year: partial dates on a page that gives none make the read incomplete', () => {
    const v = read(grid('<tr><td>Amelia Example</td><td>/</td><td>\\</td></tr>', { above: '<h1>Marks</h1>' }));
    expect(v.confidence).toBeGreaterThanOrEqual(REFUSE_BELOW); // a register, so the page can be taught
    expect(v.complete).toBe(false);
    expect(v.marks).toEqual([]);
    expect(v.problems[0]).toEqual({ where: 'column "Mon 08/09 AM"', what: '"Mon 08/09 AM" has no year and the page gives none that fits' });
  });

  it('keeps an unknown code verbatim, reported, without making the read incomplete', () => {
    const v = read(grid('<tr><td>Amelia Example</td><td>Q9</td><td>\\</td></tr><tr><td>Oliver Sample</td><td>/</td><td>\\</td></tr>'));
    expect(v.complete).toBe(true);
    expect(v.marks[0]).toMatchObject({ code: 'Q9', saved: true });
    expect(v.problems).toEqual([{ where: 'Amelia Example 2025-09-08 AM', what: 'unknown code "Q9"' }]);
  });

  it('fails a row holding marks but no name, and leaves out a totals row', () => {
    const v = read(
      grid('<tr><td>Amelia Example</td><td>/</td><td>\\</td></tr><tr><td></td><td>N</td><td>N</td></tr><tr><td>Totals</td><td>1</td><td>1</td></tr>'),
    );
    expect(v.complete).toBe(false);
    expect(v.problems).toEqual([
      { where: 'row 2', what: 'marks in a row with no pupil name' },
      { where: 'row 3 (Totals)', what: 'not a pupil row (no name, no marks); left out' },
    ]);
    expect(v.pupils.map((p) => p.name)).toEqual(['Amelia Example']);
  });

  it('fails two rows that read as the same pupil', () => {
    const v = read(grid('<tr><td>Amelia Example</td><td>/</td><td>\\</td></tr><tr><td>Amelia Example</td><td>N</td><td>N</td></tr>'));
    expect(v.complete).toBe(false);
    expect(v.problems[0]!.what).toMatch(/same pupil/);
  });

  it('turns a tick in a PM column into "\\" and in an AM column into "/"', () => {
    const v = read(grid('<tr><td>Amelia Example</td><td>✓</td><td>✓</td></tr><tr><td>Oliver Sample</td><td>N</td><td>✔</td></tr>'));
    expect(v.marks.map((m) => `${m.session}${m.code}`)).toEqual(['AM/', 'PM\\', 'AMN', 'PM\\']);
  });

  it('reads a one-column "Mark" table as a take-register for the date and session in the heading', () => {
    const v = read(`<html><body><h1>Register 5W – 14/10/2025 PM</h1><table>
      <thead><tr><th>Pupil</th><th>Mark</th></tr></thead>
      <tbody><tr data-pupil-id="9"><td>Amelia Example</td><td><input value="\\" data-saved-value="\\"></td></tr>
        <tr data-pupil-id="10"><td>Oliver Sample</td><td><input value="L" data-saved-value=""></td></tr></tbody></table></body></html>`);
    expect(v.kind).toBe('take-register');
    expect(v.context).toMatchObject({ date: '2025-10-14', session: 'PM' });
    expect(v.marks).toEqual([
      { pupil: 'id:9', date: '2025-10-14', session: 'PM', code: '\\', saved: true },
      { pupil: 'id:10', date: '2025-10-14', session: 'PM', code: 'L', saved: false },
    ]);
  });

  it('says a card register it cannot date is a register, but reads nothing from it', () => {
    const v = read(`<html><body><h1>Take register</h1><ul>
      <li><span>Amelia Example</span><select><option value="/" selected>/</option></select></li>
      <li><span>Oliver Sample</span><select><option value="N" selected>N</option></select></li></ul></body></html>`);
    expect(v.confidence).toBeGreaterThanOrEqual(REFUSE_BELOW);
    expect(v.complete).toBe(false);
    expect(v.marks).toEqual([]);
    expect(v.problems[0]!.what).toMatch(/do not name the date/);
  });

  it('joins ARIA half-grids by aria-rowindex, not by order', () => {
    const v = read(`<html><body><p>Week commencing 08/09/2025</p><div class="wrap">
      <div role="grid" aria-label="Names"><div role="row" aria-rowindex="1"><div role="columnheader">Name</div></div>
        <div role="row" aria-rowindex="2"><div role="gridcell">Amelia Example</div></div>
        <div role="row" aria-rowindex="3"><div role="gridcell">Oliver Sample</div></div></div>
      <div role="grid" aria-label="Marks"><div role="row" aria-rowindex="1"><div role="columnheader">Mon 08/09 AM</div></div>
        <div role="row" aria-rowindex="3"><div role="gridcell">N</div></div>
        <div role="row" aria-rowindex="2"><div role="gridcell">/</div></div></div></div></body></html>`);
    expect(v.complete).toBe(true);
    expect(v.marks.map((m) => `${m.pupil} ${m.code}`)).toEqual(['name:amelia-example /', 'name:oliver-sample N']);
  });

  it('never claims more confidence than GENERIC_MAX, so an MIS reader that is sure wins', () => {
    const v = read(grid('<tr><td>Amelia Example</td><td>/</td><td>\\</td></tr><tr><td>Oliver Sample</td><td>/</td><td>\\</td></tr>'));
    expect(v.confidence).toBe(GENERIC_MAX);
    expect(GENERIC_MAX).toBeLessThan(1);
  });
});

describe('generic reader: signals any page may give', () => {
  it('leaves out cells the page disables (pupil not on roll) and marks edits flagged as unsaved', () => {
    const v = read(
      grid(`<tr data-dirty="1"><td>Amelia Example</td><td>/</td><td>N</td></tr>
        <tr><td>Oliver Sample</td><td aria-disabled="true"></td><td><input value="I" data-unsaved="true"></td></tr>
        <tr><td>Isla Specimen</td><td><input value="/" aria-description="Not saved"></td><td><input value="\\" data-changed="false"></td></tr>`),
    );
    expect(v.complete).toBe(true);
    expect(v.marks.map((m) => `${m.pupil.slice(5)} ${m.session} ${m.code} ${m.saved}`)).toEqual([
      'amelia-example AM / false',
      'amelia-example PM N false',
      'oliver-sample PM I false',
      'isla-specimen AM / false',
      'isla-specimen PM \\ true',
    ]);
  });

  it('reads a pressed "P" toggle as present and labels that end in a code ("Absent: N", "Authorised (I)")', () => {
    const v = read(`<html><body><h1>Register – Class 2 – AM</h1><p>Monday 8th September 2025</p><ul>
      <li data-pupil-id="1"><span>Amelia Example</span><div role="radiogroup" aria-label="Mark"><button aria-pressed="true">P</button><button aria-pressed="false">L</button></div></li>
      <li data-pupil-id="2"><span>Oliver Sample</span><div role="radiogroup" aria-label="Mark"><button aria-pressed="false">P</button><button aria-pressed="true" title="Absent: N">A</button></div></li>
      <li data-pupil-id="3"><span>Isla Specimen</span><div role="radiogroup" aria-label="Mark"><button aria-pressed="false">P</button><button aria-pressed="true" title="Authorised (I)">A</button></div></li></ul></body></html>`);
    expect(v.context).toMatchObject({ date: '2025-09-08', session: 'AM' });
    expect(v.marks.map((m) => m.code)).toEqual(['/', 'N', 'I']);
  });

  it('reads a certificate day cell drawn as a code beside an icon', () => {
    const v = read(`<html><body><dl><dt>Name</dt><dd>Amelia Example</dd></dl><table>
      <thead><tr><th>Week beginning</th><th>Mon</th><th>Tue</th></tr></thead>
      <tbody><tr><td>06/10/2025</td><td><span>L</span><span role="img" aria-label="Present PM"></span></td><td>NN</td></tr></tbody></table></body></html>`);
    expect(v.kind).toBe('pupil-history');
    expect(v.marks.map((m) => `${m.date} ${m.session} ${m.code}`)).toEqual(['2025-10-06 AM L', '2025-10-06 PM \\', '2025-10-07 AM N', '2025-10-07 PM N']);
  });
});

describe('generic reader: cost', () => {
  it('runs a fixed number of document-wide queries, however many rows the grid has', () => {
    const count = (rows: number): number => {
      const body = Array.from({ length: rows }, (_, i) => `<tr><td>Pupil Example${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}</td><td>/</td><td><input value="\\"></td></tr>`).join('');
      const doc = pageFrom(grid(body));
      let calls = 0;
      for (const m of ['querySelectorAll', 'querySelector'] as const) {
        const orig = doc[m].bind(doc) as (s: string) => unknown;
        (doc as unknown as Record<string, unknown>)[m] = (s: string) => {
          calls++;
          return orig(s);
        };
      }
      const v = genericReader.read(doc, URL_ANY).view;
      expect(v.marks).toHaveLength(rows * 2);
      return calls;
    };
    expect(count(300)).toBe(count(10));
  });

  it('reads plain and text-box cells by its fast path exactly as readMarkCell does', () => {
    const doc = pageFrom(`<table><tr><td>/</td><td> n </td><td></td><td title="Present"></td><td><input value="L"></td>
      <td><input value="N" data-saved-value="/"></td><td><input type="text" value=""></td><td data-code="I">Ill</td></tr></table>`);
    for (const cell of Array.from(doc.querySelectorAll('td'))) expect(readCell(cell)).toEqual(readMarkCell(cell));
  });
});
