/**
 * "Teach this page": the user points at a pupil's name and at one of their marks; we remember where
 * the grid is (a plain, serialisable mapping, saved per site and path) and replay it on later visits.
 *
 * Elements are found again by a stable anchor (an id that does not look generated, or a unique
 * aria-label) and a short path of `tag:nth-of-type` steps below it, never by class names. Columns are
 * logical (colspans expanded), so a grid whose header cells span is replayed correctly.
 *
 * Dates come from the headers when they say them (layout "headers"); otherwise from the date the user
 * gave for the first mark column, counting school days Monday to Friday (the mapping knows nothing of
 * holidays: a grid that skips a holiday must have dated headers, or be taught from a later column).
 */
import { addDays, weekdayOf } from '../dates';
import type { LogicalGrid } from '../table-grid';
import { genericGrid } from './aria-layout';
import { readTaughtCards, readTaughtCertificate } from './taught-layouts';
import { locatorFor, resolveLocator, type NodeLocator } from './locator';
import { clean } from '../text';
import type { ReadResult } from '../view';
import { ViewBuilder } from '../view-builder';
import { planGrid, readGrid, type MarkColumn } from './grid-read';
import { gridRoles, promoteHeaderRows } from './roles';
import { genericCode, readCell, splitDayPair } from './mark-code';
import { pageContext } from './page-context';
import { joinGrids } from './split';

export { locatorFor, resolveLocator, type NodeLocator } from './locator';

export type TaughtLayout = 'headers' | 'am-pm' | 'day-pair' | 'am' | 'pm';

/** A grid: names in a column, a pupil's marks in the same row (or the row of a pane beside it). */
export interface GridMapping {
  version: 1;
  /** Absent in mappings saved before other kinds existed. */
  kind?: 'grid';
  /** The table or grid holding the name column. */
  names: NodeLocator;
  /** The table or grid holding the marks (the same as `names` unless the grid is split in two). */
  marks: NodeLocator;
  nameColumn: number;
  /** Logical column of the first mark, within the marks grid. */
  firstMarkColumn: number;
  /** ISO date of the first mark column, when the headers do not say it. */
  firstDate?: string;
  layout: TaughtLayout;
}

/** A registration certificate: one pupil, named somewhere in the page; rows of weeks, columns of days. */
export interface CertificateMapping {
  version: 1;
  kind: 'certificate';
  /** The weeks × days grid. */
  grid: NodeLocator;
  /** The element naming the pupil (read afresh on every visit: each visit may show another pupil). */
  pupil: NodeLocator;
}

/** The date of a card register the page does not date: the day it is read, or one fixed date. */
export type CardsDate = 'today' | string;
/** The session of a card register the page does not name: fixed, or by the time it is read. */
export type CardsSession = 'AM' | 'PM' | 'by-time';

/** A take-register list of pupil cards, a name and a mark each; date and session from the headings. */
export interface CardsMapping {
  version: 1;
  kind: 'cards';
  /** The element whose children are the cards. */
  list: NodeLocator;
  /** The card the user taught from: its tag, and the path from it to the pupil's name (every card alike). */
  card?: { tag: string; name: [string, number][] };
  /** Only when the page's headings do not say it (the user answered). */
  date?: CardsDate;
  session?: CardsSession;
}

export type TaughtMapping = GridMapping | CertificateMapping | CardsMapping;

export const TAUGHT_READER_ID = 'taught';
export const TAUGHT_CONFIDENCE = 0.95;
export const CELL = 'td, th, [role="gridcell"], [role="cell"], [role="rowheader"], [role="columnheader"]';
export const ROOT = 'table, [role="grid"], [role="table"], [role="treegrid"]';

function columnOf(grid: LogicalGrid, cell: Element): number {
  for (const row of [...grid.body, ...grid.header]) {
    const k = row.cells.indexOf(cell);
    if (k >= 0) return k;
  }
  return -1;
}

function place(el: Element): { cell: Element; root: Element; grid: LogicalGrid; col: number } {
  const cell = el.closest(CELL);
  const root = cell?.closest(ROOT);
  if (!cell || !root) throw new Error('Point at a cell of the register table (a name, then a mark).');
  const grid = promoteHeaderRows(genericGrid(root));
  const col = columnOf(grid, cell);
  if (col < 0) throw new Error('That cell is not part of the table’s rows.');
  return { cell, root, grid, col };
}

/**
 * A mapping from the two cells the user clicked: a pupil's name and one of their marks (the first
 * mark column is taken to be the clicked one). `firstDate` is the date of that column when the
 * headers do not say it; `layout` says how columns map to sessions when dating from `firstDate`.
 */
export function mappingFromElements(nameCell: Element, markCell: Element, firstDate?: string, layout?: Exclude<TaughtLayout, 'headers'>): GridMapping {
  const n = place(nameCell);
  const m = place(markCell);
  const mapping: GridMapping = {
    version: 1,
    names: locatorFor(n.root),
    marks: locatorFor(m.root),
    nameColumn: n.col,
    firstMarkColumn: m.col,
    layout: layout ?? 'am-pm',
  };
  if (firstDate) mapping.firstDate = firstDate;
  else {
    // No date given: the headers must date the columns.
    const page = pageContext(nameCell.ownerDocument);
    const role = gridRoles(m.grid, page).roles[m.col];
    const plan = planGrid(m.grid, page);
    if (role?.kind === 'session' || plan.marks.some((x) => x.col === m.col)) mapping.layout = 'headers';
  }
  return mapping;
}

/** School day number k (0-based) counted from `first`, Monday to Friday. */
function schoolDay(first: string, k: number): string {
  let d = first;
  // A first date on a weekend starts on the next Monday.
  while (weekdayOf(d) > 4) d = addDays(d, 1);
  for (let i = 0; i < k; i++) {
    d = addDays(d, 1);
    while (weekdayOf(d) > 4) d = addDays(d, 1);
  }
  return d;
}

/** True when most filled cells of a column read as marks (so trailing totals columns stop the grid). */
function markLike(grid: LogicalGrid, col: number, pair: boolean, date: string): boolean {
  let ok = 0;
  let filled = 0;
  for (const row of grid.body) {
    const cell = row.cells[col];
    if (!cell) continue;
    const text = clean(cell.textContent);
    if (pair) {
      if (!text) continue;
      filled++;
      if (splitDayPair(text)) ok++;
      continue;
    }
    const raw = readCell(cell);
    if (!raw || (raw.value === '' && raw.text === '')) continue;
    filled++;
    const f = genericCode(raw, 'AM', date);
    if (!f.unknown && !f.unreadable) ok++;
  }
  return filled === 0 || ok / filled >= 0.5;
}

function datedColumns(grid: LogicalGrid, first: number, mapping: GridMapping): MarkColumn[] {
  const out: MarkColumn[] = [];
  const start = mapping.firstDate!;
  for (let col = first, k = 0; col < grid.width; col++, k++) {
    const pair = mapping.layout === 'day-pair';
    if (!markLike(grid, col, pair, start)) break;
    if (mapping.layout === 'am-pm') out.push({ col, date: schoolDay(start, Math.floor(k / 2)), session: k % 2 === 0 ? 'AM' : 'PM' });
    else if (pair) out.push({ col, date: schoolDay(start, k), pair: true });
    else out.push({ col, date: schoolDay(start, k), session: mapping.layout === 'am' ? 'AM' : 'PM' });
  }
  return out;
}

/** Replays a taught mapping on a page. `now` dates a card register taught as "the day it is read". */
export function readTaught(doc: Document, mapping: TaughtMapping, readerId = TAUGHT_READER_ID, now: Date = new Date()): ReadResult {
  if (mapping.kind === 'certificate') return readTaughtCertificate(doc, mapping, readerId);
  if (mapping.kind === 'cards') return readTaughtCards(doc, mapping, readerId, now);
  return readTaughtGrid(doc, mapping, readerId);
}

/** The grid it points at, read with the user's columns. */
function readTaughtGrid(doc: Document, mapping: GridMapping, readerId: string): ReadResult {
  const namesRoot = resolveLocator(doc, mapping.names);
  const marksRoot = resolveLocator(doc, mapping.marks);
  if (!namesRoot || !marksRoot) {
    const b = new ViewBuilder(readerId, 0, 'marks-grid');
    b.fail('page', 'the table this page was taught with is not on the page (its layout may have changed)');
    return b.build();
  }
  const names = promoteHeaderRows(genericGrid(namesRoot));
  const same = namesRoot === marksRoot;
  const grid = same ? names : joinGrids(names, promoteHeaderRows(genericGrid(marksRoot)));
  if (!grid) {
    const b = new ViewBuilder(readerId, 0, 'marks-grid');
    b.fail('page', 'the name and mark halves of the taught table no longer have the same rows');
    return b.build();
  }
  const first = mapping.firstMarkColumn + (same ? 0 : names.width);
  const page = pageContext(doc);
  const given = gridRoles(grid, page);
  let plan = planGrid(grid, page, given, mapping.nameColumn);
  if (mapping.layout === 'headers') {
    plan = { ...plan, marks: plan.marks.filter((m) => m.col >= first), bad: plan.bad.filter((x) => x.col >= first) };
  } else if (mapping.firstDate) {
    plan = { ...plan, marks: datedColumns(grid, first, mapping), bad: [] };
  } else {
    plan = { ...plan, marks: [], bad: [{ col: first, header: `column ${first + 1}`, reason: 'the headers give no dates: the date of the first mark column is needed' }] };
  }
  const read = readGrid(plan, page, readerId);
  const { view } = read.builder;
  view.confidence = read.stats.nameRows > 0 ? TAUGHT_CONFIDENCE : 0;
  if (view.marks.length && view.kind !== 'take-register') {
    const dates = view.marks.map((m) => m.date).sort();
    view.context.from = dates[0]!;
    view.context.to = dates[dates.length - 1]!;
  }
  const out = read.builder.build();
  return read.columns ? { ...out, columns: read.columns } : out;
}
