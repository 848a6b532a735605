/**
 * The four page kinds every MIS has, built from one reader's settings: where its content lives,
 * how it draws marks and badges, where it keeps pupil ids, and its explicit code mapping. An MIS
 * reader file is then its URL predicates, its brand, its mapping and these settings — plus any page
 * of its own that does not fit.
 */
import type { MisMapping } from './codes-map';
import { yearContextFrom, type YearContext } from './dates';
import type { MarkSelectors } from './mark-cell';
import { textOutside, type MisPage } from './mis-reader';
import { findTable, isHistoryTable, isMarksGridTable, isPupilListTable, isTakeRegisterTable } from './page-kinds';
import { readGrid } from './read-grid';
import { readerPart } from './reader-parts';
import { readRegisterList, registerContext } from './read-register-list';
import { applyRegisterGroup } from './register-group';
import { clean } from './text';
import type { ViewBuilder } from './view-builder';

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

/** The text of the page's headings (an MIS's `heading` selector), joined. */
export function headingText(doc: Document, selector: string): string {
  return clean(Array.from(doc.querySelectorAll(selector), (e) => e.textContent).join(' · '));
}

/** A register's pupils take the group its heading or title names (register-group.ts). */
function groupFromHeading(doc: Document, s: StandardSettings, b: ViewBuilder): void {
  applyRegisterGroup(b, headingText(doc, s.heading), doc.title);
}

function year(doc: Document, root: Element): YearContext {
  return yearContextFrom(textOutside(doc, root));
}

/** Date and session of a take-register page, or a failure saying which is missing. */
function registerSession(doc: Document, root: Element, s: StandardSettings, b: ViewBuilder): { date: string; session: 'AM' | 'PM' } | undefined {
  const ctx = registerContext(headingText(doc, s.heading), year(doc, root));
  if (!ctx.date) b.fail('page heading', ctx.problem ?? 'the register heading gives no date');
  if (!ctx.session) b.fail('page heading', 'the register heading says neither AM nor PM');
  return ctx.date && ctx.session ? { date: ctx.date, session: ctx.session } : undefined;
}

export function standardPages(s: StandardSettings): MisPage[] {
  const common = { mapping: s.mapping, marks: s.marks, badges: s.badges, idAttrs: s.idAttrs };
  const cardPages: MisPage[] = [];
  if (s.cards) {
    const cards = s.cards;
    cardPages.push({
      kind: 'take-register',
      find: (doc) => {
        const list = scopeOf(doc, s).querySelector(cards.list);
        return list && list.querySelector(cards.card) ? list : null;
      },
      read: (root, doc, _url, b) => {
        const at = registerSession(doc, root, s, b);
        if (!at) return;
        readRegisterList(Array.from(root.querySelectorAll(cards.card)), b, {
          ...at,
          ...common,
          marks: { ...s.marks, mark: cards.mark },
          name: cards.name,
        });
        groupFromHeading(doc, s, b);
      },
    });
  }
  // Every page kind on <table>s first, then on ARIA grids (a full scan), so a table page pays for no scan.
  const tableKinds = (among: 'table' | 'aria'): MisPage[] => [
    {
      kind: 'take-register',
      find: (doc) => findTable(scopeOf(doc, s), isTakeRegisterTable, among),
      read: (root, doc, _url, b) => {
        const at = registerSession(doc, root, s, b);
        if (!at) return;
        b.view.context.date = at.date;
        b.view.context.session = at.session;
        readGrid(root, b, { ...common, sessions: true, columns: { year: year(doc, root), ...at } });
        groupFromHeading(doc, s, b);
      },
    },
    {
      kind: 'marks-grid',
      find: (doc) => findTable(scopeOf(doc, s), isMarksGridTable, among),
      read: (root, doc, _url, b) => {
        const y = year(doc, root);
        readGrid(root, b, { ...common, sessions: true, columns: { year: y } });
        const dates = b.view.sessions.map((x) => x.date).sort();
        if (dates.length) {
          b.view.context.from = dates[0];
          b.view.context.to = dates[dates.length - 1];
        }
        groupFromHeading(doc, s, b);
      },
    },
    {
      kind: 'pupil-history',
      // Read by the `history` part (history-page.ts), loaded on demand: most pages are not histories.
      part: 'history',
      find: (doc) => findTable(scopeOf(doc, s), isHistoryTable, among),
      read: (root, doc, url, b) => {
        const history = readerPart('history');
        if (history) history.readHistoryPage(root, doc, url, b, s, year(doc, root));
        else b.fail('page', 'the pupil history reader is not loaded yet');
      },
    },
    {
      kind: 'pupil-list',
      find: (doc) => findTable(scopeOf(doc, s), isPupilListTable, among),
      read: (root, doc, _url, b) => readGrid(root, b, { ...common, sessions: false, columns: { year: year(doc, root) } }),
    },
  ];
  // Card lists after tables (a card page has no register table), before the full scan for ARIA grids.
  return [...tableKinds('table'), ...cardPages, ...tableKinds('aria')];
}
