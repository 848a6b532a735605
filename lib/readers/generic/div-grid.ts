/**
 * A register drawn with plain divs (no table, no ARIA roles) as a logical grid, found by its
 * consistent classes: rows are sibling elements of one kind (same tag and first class), each row's
 * cells are its children, with a child that only wraps a run of like elements (a "days" strip)
 * opened into them. When every day box names its own weekday ("Mon" above its marks), the weekday
 * names become the header and the box's other part the cell, placed by weekday rather than position
 * (a week that starts on a Wednesday keeps its days in their columns). Structure only: no layout.
 */
import { weekdayIndex } from '../dates';
import type { LogicalGrid, LogicalRow } from '../table-grid';
import { clean } from '../text';

/** An element's kind for "consistent classes": its tag and first class. */
export function kindOf(el: Element): string {
  const first = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
  return `${el.tagName}.${first}`;
}

/** Children of `el` all of one kind, at least two: a run of like elements. */
function likeRun(el: Element): Element[] | undefined {
  const kids = Array.from(el.children);
  if (kids.length < 2) return undefined;
  const k = kindOf(kids[0]!);
  return kids.every((c) => kindOf(c) === k) && k.split('.')[1] ? kids : undefined;
}

/** A row's cells: its children, a wrapper of like elements opened into them. */
function cellsOfRow(row: Element): Element[] {
  return Array.from(row.children).flatMap((c) => likeRun(c) ?? [c]);
}

/** The rows of `root`: its children of the most common classed kind, at least two. */
function rowsIn(root: Element): Element[] {
  const by = new Map<string, Element[]>();
  for (const c of Array.from(root.children)) {
    const k = kindOf(c);
    if (!k.split('.')[1]) continue;
    by.set(k, [...(by.get(k) ?? []), c]);
  }
  const best = [...by.values()].sort((a, b) => b.length - a.length)[0];
  return best && best.length >= 2 ? best : [];
}

/** A day box that names its weekday in one part and holds its marks in the other. */
function namedDay(cell: Element): { weekday: number; name: Element; marks: Element } | undefined {
  const kids = Array.from(cell.children);
  if (kids.length !== 2) return undefined;
  const i = kids.findIndex((k) => weekdayIndex(clean(k.textContent)) !== undefined);
  if (i < 0) return undefined;
  return { weekday: weekdayIndex(clean(kids[i]!.textContent))!, name: kids[i]!, marks: kids[1 - i]! };
}

/**
 * The div grid rooted at `root` (the element holding the rows), or undefined when `root` holds no
 * run of like rows. Cells before the day boxes (a week's label) keep their position.
 */
export function divGrid(root: Element): LogicalGrid | undefined {
  const rows = rowsIn(root);
  if (rows.length < 2) return undefined;
  const cells = rows.map(cellsOfRow);
  const lead = Math.min(...cells.map((cs) => cs.findIndex((c) => namedDay(c))).map((i) => (i < 0 ? Infinity : i)));
  if (Number.isFinite(lead)) {
    // Day boxes named by weekday: columns are the lead cells, then one per weekday seen.
    const names = new Map<number, Element>();
    for (const cs of cells) for (const c of cs.slice(lead)) { const d = namedDay(c); if (d && !names.has(d.weekday)) names.set(d.weekday, d.name); }
    const weekdays = [...names.keys()].sort((a, b) => a - b);
    const width = lead + weekdays.length;
    const header: LogicalRow = { el: root, cells: [...Array<undefined>(lead).fill(undefined), ...weekdays.map((w) => names.get(w)!)], origin: Array<boolean>(width).fill(true) };
    const body = rows.map((el, r): LogicalRow => {
      const row: (Element | undefined)[] = [...cells[r]!.slice(0, lead), ...Array<undefined>(weekdays.length).fill(undefined)];
      for (const c of cells[r]!.slice(lead)) {
        const d = namedDay(c);
        // A box that names no weekday, or one named twice: the row cannot be matched, so it is left short (reported).
        if (!d || row[lead + weekdays.indexOf(d.weekday)]) return { el, cells: row.slice(0, lead), origin: Array<boolean>(lead).fill(true) };
        row[lead + weekdays.indexOf(d.weekday)] = d.marks;
      }
      return { el, cells: row, origin: row.map(() => true) };
    });
    return { root, header: [header], body, width, label: (c) => clean(c.textContent) };
  }
  const width = Math.max(...cells.map((cs) => cs.length));
  const body = rows.map((el, r): LogicalRow => ({ el, cells: cells[r]!, origin: cells[r]!.map(() => true) }));
  return { root, header: [], body, width };
}

/** Elements holding div rows around `el` (a mark or a day box the user clicked), innermost first. */
export function divGridRootsOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let row: Element | null = el; row?.parentElement; row = row.parentElement) {
    const root: Element = row.parentElement;
    if (rowsIn(root).includes(row) && cellsOfRow(row).length >= 2) out.push(root);
  }
  return out;
}
