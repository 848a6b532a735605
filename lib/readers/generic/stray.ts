/**
 * Account for every cell (account.ts), for ARIA grids the generic reader reads (the MIS readers run
 * the light version, ../stray-cells.ts): names and marks in
 * the grid that sit in no row or cell it could place (a row or cell whose role was removed), and two
 * cells claiming one place (rows of two panes sharing an index but showing different pupils).
 */
import { markLike, type Unaccounted } from '../account';
import { looksLikeName } from '../names';
import type { LogicalGrid } from '../table-grid';
import { clean } from '../text';
import { strayCell } from '../stray-cells';

const CELLISH = /^(?:row|gridcell|cell|rowheader)$/;

/** Names and marks inside an ARIA grid that sit in no row or cell the grid was read into. */
export function strayContent(grid: LogicalGrid): Unaccounted[] {
  if (grid.root.tagName === 'TABLE') return [];
  const placed = new Set<Element>(grid.cellEls);
  for (const r of [...grid.header, ...grid.body]) for (const c of r.cells) if (c) placed.add(c);
  const out: Unaccounted[] = (grid.clashes ?? []).slice(0, 3).map((c) => ({
    where: `row ${c.closest('[role="row"]')?.getAttribute('aria-rowindex') ?? '?'}`,
    what: `two cells claim the same place in the grid ("${clean(c.textContent).slice(0, 40)}" and another): the rows cannot be told apart`,
  }));
  const walk = (el: Element, inCell: boolean): void => {
    if (placed.has(el) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    const tag = el.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'BUTTON' || tag === 'SVG' || tag === 'svg') return;
    const role = el.getAttribute('role') ?? '';
    if (strayCell(el, out)) return;
    const cellish = inCell || CELLISH.test(role);
    for (const n of Array.from(el.childNodes)) {
      if (n.nodeType === 1) walk(n as Element, cellish);
      else if (n.nodeType === 3 && out.length < 3) {
        const t = clean(n.nodeValue);
        // Names count only inside a row or cell (a grid's own captions and overlays are not pupils).
        if (t && (markLike(t) || (cellish && looksLikeName(t)))) out.push({ where: 'grid', what: `"${t.slice(0, 40)}" is in the grid but in no row or cell it could read (a row or cell without its role)` });
      }
    }
  };
  walk(grid.root, false);
  return out;
}
