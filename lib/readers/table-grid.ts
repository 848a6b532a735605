/**
 * Turns a `<table>` or an ARIA grid (`role="grid"`/`"table"` with `role="row"` children) into a
 * logical matrix: header rows with colspan/rowspan expanded, so every column knows all the header
 * texts above it ("Mon 08/09" over "AM"), and body rows with one cell per column.
 *
 * Structure only: no layout, so it works the same in linkedom as in the browser.
 */
import { clean } from './text';

export interface LogicalRow {
  el: Element;
  /** One entry per logical column; undefined where the row has no cell there. */
  cells: (Element | undefined)[];
  /** True when the cell at this column is the top-left origin of its (spanning) element. */
  origin: boolean[];
}

export interface LogicalGrid {
  root: Element;
  header: LogicalRow[];
  body: LogicalRow[];
  width: number;
  /** ARIA grids: every cell element the grid was read from, including pane duplicates it set aside. */
  cellEls?: Set<Element>;
  /** ARIA grids: cells that claim a place another cell with other words holds (two rows sharing an index). */
  clashes?: Element[];
  /** A header cell's words, when the reader reads nested column groups (see AriaLayout). */
  label?: (cell: Element) => string;
}

const CELL_ROLES = new Set(['gridcell', 'cell', 'columnheader', 'rowheader']);

function isCell(el: Element): boolean {
  if (!el.hasAttributes()) return el.tagName === 'TD' || el.tagName === 'TH';
  const role = el.getAttribute('role');
  if (role) return CELL_ROLES.has(role);
  return el.tagName === 'TD' || el.tagName === 'TH';
}

export function isHeaderCell(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role) return role === 'columnheader';
  return el.tagName === 'TH' && el.getAttribute('scope') !== 'row';
}

function spanOf(el: Element, attr: 'colspan' | 'rowspan'): number {
  if (!el.hasAttributes()) return 1;
  const n = Number(el.getAttribute(attr) ?? el.getAttribute(`aria-${attr}`) ?? 1);
  return Number.isInteger(n) && n > 0 && n < 100 ? n : 1;
}

/** The rows of this grid, not of grids nested inside it. */
export function rowsOf(root: Element): Element[] {
  if (root.tagName === 'TABLE') {
    // A table's own rows are its children or its sections' children: no search, no nested tables.
    const rows: Element[] = [];
    for (const child of Array.from(root.children)) {
      if (child.tagName === 'TR') rows.push(child);
      else if (child.tagName === 'THEAD' || child.tagName === 'TBODY' || child.tagName === 'TFOOT') {
        for (const r of Array.from(child.children)) if (r.tagName === 'TR') rows.push(r);
      }
    }
    return rows;
  }
  const owner = '[role="grid"],[role="table"],[role="treegrid"],table:not([role="presentation"]):not([role="none"])';
  const all = Array.from(root.querySelectorAll('[role="row"]'));
  // Only filter out rows of nested grids when there are any (rare, and the check costs a walk per row).
  if (!root.querySelector(owner)) return all;
  return all.filter((r) => r.parentElement?.closest(owner) === root);
}

export function cellsOf(row: Element): Element[] {
  // Cells may be wrapped (a div grid with a frozen-name wrapper), so look one level deeper when needed.
  const direct: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (isCell(c)) direct.push(c);
  if (direct.length) return direct;
  return Array.from(row.querySelectorAll('*')).filter((c) => isCell(c) && c.closest('[role="row"],tr') === row);
}

export function isHeaderRow(row: Element, cells: Element[]): boolean {
  if (row.parentElement?.tagName === 'THEAD') return true;
  if (row.closest('[role="rowgroup"][data-header], [role="rowgroup"].header')) return true;
  return cells.length > 0 && cells.every(isHeaderCell);
}

/** A cell to place: its element, spans, and the column its aria-colindex names (0-based), if any. */
export interface Placed {
  el: Element;
  cs: number;
  rs: number;
  col?: number;
}
export interface SourceRow {
  el: Element;
  cells: Placed[];
  header: boolean;
}

export function spans(el: Element): Placed {
  return { el, cs: spanOf(el, 'colspan'), rs: spanOf(el, 'rowspan') };
}

/**
 * How the generic reader reads ARIA grids that need more than rows of cells (generic/aria-layout.ts:
 * rows split across panes joined by aria-rowindex, cells placed by aria-colindex, nested column
 * groups). Left out of the MIS content script, which reads rows of cells in order.
 */
export interface AriaLayout {
  rows(root: Element): SourceRow[];
  /** A header cell's own words (without columns it nests). */
  label(cell: Element): string;
}

function plainRows(root: Element): SourceRow[] {
  return rowsOf(root).map((el) => {
    const cells = cellsOf(el);
    return { el, cells: cells.map(spans), header: isHeaderRow(el, cells) };
  });
}

export function logicalGrid(root: Element, layout?: AriaLayout): LogicalGrid {
  const header: LogicalRow[] = [];
  const body: LogicalRow[] = [];
  // Cells carried down from rowspans above: column → [element, rows left].
  const carry = new Map<number, [Element, number]>();
  let width = 0;
  let inBody = false;
  const aria = root.tagName !== 'TABLE';
  const source: SourceRow[] = aria
    ? (layout?.rows(root) ?? plainRows(root))
    : plainRows(root);
  for (const src of source) {
    const rowEl = src.el;
    const row: LogicalRow = { el: rowEl, cells: [], origin: [] };
    // In an ARIA grid, aria-rowspan only describes; a row that still draws a cell in every column
    // (a placeholder under a spanning header) takes no carried cells.
    if (aria && carry.size && width > 0 && src.cells.reduce((n, c) => n + c.cs, 0) >= width) carry.clear();
    let col = 0;
    const place = (): void => {
      while (carry.has(col)) {
        const [el, left] = carry.get(col)!;
        row.cells[col] = el;
        row.origin[col] = false;
        if (left <= 1) carry.delete(col);
        else carry.set(col, [el, left - 1]);
        col++;
      }
    };
    for (const cell of src.cells) {
      // A column the grid numbers itself (aria-colindex, read by the generic reader's layout).
      if (cell.col !== undefined) col = cell.col;
      else place();
      for (let i = 0; i < cell.cs; i++) {
        row.cells[col + i] = cell.el;
        row.origin[col + i] = i === 0;
        if (cell.rs > 1) carry.set(col + i, [cell.el, cell.rs - 1]);
      }
      col += cell.cs;
    }
    place();
    width = Math.max(width, row.cells.length);
    // Header rows come first; once a body row is seen, later all-th rows (e.g. group captions) stay body.
    if (!inBody && src.header) header.push(row);
    else {
      inBody = true;
      body.push(row);
    }
  }
  const grid: LogicalGrid = { root, header, body, width };
  if (layout) grid.label = layout.label;
  return grid;
}

/** Header texts above a column, top to bottom, with repeats (from spans) removed. */
export function headerTexts(grid: LogicalGrid, col: number): { texts: string[]; cells: Element[] } {
  const texts: string[] = [];
  const cells: Element[] = [];
  for (const row of grid.header) {
    const c = row.cells[col];
    if (!c || cells.includes(c)) continue;
    cells.push(c);
    texts.push(grid.label ? grid.label(c) : clean(c.textContent));
  }
  return { texts, cells };
}

/**
 * Two tables drawn side by side as one grid (a frozen name column beside a scrolling marks area):
 * rows joined by position, the left table's row element standing for the pupil's row. Undefined when
 * the two do not have the same number of body rows (then they cannot be one grid).
 */
export function joinGrids(left: LogicalGrid, right: LogicalGrid): LogicalGrid | undefined {
  if (left.body.length !== right.body.length) return undefined;
  const pad = <T>(xs: T[], n: number, fill: T): T[] => [...xs, ...Array<T>(Math.max(0, n - xs.length)).fill(fill)].slice(0, n);
  const join = (a: LogicalRow | undefined, b: LogicalRow | undefined, el: Element): LogicalRow => ({
    el,
    cells: [...pad(a?.cells ?? [], left.width, undefined), ...pad(b?.cells ?? [], right.width, undefined)],
    origin: [...pad(a?.origin ?? [], left.width, false), ...pad(b?.origin ?? [], right.width, false)],
  });
  const header: LogicalRow[] = [];
  for (let i = 0; i < Math.max(left.header.length, right.header.length); i++) {
    header.push(join(left.header[i], right.header[i], (left.header[i] ?? right.header[i])!.el));
  }
  const body = left.body.map((row, i) => join(row, right.body[i], row.el));
  return { root: left.root, header, body, width: left.width + right.width };
}
