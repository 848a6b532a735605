/**
 * What the user's two clicks (a pupil's name, then one of their marks) teach, by the layout they
 * point at — the layouts the generic reader knows:
 *  - a grid: the name and the mark in one row (panes joined by row index, as the reader joins them);
 *  - a certificate: the mark in a grid of weeks × weekdays, the name anywhere else on the page;
 *  - a card register: the mark in one of a list of pupil cards.
 * Anything else is refused with a message saying what to click instead.
 */
import type { LogicalGrid } from '../table-grid';
import { genericGrid } from './aria-layout';
import { findCardLists } from './cards';
import { planCertificate } from './certificate';
import { divGrid, divGridRootsOf } from './div-grid';
import { locatorFor, pathWithin } from './locator';
import { pageContext } from './page-context';
import { promoteHeaderRows } from './roles';
import { joinGrids } from './split';
import { CELL, ROOT, mappingFromElements, type TaughtMapping } from './taught';

function rowHolding(grid: LogicalGrid, cell: Element): number {
  return grid.body.findIndex((r) => r.cells.includes(cell));
}

/** True when the name and the mark sit in one logical row (of one grid, or of two panes joined). */
function sameRow(nameCell: Element, markCell: Element): boolean {
  const nr = nameCell.closest(ROOT)!;
  const mr = markCell.closest(ROOT)!;
  const names = promoteHeaderRows(genericGrid(nr));
  const grid = nr === mr ? names : joinGrids(names, promoteHeaderRows(genericGrid(mr)));
  if (!grid) return false;
  const k = rowHolding(grid, nameCell);
  return k >= 0 && k === rowHolding(grid, markCell);
}

export function teachMapping(nameEl: Element, markEl: Element): TaughtMapping {
  const doc = markEl.ownerDocument;
  const markCell = markEl.closest(CELL);
  const markRoot = markCell?.closest(ROOT);
  if (markCell && markRoot) {
    const nameCell = nameEl.closest(CELL);
    if (nameCell?.closest(ROOT) && sameRow(nameCell, markCell)) return mappingFromElements(nameCell, markCell);
    const cert = planCertificate(promoteHeaderRows(genericGrid(markRoot)), pageContext(doc));
    if (cert) return { version: 1, kind: 'certificate', grid: locatorFor(markRoot), pupil: locatorFor(nameEl) };
    throw new Error('That mark is not in the same row as the name. Click a mark in the row of the pupil you clicked.');
  }
  const list = findCardLists(doc).find((p) => p.cards.some((c) => c.contains(markEl)));
  if (list) {
    const card = list.cards.find((c) => c.contains(markEl))!;
    // The name as the user showed it, found the same way in every card (the page's other words may
    // look like names too: "No reason yet").
    const name = card.contains(nameEl) && nameEl !== card ? pathWithin(nameEl, card) : undefined;
    return { version: 1, kind: 'cards', list: locatorFor(list.list), ...(name ? { card: { tag: card.tagName.toLowerCase(), name } } : {}) };
  }
  // A certificate drawn with divs: rows of weeks and day boxes known by their consistent classes.
  for (const root of divGridRootsOf(markEl)) {
    const grid = divGrid(root);
    if (grid && planCertificate(grid, pageContext(doc))) return { version: 1, kind: 'certificate', grid: locatorFor(root), pupil: locatorFor(nameEl) };
  }
  throw new Error('Attendance Lens cannot find that mark again. Click a mark in the register’s table, or the mark on a pupil’s card.');
}
