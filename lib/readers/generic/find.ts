/**
 * Finds the page's most register-like structure: every table and ARIA grid read as a pupil grid or a
 * certificate, name-only and marks-only halves joined, and lists of pupil cards with mark controls.
 * Each candidate is read and scored; the best one wins. Linear in the page: each structure is walked
 * a bounded number of times, and no per-cell query runs over the whole document.
 */
import type { LogicalGrid } from '../table-grid';
import { genericGrid } from './aria-layout';
import { findCardLists, readCards } from './cards';
import { planCertificate, readCertificate } from './certificate';
import { planGrid, readGrid, READER_ID, type GridPlan, type Read } from './grid-read';
import { pageContext, type PageContext } from './page-context';
import { promoteHeaderRows } from './roles';
import { joinGrids, near } from './split';
import { GRID_ROOTS as ROOTS } from './gate';

/** Card lists beyond the largest few are not worth reading (they are toolbars and filters). */
const MAX_CARD_LISTS = 3;
const SURE = 0.7;

function better(a: Read | undefined, b: Read): Read {
  return !a || b.confidence > a.confidence ? b : a;
}

export function gridsOf(doc: Document): LogicalGrid[] {
  const out: LogicalGrid[] = [];
  // Grids that draw their header row in a table of its own (so the body scrolls under it).
  let headerOnly: LogicalGrid[] = [];
  for (const root of Array.from(doc.querySelectorAll(ROOTS))) {
    if (root.getAttribute('role') === 'presentation' || root.getAttribute('role') === 'none') continue;
    let grid = promoteHeaderRows(genericGrid(root));
    if (grid.body.length === 0) {
      if (grid.header.length > 0) headerOnly.push(grid);
      continue;
    }
    if (grid.header.length === 0) {
      // The nearest header-only grid before it, of the same width, is its header.
      const head = [...headerOnly].reverse().find((h) => h.width === grid.width && near(h.root, root));
      if (head) {
        grid = { ...grid, header: head.header };
        headerOnly = headerOnly.filter((h) => h !== head);
      }
    }
    // One-column grids stay: they may be the frozen name half of a split grid.
    out.push(grid);
  }
  return out;
}

export function bestRead(doc: Document, readerId = READER_ID, page: PageContext = pageContext(doc)): Read | undefined {
  let best: Read | undefined;
  const namesOnly: GridPlan[] = [];
  const marksOnly: GridPlan[] = [];
  for (const grid of gridsOf(doc)) {
    const plan = planGrid(grid, page);
    if (plan.nameCol >= 0 && (plan.marks.length > 0 || plan.bad.length > 0)) best = better(best, readGrid(plan, page, readerId));
    else if (plan.nameCol >= 0) namesOnly.push(plan);
    else if (plan.marks.length > 0 || plan.bad.length > 0) marksOnly.push(plan);
    const cert = planCertificate(grid, page);
    if (cert) best = better(best, readCertificate(cert, page, readerId));
  }
  for (const m of marksOnly) {
    for (const n of namesOnly) {
      if (!near(n.grid.root, m.grid.root)) continue;
      const joined = joinGrids(n.grid, m.grid);
      if (!joined) continue;
      best = better(best, readGrid(planGrid(joined, page, undefined, n.nameCol), page, readerId));
    }
  }
  // A grid read cleanly and surely cannot be beaten by a card list; skip the search (it visits every
  // control on the page, and a grid of code boxes has thousands).
  if (best && best.confidence >= SURE && best.builder.view.complete) return best;
  for (const list of findCardLists(doc).slice(0, MAX_CARD_LISTS)) best = better(best, readCards(list, page, readerId));
  return best;
}
