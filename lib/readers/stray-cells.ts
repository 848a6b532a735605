/**
 * The light part of accounting for stray grid content (account.ts), run by every reader of an ARIA
 * grid (read-grid.ts for the MIS readers, generic/stray.ts adds the rest for the generic reader): a
 * body cell with anything in it that sits in no row the grid was read into (its row lost its role).
 * Whatever it shows belongs to no pupil the reader found; a forename alone is not name-like, so the
 * cell is tested, not its words. Kept small: it runs in the MIS content script on every page.
 */
import type { Unaccounted } from './account';
import type { LogicalGrid } from './table-grid';
import { clean } from './text';

const CELL = /^(?:gridcell|cell|rowheader)$/;

/** Records `el` when it is a cell with text (the caller has already set placed cells aside). */
export function strayCell(el: Element, out: Unaccounted[]): boolean {
  if (!CELL.test(el.getAttribute('role') ?? '') || out.length >= 3) return false;
  const t = clean(el.textContent);
  if (t) out.push({ where: 'grid', what: `"${t.slice(0, 40)}" is in a grid cell but in no row or cell it could read (a row without its role)` });
  return !!t;
}

/** Cells of an ARIA grid with text that sit in no row read. */
export function strayCells(grid: LogicalGrid): Unaccounted[] {
  if (grid.root.tagName === 'TABLE') return [];
  const placed = new Set<Element>(grid.cellEls);
  for (const r of [...grid.header, ...grid.body]) for (const c of r.cells) if (c) placed.add(c);
  const out: Unaccounted[] = [];
  for (const el of Array.from(grid.root.querySelectorAll('[role]'))) if (!placed.has(el) && !el.closest('[aria-hidden="true"], [hidden]')) strayCell(el, out);
  return out;
}
