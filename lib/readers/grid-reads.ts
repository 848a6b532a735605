/**
 * The reads of the page kinds every MIS shares that are drawn as a table or a list of cards (take
 * register, marks grid, pupil list; standard-pages.ts) and Bromcom's split marks grid: the table and
 * mark-cell readers behind them are most of the readers' code, which a page that is not one of these
 * does not need. So the MIS content script carries only these pages' signatures and loads the reads
 * on demand as the `grid` part (lib/content/parts.ts, entrypoints/mis-grid.ts); the background
 * injects it at once into a page that drew badges before. Tools, tests and the read-page seam have it
 * at hand at once (parts-now.ts).
 */
import { yearContextFrom, type YearContext } from './dates';
import type { MarkSelectors } from './mark-cell';
import { textOutside } from './mis-reader';
import { misIdOf } from './pupil-row';
import { readGrid } from './read-grid';
import { readRegisterList, registerContext } from './read-register-list';
import { applyRegisterGroup } from './register-group';
import type { CardLayout, StandardSettings } from './standard-pages';
import { joinGrids, logicalGrid } from './table-grid';
import { headingText } from './text';
import type { ViewBuilder } from './view-builder';

const common = (s: StandardSettings) => ({ mapping: s.mapping, marks: s.marks, badges: s.badges, idAttrs: s.idAttrs });

/** The year the page's dates belong to, from the page's text outside the register. */
function year(doc: Document, root: Element): YearContext {
  return yearContextFrom(textOutside(doc, root));
}

/** A register's pupils take the group its heading or title names (register-group.ts). */
function groupFromHeading(doc: Document, s: StandardSettings, b: ViewBuilder): void {
  applyRegisterGroup(b, headingText(doc, s.heading), doc.title);
}

/** Date and session of a take-register page, or a failure saying which is missing. */
function registerSession(doc: Document, root: Element, s: StandardSettings, b: ViewBuilder): { date: string; session: 'AM' | 'PM' } | undefined {
  const ctx = registerContext(headingText(doc, s.heading), year(doc, root));
  if (!ctx.date) b.fail('page heading', ctx.problem ?? 'the register heading gives no date');
  if (!ctx.session) b.fail('page heading', 'the register heading says neither AM nor PM');
  return ctx.date && ctx.session ? { date: ctx.date, session: ctx.session } : undefined;
}

function readTakeRegisterCards(root: Element, doc: Document, b: ViewBuilder, s: StandardSettings, cards: CardLayout): void {
  const at = registerSession(doc, root, s, b);
  if (!at) return;
  readRegisterList(Array.from(root.querySelectorAll(cards.card)), b, {
    ...at,
    ...common(s),
    marks: { ...s.marks, mark: cards.mark },
    name: cards.name,
  });
  groupFromHeading(doc, s, b);
}

function readTakeRegisterTable(root: Element, doc: Document, b: ViewBuilder, s: StandardSettings): void {
  const at = registerSession(doc, root, s, b);
  if (!at) return;
  b.view.context.date = at.date;
  b.view.context.session = at.session;
  readGrid(root, b, { ...common(s), sessions: true, columns: { year: year(doc, root), ...at } });
  groupFromHeading(doc, s, b);
}

/** A marks grid's date range: its first and last session. */
function dateRange(b: ViewBuilder): void {
  const dates = b.view.sessions.map((x) => x.date).sort();
  if (dates.length) {
    b.view.context.from = dates[0];
    b.view.context.to = dates[dates.length - 1];
  }
}

function readMarksGridTable(root: Element, doc: Document, b: ViewBuilder, s: StandardSettings): void {
  readGrid(root, b, { ...common(s), sessions: true, columns: { year: year(doc, root) } });
  dateRange(b);
  groupFromHeading(doc, s, b);
}

function readPupilListTable(root: Element, doc: Document, b: ViewBuilder, s: StandardSettings): void {
  readGrid(root, b, { ...common(s), sessions: false, columns: { year: year(doc, root) } });
}

export interface SplitGridSettings {
  heading: string;
  idAttrs: readonly string[];
  marks: MarkSelectors;
  /** Where a marks row names its own student (checked against the names row beside it). */
  rowStudentId: string;
}

/** A marks grid drawn as two tables side by side (frozen names, scrolling marks), joined by row position. */
function readSplitGrid(marks: Element, names: Element, doc: Document, b: ViewBuilder, s: SplitGridSettings): void {
  const left = logicalGrid(names);
  const right = logicalGrid(marks);
  const grid = joinGrids(left, right);
  if (!grid) {
    b.fail('table', `the names (${left.body.length} rows) and marks (${right.body.length} rows) halves do not line up`);
    return;
  }
  // Each marks row names its student: a row out of step with the names beside it is refused.
  grid.body.forEach((row, i) => {
    const id = misIdOf(row.el, s.idAttrs);
    const own = right.body[i]?.el.querySelector(s.rowStudentId)?.getAttribute('value');
    if (id && own && id !== own) b.fail(`row ${i + 1}`, `the marks row is for student ${own}, beside the name of student ${id}`);
  });
  readGrid(grid, b, { columns: { year: yearContextFrom(textOutside(doc, marks.parentElement?.parentElement ?? marks)) }, marks: s.marks, idAttrs: s.idAttrs, sessions: true });
  dateRange(b);
  applyRegisterGroup(b, headingText(doc, s.heading), doc.title);
}

export const gridReads = { readTakeRegisterCards, readTakeRegisterTable, readMarksGridTable, readPupilListTable, readSplitGrid };
export type GridPart = typeof gridReads;
