import { isKnownCode } from '../../engine/codes';
import { CELL, GRID, ROW } from './cells';

/**
 * A cheap guess, for pages no reader recognises, at whether the page holds a register worth
 * offering "Teach this page" for: a table or grid with at least two rows that each hold three or
 * more cells reading as attendance codes (or a mark drop-down). Timetables, contact lists and mark
 * books do not pass; a false positive costs only a quiet, dismissable notice.
 */
const MAX_GRIDS = 20;
const MAX_ROWS = 40;

function codeLike(cell: Element): boolean {
  if (cell.querySelector('select')) return true;
  const text = (cell.textContent ?? '').trim();
  return text.length > 0 && text.length <= 3 && isKnownCode(text);
}

export function registerGrid(doc: Document): Element | undefined {
  for (const grid of Array.from(doc.querySelectorAll(GRID)).slice(0, MAX_GRIDS)) {
    let rows = 0;
    for (const row of Array.from(grid.querySelectorAll(ROW)).slice(0, MAX_ROWS)) {
      let codes = 0;
      for (const c of Array.from(row.children)) if (c.matches(CELL) && codeLike(c)) codes++;
      if (codes >= 3 && ++rows >= 2) return grid;
    }
  }
  return undefined;
}

export function looksLikeRegister(doc: Document): boolean {
  return registerGrid(doc) !== undefined;
}
