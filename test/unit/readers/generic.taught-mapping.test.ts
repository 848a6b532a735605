import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genericReader, mappingFromElements, readTaught, type TaughtMapping } from '../../../lib/readers/generic';
import { locatorFor } from '../../../lib/readers/generic/taught';
import { FIXTURES, loadPage, pageFrom, URL_ANY } from './generic-helpers';

/** Saved and loaded as it would be in storage. */
const roundTrip = <T extends TaughtMapping>(m: T): T => JSON.parse(JSON.stringify(m)) as T;

// A grid with no headers at all, inside a generated-id wrapper: no reader can date it on its own.
const HEADERLESS = `<!doctype html><html><body><h1>Class 4 marks</h1>
<div id="ext-gen20931"><div id="marks-panel"><table>
  <tr><td>Amelia Example</td><td>/</td><td>\\</td><td>/</td><td>N</td><td>96%</td></tr>
  <tr><td>Oliver Sample</td><td>I</td><td>I</td><td>/</td><td>\\</td><td>91%</td></tr>
</table></div></div></body></html>`;

describe('teach this page: mapping from two clicked cells, replayed later', () => {
  it('replays a grid whose headers date the columns, with the same marks as the generic reader', () => {
    const doc = loadPage(join(FIXTURES, 'generic/table-date-ampm-rows.html'));
    const rows = doc.querySelectorAll('tbody tr');
    const nameCell = rows[0]!.querySelector('a')!; // the user clicks the link text inside the cell
    const markCell = rows[0]!.children[2]!;
    const mapping = roundTrip(mappingFromElements(nameCell, markCell));
    expect(mapping).toMatchObject({ version: 1, nameColumn: 0, firstMarkColumn: 2, layout: 'headers' });
    expect(mapping.firstDate).toBeUndefined();

    const again = loadPage(join(FIXTURES, 'generic/table-date-ampm-rows.html'));
    const taught = readTaught(again, mapping);
    const generic = genericReader.read(again, URL_ANY).view;
    expect(taught.view.reader).toBe('taught');
    expect(taught.view.confidence).toBe(0.95);
    expect(taught.view.complete).toBe(true);
    expect(taught.view.marks).toEqual(generic.marks);
    expect(taught.view.pupils).toEqual(generic.pupils);
  });

  it('dates a headerless grid from the first date the user gave, school days only, stopping at a totals column', () => {
    const doc = pageFrom(HEADERLESS);
    expect(genericReader.read(doc, URL_ANY).view.confidence).toBeLessThan(0.4); // refused without teaching
    const first = doc.querySelector('tr')!;
    const mapping = roundTrip(mappingFromElements(first.children[0]!, first.children[1]!, '2025-09-12'));
    expect(mapping.layout).toBe('am-pm');
    expect(mapping.marks).toEqual({ anchor: '[id="marks-panel"]', path: [['table', 1]] });
    const { view } = readTaught(pageFrom(HEADERLESS), mapping);
    expect(view.complete).toBe(true);
    expect(view.marks.filter((m) => m.pupil === 'name:amelia-example').map((m) => `${m.date} ${m.session} ${m.code}`)).toEqual([
      '2025-09-12 AM /',
      '2025-09-12 PM \\',
      '2025-09-15 AM /', // Friday, then Monday: the weekend is skipped
      '2025-09-15 PM N',
    ]);
    expect(view.marks).toHaveLength(8);
  });

  it('reads day cells holding AM then PM when taught with the "day-pair" layout, and one session per column with "pm"', () => {
    const html = `<html><body><table id="hb"><tr><td>Leo Testcase</td><td>/\\</td><td>NN</td></tr><tr><td>Mia Fictional</td><td>L\\</td><td>/\\</td></tr></table></body></html>`;
    const doc = pageFrom(html);
    const row = doc.querySelector('tr')!;
    const pairs = readTaught(pageFrom(html), roundTrip(mappingFromElements(row.children[0]!, row.children[1]!, '2025-10-10', 'day-pair'))).view;
    expect(pairs.marks.map((m) => `${m.pupil.slice(5)} ${m.date} ${m.session} ${m.code}`)).toEqual([
      'leo-testcase 2025-10-10 AM /', 'leo-testcase 2025-10-10 PM \\', 'leo-testcase 2025-10-13 AM N', 'leo-testcase 2025-10-13 PM N',
      'mia-fictional 2025-10-10 AM L', 'mia-fictional 2025-10-10 PM \\', 'mia-fictional 2025-10-13 AM /', 'mia-fictional 2025-10-13 PM \\',
    ]);
    const pm = pageFrom('<html><body><table><tr><td>Leo Testcase</td><td>\\</td><td>N</td></tr></table></body></html>');
    const cells = pm.querySelector('tr')!.children;
    const view = readTaught(pm, mappingFromElements(cells[0]!, cells[1]!, '2025-10-10', 'pm')).view;
    expect(view.marks.map((m) => `${m.date} ${m.session} ${m.code}`)).toEqual(['2025-10-10 PM \\', '2025-10-13 PM N']);
  });

  it('asks for the first date when the headers give none', () => {
    const doc = pageFrom(HEADERLESS);
    const first = doc.querySelector('tr')!;
    const mapping = mappingFromElements(first.children[0]!, first.children[1]!);
    expect(mapping.layout).toBe('am-pm');
    const { view } = readTaught(doc, mapping);
    expect(view.complete).toBe(false);
    expect(view.marks).toEqual([]);
    expect(view.problems.map((p) => p.what).join(' ')).toMatch(/date of the first mark column is needed/);
  });

  it('joins a frozen name table and a scrolling marks table', () => {
    const doc = loadPage(join(FIXTURES, 'generic/frozen-split-tables.html'));
    const name = doc.querySelector('.t-left tbody td')!;
    const mark = doc.querySelector('.t-right tbody td')!;
    const mapping = roundTrip(mappingFromElements(name, mark));
    expect(mapping.names).not.toEqual(mapping.marks);
    expect(mapping.layout).toBe('headers');
    const taught = readTaught(loadPage(join(FIXTURES, 'generic/frozen-split-tables.html')), mapping).view;
    const generic = genericReader.read(doc, URL_ANY).view;
    expect(taught.complete).toBe(true);
    expect(taught.marks).toEqual(generic.marks);
  });

  it('reports, without reading, a page where the taught table is gone', () => {
    const doc = pageFrom(HEADERLESS);
    const first = doc.querySelector('tr')!;
    const mapping = mappingFromElements(first.children[0]!, first.children[1]!, '2025-09-12');
    const other = pageFrom('<html><body><div id="marks-panel"><p>Nothing here</p></div></body></html>');
    const { view } = readTaught(other, mapping);
    expect(view.complete).toBe(false);
    expect(view.pupils).toEqual([]);
    expect(view.problems[0]!.what).toMatch(/not on the page/);
  });

  it('refuses clicks outside a table or grid', () => {
    const doc = pageFrom(HEADERLESS);
    expect(() => mappingFromElements(doc.querySelector('h1')!, doc.querySelector('td')!)).toThrow(/cell of the register/);
  });

  it('anchors on stable ids and unique labels, never on generated ids', () => {
    const doc = pageFrom(`<html><body><div id="ext-gen1234"><section aria-label="Register"><div><table id="t1"></table></div></section></div>
      <div id="r-7f3a9c01"><span></span></div></body></html>`);
    expect(locatorFor(doc.querySelector('table')!)).toEqual({ anchor: '[id="t1"]', path: [] });
    expect(locatorFor(doc.querySelector('section > div')!)).toEqual({ anchor: '[aria-label="Register"]', path: [['div', 1]] });
    expect(locatorFor(doc.querySelector('span')!)).toEqual({ anchor: 'body', path: [['div', 2], ['span', 1]] });
  });
});
