/**
 * The four page kinds every MIS has, built from one reader's settings: where its content lives,
 * how it draws marks and badges, where it keeps pupil ids, and its explicit code mapping. An MIS
 * reader file is then its URL predicates, its brand, its mapping and these settings — plus any page
 * of its own that does not fit.
 *
 * Only the pages' signatures are here: their reads are on-demand parts of the MIS content script
 * (the tables and cards: grid-reads.ts, the `grid` part; a pupil's history: history-page.ts, the
 * `history` part), so a page that is none of these loads no reader code.
 */
import type { MisMapping } from './codes-map';
import type { MarkSelectors } from './mark-cell';
import type { MisPage } from './mis-reader';
import { findTable, isHistoryTable, isMarksGridTable, isPupilListTable, isTakeRegisterTable } from './page-kinds';
import { readerPart, type GridPart } from './reader-parts';
import type { ViewBuilder } from './view-builder';

export { headingText } from './text';

export interface CardLayout {
  /** The list holding one card per pupil. */
  list: string;
  /** One pupil's card, inside the list. */
  card: string;
  /** The pupil's name, inside a card. */
  name: string;
  /** The mark control area inside a card (so the name and other buttons are not read as the mark). */
  mark: string;
}

export interface StandardSettings {
  /** Where the page's own content lives (not navigation), e.g. `main`; the whole document by default. */
  scope?: string;
  /** Elements whose text gives a take-register page its date and session (headings, subtitles). */
  heading: string;
  mapping?: MisMapping;
  marks?: MarkSelectors;
  badges?: string;
  idAttrs?: readonly string[];
  /** Take-register pages drawn as cards rather than a table. */
  cards?: CardLayout;
  /** The pupil's MIS id on a one-pupil page (from the URL). */
  pupilIdFromUrl?: (url: URL) => string | undefined;
}

function scopeOf(doc: Document, s: StandardSettings): ParentNode {
  return (s.scope && doc.querySelector(s.scope)) || doc;
}

/** Reads with the `grid` part, or says it is not loaded yet (the content script loads it and reads again). */
export function withGrid(b: ViewBuilder, read: (grid: GridPart) => void): void {
  const grid = readerPart('grid');
  if (grid) read(grid);
  else b.fail('page', 'the register reader is not loaded yet');
}

export function standardPages(s: StandardSettings): MisPage[] {
  const cardPages: MisPage[] = [];
  if (s.cards) {
    const cards = s.cards;
    cardPages.push({
      kind: 'take-register',
      find: (doc) => {
        const list = scopeOf(doc, s).querySelector(cards.list);
        return list && list.querySelector(cards.card) ? list : null;
      },
      part: 'grid',
      read: (root, doc, _url, b) => withGrid(b, (g) => g.readTakeRegisterCards(root, doc, b, s, cards)),
    });
  }
  // Every page kind on <table>s first, then on ARIA grids (a full scan), so a table page pays for no scan.
  const tableKinds = (among: 'table' | 'aria'): MisPage[] => [
    {
      kind: 'take-register',
      find: (doc) => findTable(scopeOf(doc, s), isTakeRegisterTable, among),
      part: 'grid',
      read: (root, doc, _url, b) => withGrid(b, (g) => g.readTakeRegisterTable(root, doc, b, s)),
    },
    {
      kind: 'marks-grid',
      find: (doc) => findTable(scopeOf(doc, s), isMarksGridTable, among),
      part: 'grid',
      read: (root, doc, _url, b) => withGrid(b, (g) => g.readMarksGridTable(root, doc, b, s)),
    },
    {
      kind: 'pupil-history',
      // Read by the `history` part (history-page.ts), loaded on demand: most pages are not histories.
      part: 'history',
      find: (doc) => findTable(scopeOf(doc, s), isHistoryTable, among),
      read: (root, doc, url, b) => {
        const history = readerPart('history');
        if (history) history.readHistoryPage(root, doc, url, b, s);
        else b.fail('page', 'the pupil history reader is not loaded yet');
      },
    },
    {
      kind: 'pupil-list',
      find: (doc) => findTable(scopeOf(doc, s), isPupilListTable, among),
      part: 'grid',
      read: (root, doc, _url, b) => withGrid(b, (g) => g.readPupilListTable(root, doc, b, s)),
    },
  ];
  // Card lists after tables (a card page has no register table), before the full scan for ARIA grids.
  return [...tableKinds('table'), ...cardPages, ...tableKinds('aria')];
}
