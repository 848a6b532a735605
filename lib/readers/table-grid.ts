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

export function placed(el: Element, cs = spanOf(el, 'colspan'), rs = spanOf(el, 'rowspan')): Placed {
  const i = el.hasAttributes() ? Number(el.getAttribute('aria-colindex')) : 0;
  return Number.isInteger(i) && i > 0 && i < 10000 ? { el, cs, rs, col: i - 1 } : { el, cs, rs };
}

/**
 * What a reader adds for ARIA grids drawn without layout-free row structure (the generic reader's
 * generic/aria-layout.ts): nested column groups, header cells in no row, panes without row indexes.
 * Left out of the MIS content script, which reads only the common structure below.
 */
export interface AriaLayout {
  nested(row: Element): SourceRow[] | undefined;
  orphans(root: Element): SourceRow | undefined;
  panes(rows: SourceRow[]): SourceRow[];
  /** A header cell's own words (without columns it nests). */
  label(cell: Element): string;
}

/**
 * An ARIA grid's rows, read by its own ARIA where layout would otherwise be needed: rows sharing an
 * `aria-rowindex` (a pinned names pane and a scrolling marks pane) are one row, and cells go to the
 * column their `aria-colindex` names.
 */
function ariaRows(root: Element, layout?: AriaLayout): SourceRow[] {
  const rows: SourceRow[] = [];
  const orphans = layout?.orphans(root);
  if (orphans) rows.push(orphans);
  const byIndex = new Map<string, SourceRow>();
  let indexed = 0;
  for (const el of rowsOf(root)) {
    const nested = layout?.nested(el);
    if (nested) {
      rows.push(...nested);
      continue;
    }
    const cells = cellsOf(el);
    const idx = el.getAttribute('aria-rowindex');
    const same = idx ? byIndex.get(idx) : undefined;
    if (same) {
      // An empty pane's row takes its header-ness from the cells joined to it.
      same.header = (same.header || same.cells.length === 0) && cells.every(isHeaderCell) && same.cells.length + cells.length > 0;
      same.cells.push(...cells.map((c) => placed(c)));
      continue;
    }
    const row: SourceRow = { el, cells: cells.map((c) => placed(c)), header: isHeaderRow(el, cells) };
    if (idx) {
      byIndex.set(idx, row);
      indexed++;
    }
    rows.push(row);
  }
  const live = rows.filter((r) => r.cells.length > 0);
  if (indexed === live.length && indexed > 1) {
    const at = (r: SourceRow): number => Number(r.el.getAttribute('aria-rowindex')) || 0;
    live.sort((a, b) => Number(b.header) - Number(a.header) || at(a) - at(b));
  }
  return indexed || !layout ? live : layout.panes(live);
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
    ? ariaRows(root, layout)
    : rowsOf(root).map((el) => {
        const cells = cellsOf(el);
        return { el, cells: cells.map((c) => ({ el: c, cs: spanOf(c, 'colspan'), rs: spanOf(c, 'rowspan') })), header: isHeaderRow(el, cells) };
      });
  const cellEls = aria ? new Set<Element>() : undefined;
  const clashes: Element[] = [];
  for (const src of source) {
    const rowEl = src.el;
    if (cellEls) for (const c of src.cells) cellEls.add(c.el);
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
      if (cell.col !== undefined) {
        // A column the grid numbers itself; an empty placeholder under a spanning cell stays out, a
        // pane's duplicate with the same words is the same cell, and one with other words is a clash.
        const there = row.cells[cell.col];
        if (there && there !== cell.el) {
          const words = clean(cell.el.textContent);
          if (!words || words === clean(there.textContent)) continue;
          clashes.push(cell.el);
        }
        col = cell.col;
      } else place();
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
  if (cellEls) grid.cellEls = cellEls;
  if (clashes.length) grid.clashes = clashes;
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
