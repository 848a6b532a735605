/**
 * Finding and moving between table cells while teaching: the cell under the pointer, and arrow-key
 * moves for people who teach with the keyboard (cells are not focusable, so the highlight moves
 * instead of the focus). DOM order is enough here: the mapping itself is built by
 * `mappingFromElements`, which works in logical (colspan-expanded) columns.
 */
export const CELL = 'td, th, [role="gridcell"], [role="cell"], [role="rowheader"], [role="columnheader"]';
export const ROW = 'tr, [role="row"]';
export const GRID = 'table, [role="grid"], [role="table"], [role="treegrid"]';

export type Direction = 'up' | 'down' | 'left' | 'right';

/** The cell an element is in (the user may point at a link or an icon inside it). */
export function cellOf(el: Element): Element | undefined {
  return el.closest(CELL) ?? undefined;
}

/** A row's own cells: its children, or cells inside presentation wrappers (ag-grid 36 wraps pinned and scrolling cells). */
export function cellsOf(row: Element): Element[] {
  const direct = Array.from(row.children).filter((c) => c.matches(CELL));
  if (direct.length) return direct;
  return Array.from(row.querySelectorAll(CELL)).filter((c) => c.closest(ROW) === row);
}

function rowsOf(grid: Element): Element[] {
  // Rows of this grid only, not of a grid nested inside one of its cells.
  return Array.from(grid.querySelectorAll(ROW)).filter((r) => r.closest(GRID) === grid);
}

export function moveCell(cell: Element, dir: Direction): Element {
  const row = cell.closest(ROW);
  const grid = row?.closest(GRID);
  if (!row || !grid) return cell;
  const cells = cellsOf(row);
  const k = cells.indexOf(cell);
  if (dir === 'left') return cells[k - 1] ?? cell;
  if (dir === 'right') return cells[k + 1] ?? cell;
  const rows = rowsOf(grid);
  const step = dir === 'up' ? -1 : 1;
  for (let i = rows.indexOf(row) + step; i >= 0 && i < rows.length; i += step) {
    const other = cellsOf(rows[i]!);
    if (other.length) return other[Math.min(k, other.length - 1)] ?? cell;
  }
  return cell;
}

/** Where the keyboard highlight starts: the first body cell of the given grid, else of the first grid. */
export function firstCell(doc: Document, preferred?: Element): Element | undefined {
  const grids = preferred ? [preferred] : Array.from(doc.querySelectorAll(GRID));
  for (const g of grids) {
    for (const row of rowsOf(g)) {
      const cells = cellsOf(row);
      const body = cells.find((c) => c.tagName !== 'TH' && c.getAttribute('role') !== 'columnheader');
      if (body) return body;
    }
  }
  return undefined;
}

/** What a screen reader hears for the highlighted cell. */
export function describeCell(cell: Element): string {
  const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
  const control = cell.querySelector('select, input');
  const value = control instanceof HTMLSelectElement ? control.selectedOptions[0]?.textContent?.trim() : control instanceof HTMLInputElement ? control.value : undefined;
  const label = cell.querySelector('[aria-label], [title]');
  const said = text || value || label?.getAttribute('aria-label') || label?.getAttribute('title') || 'empty cell';
  return said.length > 60 ? `${said.slice(0, 57)}…` : said;
}
