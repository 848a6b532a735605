/**
 * Account for every cell. A reader accounts for every cell of the grid it claims: each is a mark, a
 * known empty session, or furniture it can name (an identity column, a lesson period, a total row).
 * What is left over is a problem, never skipped: a column of mark-like cells the reader did not read,
 * a pupil row whose cells do not line up with the header, or names and marks in a grid that sit in no
 * row or cell it could place (a lost ARIA role). Shared by the MIS readers and the generic reader;
 * test/unit/readers/account.test.ts holds every reader to it over every fixture.
 */
import { looksLikeName } from './names';
import type { LogicalGrid, LogicalRow } from './table-grid';
import { clean } from './text';

export interface Unaccounted {
  where: string;
  what: string;
}

// One statutory code or tick, or a day cell of two ("/\", "NN", "C2C2").
const CODE = /^(?:[/\\#LBCDEGIJMNOPRSTUVWXYZ]|C[12]|J1|Y[1-7]|[A-Z]\d\d|[A-Z]_[A-Z])$/;
const PAIR = /^(?:[/\\#A-Z]|C[12]|J1|Y[1-7]){2}$/;

/** Text a reader should have read as a mark (or two), were it in a session column. */
export function markLike(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return t !== '' && (CODE.test(t) || PAIR.test(t));
}

function shown(cell: Element): string {
  const box = cell.querySelector('select, input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])');
  if (!box) return clean(cell.textContent);
  if (box.tagName === 'SELECT') {
    const o = Array.from(box.querySelectorAll('option')).find((x) => (x as HTMLOptionElement).selected) ?? box.querySelector('option');
    return clean(o?.getAttribute('value') ?? o?.textContent);
  }
  return clean((box as HTMLInputElement).value ?? box.getAttribute('value'));
}

// Named furniture that may show marks: a strip of earlier marks beside today's register, for context.
const CONTEXT_HEADER = /\b(?:past|previous|last|recent|history|earlier)\b/i;

/** Columns (not read as sessions, not named furniture) whose body cells hold marks. */
export function unreadMarkColumns(grid: LogicalGrid, cols: number[], header: (col: number) => string): Unaccounted[] {
  const out: Unaccounted[] = [];
  for (const col of cols) {
    if (CONTEXT_HEADER.test(header(col))) continue;
    let marks = 0;
    let filled = 0;
    for (const row of grid.body) {
      const cell = row.cells[col];
      if (!cell || !row.origin[col]) continue;
      const t = shown(cell);
      if (!t) continue;
      filled++;
      if (markLike(t)) marks++;
    }
    if (marks > 0 && marks * 2 >= filled) {
      const h = header(col);
      out.push({ where: `column ${col + 1}${h ? ` ("${h}")` : ''}`, what: `holds ${marks === 1 ? 'a mark' : `${marks} marks`} but its header is not a session this reader understands` });
    }
  }
  return out;
}

/** A pupil row whose cells do not fill the header's columns exactly (a missing or an extra cell). */
export function misfit(row: LogicalRow, grid: LogicalGrid): string | undefined {
  if (grid.header.length === 0) return undefined;
  const headerWidth = Math.max(...grid.header.map((h) => h.cells.length));
  let have = 0;
  for (let i = 0; i < row.cells.length; i++) if (row.cells[i]) have++;
  if (row.cells.length === headerWidth && have === headerWidth) return undefined;
  return `the row has cells for ${have} of the ${headerWidth} columns, so its marks cannot be matched to their sessions`;
}

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
    const cellish = inCell || CELLISH.test(el.getAttribute('role') ?? '');
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
