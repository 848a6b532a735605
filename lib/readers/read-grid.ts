/**
 * Reads a pupils × sessions table (a marks grid, a take-register table with one "Mark" column, or a
 * pupil list with no sessions at all) into a ViewBuilder. Lesson-period columns are left out of
 * marks; every row must yield a pupil and every session cell a mark, or the read is incomplete.
 */
import { finishMark, type MisMapping } from './codes-map';
import { misfit, unreadMarkColumns } from './account';
import { strayCells } from './stray-cells';
import { classifyColumns, type ColumnContext, type ColumnRole } from './columns';
import { minutesLateIn, readSessionCell, type MarkSelectors } from './mark-cell';
import { misIdOf, pupilFromRow } from './pupil-row';
import { headerTexts, logicalGrid, type LogicalGrid, type LogicalRow } from './table-grid';
import { clean } from './text';
import type { ViewMark } from './view';
import type { ViewBuilder } from './view-builder';

export interface GridReadOptions {
  columns: ColumnContext;
  mapping?: MisMapping;
  marks?: MarkSelectors;
  /** Badge elements inside the name cell. */
  badges?: string;
  idAttrs?: readonly string[];
  /** Expect session columns (a marks grid / take-register); false for a pupil list. */
  sessions: boolean;
}

const LATE_HEADER = /^(mins?\.?|minutes)\s+late$/i;

/** A minutes-late cell: its box's value or its text, when a whole number. */
function lateValue(cell: Element): number | undefined {
  const box = cell.querySelector('input');
  const raw = clean(box ? ((box as HTMLInputElement).value ?? box.getAttribute('value')) : cell.textContent);
  return /^\d{1,3}$/.test(raw) ? Number(raw) : undefined;
}

/**
 * Rows that are not pupils: totals, a legend, virtual-scroll spacers, any row of a table's footer. A legend or total row is named
 * by its first cell alone ("Key", "Totals:", "Average 96%"), so a pupil surnamed Key ("Key, Alice")
 * is still a pupil. `aria-hidden` does not make a row furniture: screen readers skip it, eyes do not.
 */
function isFurniture(row: LogicalRow): boolean {
  if (row.el.hasAttribute('hidden') || row.el.parentElement?.tagName === 'TFOOT') return true;
  const first = row.cells.find(Boolean);
  if (!first) return true;
  // A row with nothing in it at all (a virtual-scroll spacer, an empty aria-hidden duplicate); a row
  // that still draws an empty mark box, an icon or a pupil id is a pupil row that failed to read.
  // (A first cell with text already says the row is not empty: no walk over the whole row.)
  const text = first.textContent ?? '';
  if (!text.trim() && !clean(row.el.textContent) && row.cells.every((c) => !c || c.childElementCount === 0) && !misIdOf(row.el)) return true;
  return text.length < 40 && /^\s*(totals?|summary|key|legend|average|%|group total)\s*(?::|$|\(|\d|%)/i.test(text);
}

/** `root`: a table or ARIA grid, or a grid already built (e.g. two tables joined side by side). */
export function readGrid(root: Element | LogicalGrid, b: ViewBuilder, opts: GridReadOptions): void {
  const grid = 'body' in root ? root : logicalGrid(root);
  const roles = classifyColumns(grid, opts.columns);
  if (grid.header.length === 0) b.fail('table', 'the table has no header row');
  if (!roles.some((r) => r.kind === 'name' || r.kind === 'surname')) {
    b.fail('table', 'no column of pupil names');
    return;
  }
  const sessionCols: Array<{ col: number; role: Extract<ColumnRole, { kind: 'session' }> }> = [];
  const unread: number[] = [];
  roles.forEach((role, col) => {
    if (role.kind === 'other') unread.push(col);
    if (role.kind === 'session') {
      sessionCols.push({ col, role });
      if (role.assumed) b.note(`column ${col + 1} header`, role.assumed);
    }
    else if (role.kind === 'bad-session') b.fail(`column ${col + 1} header`, role.reason);
    else if (role.kind === 'day') b.fail(`column ${col + 1} header`, 'a weekday column with no week to date it');
  });
  if (opts.sessions && sessionCols.length === 0 && !roles.some((r) => r.kind === 'bad-session')) {
    b.fail('table', 'no AM/PM session columns');
  }
  for (const u of unreadMarkColumns(grid, unread, (col) => headerTexts(grid, col).texts.join(' '))) b.fail(u.where, u.what);
  // Cells of an ARIA grid outside every row read (a row that lost its role): never silent.
  for (const u of strayCells(grid)) b.fail(u.where, u.what);
  for (const { role } of sessionCols) b.addSession(role.date, role.session);
  // Two columns for the same session would give a pupil two marks for it: refuse the grid's reading.
  const distinct = new Set(sessionCols.map(({ role }) => `${role.date}|${role.session}`)).size === sessionCols.length;
  if (!distinct) b.fail('table', 'two columns claim the same date and session');

  // A take-register table may keep minutes late in a column of its own ("Mins Late").
  const lateCol = sessionCols.length === 1 ? roles.findIndex((_r, col) => headerTexts(grid, col).texts.some((t) => LATE_HEADER.test(t))) : -1;
  let n = 0;
  for (const row of grid.body) {
    if (isFurniture(row)) continue;
    n++;
    const where = `row ${n}`;
    const got = pupilFromRow(row, roles, { year: opts.columns.year, badges: opts.badges, idAttrs: opts.idAttrs });
    if (!got.ok) {
      b.fail(where, got.reason);
      continue;
    }
    const pupil = got.pupil;
    if (!b.addPupil(pupil, row.el, where)) continue;
    const off = misfit(row, grid);
    if (off) {
      b.fail(`${where} (${pupil.name})`, off);
      continue;
    }
    const ctx = opts.marks?.unsaved ? { rowUnsaved: row.el.matches(opts.marks.unsaved) } : undefined;
    // Built only when something is reported: a 20,000-cell grid should not pay for 20,000 strings.
    let role: Extract<ColumnRole, { kind: 'session' }>;
    const at = (): string => `${where} (${pupil.name}), ${role.date} ${role.session}`;
    for (const sc of sessionCols) {
      role = sc.role;
      const col = sc.col;
      const cell = row.cells[col];
      if (!cell) {
        b.fail(at(), 'the row has no cell for this session');
        continue;
      }
      const raw = readSessionCell(cell, opts.marks, ctx);
      if (raw === null) continue; // no session for this pupil here (not on roll, disabled)
      if (!raw) {
        b.fail(at(), 'the cell shows a mark that cannot be read');
        continue;
      }
      const fin = finishMark(raw, role.session, role.date, opts.mapping);
      if (fin.unreadable) {
        b.fail(at(), `the mark "${fin.code}" cannot be read as a code`);
        continue;
      }
      if (fin.unknown) b.note(at(), `unknown code "${fin.code}", kept as shown`);
      // A take-register table keeps minutes late in its own column, one per row.
      if (raw.minutesLate === undefined && sessionCols.length === 1) {
        const lateCell = lateCol >= 0 ? row.cells[lateCol] : undefined;
        const late = lateCell ? lateValue(lateCell) : minutesLateIn(row.el);
        if (late !== undefined) raw.minutesLate = late;
      }
      const mark: ViewMark = { pupil: pupil.key, date: role.date, session: role.session, code: fin.code, saved: raw.saved };
      if (raw.minutesLate !== undefined) mark.minutesLate = raw.minutesLate;
      b.addMark(
        mark,
        distinct ? '' : at(),
        distinct,
      );
    }
  }
  if (n === 0) b.fail('table', 'no pupil rows');
}
