/**
 * Registers drawn by real grid libraries (test/fixtures/grids/, rendered by
 * scripts/fixtures/render-grids.ts from scripts/fixtures/grid-data.ts): each snapshot is read on an
 * address no MIS reader knows, and its marks must be exactly the data the grid was drawn from.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectedMarks } from '../../../scripts/fixtures/grid-data';
import { IN_VIEW_ONLY } from '../../../lib/readers/generic/accumulate';
import { genericReader } from '../../../lib/readers/generic';
import { arbor } from '../../../lib/readers/mis/arbor';
import { readPage } from '../../../lib/readers/registry';
import { corpus, parse, readHtml } from './corpus';

const DIR = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'fixtures', 'grids');
const LIBS = ['ag-grid-35', 'ag-grid-36', 'datatables', 'gridjs', 'handsontable', 'mui-x-data-grid', 'revogrid', 'slickgrid', 'tabulator'];
const pages = corpus().filter((p) => p.name.startsWith('grids/'));

function marks(view: { pupils: { key: string; name: string }[]; marks: { pupil: string; date: string; session: string; code: string }[] }): string[] {
  const names = new Map(view.pupils.map((p) => [p.key, p.name]));
  return view.marks.map((m) => `${names.get(m.pupil)}|${m.date}|${m.session}|${m.code}`).sort();
}

describe('registers drawn by real grid libraries', () => {
  it('has a snapshot of every library', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, '')).sort()).toEqual(LIBS);
  });

  for (const page of pages) {
    it(`${page.name}: every pupil and mark the grid was drawn from`, () => {
      const read = readHtml(page.html, page.url);
      expect(read?.reader).toBe('generic');
      const view = read!.view;
      expect(view.pupils).toHaveLength(12);
      expect(marks(view)).toEqual(expectedMarks(12));
      if (page.name.includes('handsontable')) {
        // Handsontable declares aria-rowcount="-1" (total unknown): honest, so never complete.
        expect(view.complete).toBe(false);
        expect(view.problems.map((p) => p.where)).toEqual([IN_VIEW_ONLY]);
      } else {
        expect(view.problems).toEqual([]);
        expect(view.complete).toBe(true);
      }
    });
  }

  it('ag-grid on an address that is not Arbor’s: the Arbor reader claims it on its signature, fails, and the generic reader’s complete read wins', () => {
    const page = pages.find((p) => p.name === 'grids/ag-grid-36.html')!;
    // An Arbor brand mark, and day groups that name only the weekday (the week is in the heading):
    // the Arbor reader claims the page on signature alone and cannot date the columns.
    const html = page.html.replace('<main>', '<main><div id="react-container"></div>').replace(/(Mon|Tue|Wed|Thu|Fri) \d\d\/09/g, '$1');
    const doc = parse(html);
    expect(arbor.detect(doc, page.url)).toBe(0.5);
    const own = arbor.read(doc, page.url).view;
    expect(own.complete).toBe(false);
    // Without the generic reader at hand (the content script loads it on demand), the read says so.
    expect(readPage(doc, page.url, () => true, [])?.wantsFallback).toBe(true);
    const got = readPage(doc, page.url, () => true, [genericReader]);
    expect(got?.reader.id).toBe('generic');
    expect(got?.wantsFallback).toBe(false);
    expect(got?.result.view.complete).toBe(true);
    expect(marks(got!.result.view)).toEqual(expectedMarks(12));
    // On Arbor's own address the Arbor reader's problems stand: no fallback.
    const onArbor = readPage(doc, new URL('https://example-school.uk.arbor.sc/?/attendance'), () => true, [genericReader])!;
    expect(onArbor.reader.id).toBe('arbor');
    expect(onArbor.result.view.complete).toBe(false);
  });
});
