/**
 * The generic reader's additions to the shared ARIA grid reading (table-grid.ts AriaLayout): layouts
 * real grid libraries draw that the MIS pages do not, kept out of the MIS content script.
 *  - column groups that hold their columns inside them (Tabulator): one header row per level;
 *  - column headers in no row (RevoGrid): one header row, placed by aria-colindex;
 *  - side-by-side panes without row indexes (SlickGrid's frozen columns): joined row by row.
 */
import { cellsOf, isHeaderCell, isHeaderRow, logicalGrid, rowsOf, spans, type AriaLayout, type LogicalGrid, type Placed, type SourceRow } from '../table-grid';
import { clean } from '../text';

const HEADER_ITEM = '[role="columnheader"], [role="columngroup"]';

/** Header items directly under `el` (not inside a nested item). */
function headerItems(el: Element): Element[] {
  const out: Element[] = [];
  for (const c of Array.from(el.children)) {
    if (c.matches(HEADER_ITEM)) out.push(c);
    else out.push(...headerItems(c));
  }
  return out;
}

/**
 * A header row whose column groups hold their columns (Tabulator): one header row per nesting
 * level, each group spanning its columns, each column reaching down to the last level.
 */
function nestedHeaderRows(row: Element): SourceRow[] | undefined {
  if (!row.querySelector('[role="columngroup"], [role="columnheader"] [role="columnheader"]')) return undefined;
  const depth = (items: Element[]): number => Math.max(0, ...items.map((i) => 1 + depth(headerItems(i))));
  const leaves = (item: Element): number => {
    const kids = headerItems(item);
    return kids.length ? kids.reduce((n, k) => n + leaves(k), 0) : 1;
  };
  const top = headerItems(row);
  const levels: Placed[][] = Array.from({ length: depth(top) }, () => []);
  const place = (items: Element[], level: number): void => {
    for (const item of items) {
      const kids = headerItems(item);
      levels[level]!.push({ el: item, cs: kids.length ? leaves(item) : 1, rs: kids.length ? 1 : levels.length - level });
      if (kids.length) place(kids, level + 1);
    }
  };
  place(top, 0);
  return levels.map((cells) => ({ el: row, cells, header: true }));
}

/** Rows in side-by-side panes (different parents, equal counts, no row indexes) joined by order. */
function joinPanes(rows: SourceRow[]): SourceRow[] {
  const join = (part: SourceRow[]): SourceRow[] => {
    const panes = new Map<Element | null, SourceRow[]>();
    for (const r of part) panes.set(r.el.parentElement, [...(panes.get(r.el.parentElement) ?? []), r]);
    const lists = [...panes.values()];
    if (lists.length < 2 || lists.some((l) => l.length !== lists[0]!.length)) return part;
    return lists[0]!.map((r, i) => ({ el: r.el, header: r.header, cells: lists.flatMap((l) => l[i]!.cells.map((c) => ({ ...c, col: undefined }))) }));
  };
  return [...join(rows.filter((r) => r.header)), ...join(rows.filter((r) => !r.header))];
}

/** A header cell's words, without the columns a column group nests inside it. */
function ownText(c: Element): string {
  if (!c.firstElementChild || !c.querySelector(HEADER_ITEM)) return clean(c.textContent);
  let out = '';
  const walk = (n: Element): void => {
    for (const k of Array.from(n.childNodes)) {
      if (k.nodeType === 3) out += ` ${k.nodeValue ?? ''}`;
      else if (k.nodeType === 1 && !(k as Element).matches(HEADER_ITEM)) walk(k as Element);
    }
  };
  walk(c);
  return clean(out);
}

function orphanRow(root: Element): SourceRow | undefined {
  const found = Array.from(root.querySelectorAll('[role="columnheader"]')).filter((h) => !h.closest('[role="row"]'));
  return found.length ? { el: found[0]!.parentElement ?? root, cells: found.map((h) => placed(h)), header: true } : undefined;
}

function placed(el: Element): Placed {
  const p = spans(el);
  const i = el.hasAttributes() ? Number(el.getAttribute('aria-colindex')) : 0;
  return Number.isInteger(i) && i > 0 && i < 10000 ? { ...p, col: i - 1 } : p;
}

/**
 * An ARIA grid's rows, read by its own ARIA where layout would otherwise be needed: rows sharing an
 * `aria-rowindex` (a pinned names pane and a scrolling marks pane) are one row, and cells go to the
 * column their `aria-colindex` names.
 */
function ariaRows(root: Element, seen: Set<Element>, clashes: Element[]): SourceRow[] {
  const rows: SourceRow[] = [];
  const orphans = orphanRow(root);
  if (orphans) rows.push(orphans);
  const byIndex = new Map<string, SourceRow>();
  let indexed = 0;
  for (const el of rowsOf(root)) {
    const nested = nestedHeaderRows(el);
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
  // Cells the grid numbers itself: an empty placeholder under a spanning cell stays out, a pane's
  // duplicate with the same words is the same cell, and one with other words is a clash.
  for (const r of live) {
    const at = new Map<number, Element>();
    r.cells = r.cells.filter((c) => {
      seen.add(c.el);
      if (c.col === undefined) return true;
      const there = at.get(c.col);
      if (there && there !== c.el) {
        const words = clean(c.el.textContent);
        if (!words || words === clean(there.textContent)) return false;
        clashes.push(c.el);
      }
      for (let i = 0; i < c.cs; i++) at.set(c.col + i, c.el);
      return true;
    });
  }
  if (indexed === live.length && indexed > 1) {
    const at = (r: SourceRow): number => Number(r.el.getAttribute('aria-rowindex')) || 0;
    live.sort((a, b) => Number(b.header) - Number(a.header) || at(a) - at(b));
  }
  return indexed ? live : joinPanes(live);
}

/** A table or ARIA grid as the generic reader reads it (with the cells it set aside, for accounting). */
export function genericGrid(root: Element): LogicalGrid {
  const seen = new Set<Element>();
  const clashes: Element[] = [];
  const layout: AriaLayout = { rows: (r) => ariaRows(r, seen, clashes), label: ownText };
  const grid = logicalGrid(root, layout);
  if (root.tagName !== 'TABLE') grid.cellEls = seen;
  if (clashes.length) grid.clashes = clashes;
  return grid;
}
