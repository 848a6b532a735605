/**
 * Account for every cell. A reader accounts for every cell of the grid it claims: each is a mark, a
 * known empty session, or furniture it can name (an identity column, a lesson period, a total row).
 * What is left over is a problem, never skipped: a column of mark-like cells the reader did not read,
 * a pupil row whose cells do not line up with the header, or names and marks in a grid that sit in no
 * row or cell it could place (a lost ARIA role: stray-cells.ts, generic/stray.ts). Shared by the MIS readers and the generic reader;
 * test/unit/readers/account.test.ts holds every reader to it over every fixture.
 */
import { codeFromWords, TICK } from './codes-map';
import { readMarkCell } from './mark-cell';
import type { LogicalGrid, LogicalRow } from './table-grid';

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
  return readMarkCell(cell)?.value ?? '';
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
      // A tick drawn as an icon ("Present PM") is a mark as much as a code is.
      if (markLike(t) || codeFromWords(t) === TICK) marks++;
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

