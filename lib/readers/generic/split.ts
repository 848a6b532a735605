/**
 * Grids split in two: a frozen column of names beside a scrolling area of marks, drawn as two tables
 * or two ARIA grids. They are joined side by side, row by row: by `aria-rowindex` when both halves
 * carry it (virtualised halves may hold different slices), else by order when the row counts agree.
 * Header rows are aligned from the bottom, so a two-row date/session header can sit beside a one-row
 * "Name" header.
 */
import type { LogicalGrid, LogicalRow } from '../table-grid';

const NEAR = 5;

function pad(row: LogicalRow | undefined, width: number): { cells: (Element | undefined)[]; origin: boolean[] } {
  const cells: (Element | undefined)[] = [];
  const origin: boolean[] = [];
  for (let k = 0; k < width; k++) {
    cells.push(row?.cells[k]);
    origin.push(row?.origin[k] ?? false);
  }
  return { cells, origin };
}

function joinRows(a: LogicalRow | undefined, b: LogicalRow | undefined, aw: number, bw: number): LogicalRow {
  const pa = pad(a, aw);
  const pb = pad(b, bw);
  return { el: (a ?? b)!.el, cells: [...pa.cells, ...pb.cells], origin: [...pa.origin, ...pb.origin] };
}

function rowIndex(row: LogicalRow): number {
  const n = Number(row.el.getAttribute('aria-rowindex'));
  return Number.isInteger(n) && n > 0 ? n : -1;
}

/** True when the two roots sit close together in the page (a shared ancestor a few levels up). */
export function near(a: Element, b: Element): boolean {
  const up = new Set<Element>();
  let x: Element | null = a;
  for (let i = 0; x && i <= NEAR; i++, x = x.parentElement) up.add(x);
  let y: Element | null = b;
  for (let i = 0; y && i <= NEAR; i++, y = y.parentElement) if (up.has(y)) return true;
  return false;
}

/** `names` and `marks` joined; undefined when their rows cannot be paired with certainty. */
export function joinGrids(names: LogicalGrid, marks: LogicalGrid): LogicalGrid | undefined {
  const H = Math.max(names.header.length, marks.header.length);
  const header: LogicalRow[] = [];
  for (let i = 0; i < H; i++) {
    const a = names.header[i - (H - names.header.length)];
    const b = marks.header[i - (H - marks.header.length)];
    header.push(joinRows(a, b, names.width, marks.width));
  }
  const body: LogicalRow[] = [];
  const indexed = names.body.every((r) => rowIndex(r) > 0) && marks.body.every((r) => rowIndex(r) > 0);
  if (indexed) {
    const byIndex = new Map(marks.body.map((r) => [rowIndex(r), r]));
    for (const a of names.body) {
      const b = byIndex.get(rowIndex(a));
      // A name whose marks are scrolled out of view keeps an empty marks half (reported as missing cells).
      body.push(joinRows(a, b, names.width, marks.width));
    }
  } else {
    if (names.body.length !== marks.body.length) return undefined;
    names.body.forEach((a, i) => body.push(joinRows(a, marks.body[i], names.width, marks.width)));
  }
  return { root: names.root, header, body, width: names.width + marks.width };
}
