/**
 * Reads a logical grid (a table, an ARIA grid, or two of them joined side by side) as a register:
 * pupils in rows, sessions in columns. The name column is found by content (most cells are person
 * names), session columns by their headers (a date and AM/PM, a weekday in a week the page names, or
 * a dated column whose cells hold two marks, AM then PM). The same pass scores how register-like the
 * grid is, so a timetable, a mark book or a contacts list comes back with a low confidence.
 */
import type { ColumnRole } from '../columns';
import { addDays, parseDateText, type YearContext } from '../dates';
import { misfit, unreadMarkColumns } from '../account';
import { strayContent } from './stray';
import { isNoSession, type RawMark } from '../mark-cell';
import { headerTexts, type LogicalGrid } from '../table-grid';
import { clean } from '../text';
import type { ColumnCoverage, PageKind, ViewPupil } from '../view';
import { coverage, virtualColumns } from './columns-in-view';
import { ViewBuilder } from '../view-builder';
import { IN_VIEW_ONLY } from './accumulate';
import { captionOnly, genericCode, markedDirty, recordMark, readCell, splitDayPair, stillSaved, type Session } from './mark-code';
import type { PageContext } from './page-context';
import { isPupilName, nameIn, pupilFrom } from './pupil';
import { gridRoles, yearFor, type GridRoles } from './roles';
import { confidenceOf, type Stats } from './score';

/** Where the marks of one column go: one session, or a day cell holding AM then PM. */
export type MarkColumn =
  | { col: number; date: string; session: Session }
  | { col: number; date: string; pair: true }
  /** A dated column in a grid with one row per pupil per session: the row says AM or PM. */
  | { col: number; date: string; perRow: true };

export interface GridPlan {
  grid: LogicalGrid;
  roles: ColumnRole[];
  year: YearContext;
  nameCol: number;
  marks: MarkColumn[];
  /** The column whose cells say "AM"/"PM", in grids with a row per pupil per session. */
  rowSession?: number;
  /** Columns that look like sessions but cannot be dated: the read is incomplete. */
  bad: { col: number; header: string; reason: string }[];
}

export interface Read {
  confidence: number;
  kind: PageKind;
  builder: ViewBuilder;
  stats: Stats;
  /** The grid draws a band of its columns at a time: what this read saw (for the Accumulator). */
  columns?: ColumnCoverage;
}

export const READER_ID = 'generic';


function cellText(cell: Element | undefined): string {
  return cell ? clean(cell.textContent) : '';
}

/** The column most of whose cells are person names, or -1. */
export function findNameColumn(grid: LogicalGrid, roles: ColumnRole[], taken: Set<number>): number {
  let best = -1;
  let bestScore = 0;
  for (let col = 0; col < grid.width; col++) {
    const role = roles[col];
    if (taken.has(col) || (role && role.kind !== 'other' && role.kind !== 'name')) continue;
    let names = 0;
    let filled = 0;
    for (const row of grid.body) {
      const cell = row.cells[col];
      if (!cell || !row.origin[col]) continue;
      const { name } = nameIn(cell);
      if (!name) continue;
      filled++;
      if (isPupilName(name)) names++;
    }
    // A header saying "Name"/"Pupil" breaks ties; content decides.
    const score = filled ? names / filled + (role?.kind === 'name' ? 0.01 : 0) : 0;
    if (names > 0 && score > bestScore) {
      best = col;
      bestScore = score;
    }
  }
  return bestScore >= 0.5 ? best : -1;
}

/** A dated column without a session counts as AM+PM day cells when its cells hold two marks. */
function holdsPairs(grid: LogicalGrid, col: number): boolean {
  let pairs = 0;
  let filled = 0;
  for (const row of grid.body) {
    const t = cellText(row.cells[col]);
    if (!t) continue;
    filled++;
    if (splitDayPair(t)) pairs++;
  }
  // Most cells are pairs: the column is a day of two marks, and an odd cell fails where it is read.
  return filled > 0 && pairs / filled >= 0.5;
}

export function planGrid(grid: LogicalGrid, page: PageContext, given?: GridRoles, nameCol?: number): GridPlan {
  const { roles, weeks } = given ?? gridRoles(grid, page);
  const year = yearFor(grid, page);
  const marks: MarkColumn[] = [];
  const bad: GridPlan['bad'] = [];
  roles.forEach((role, col) => {
    if (role.kind === 'session') marks.push({ col, date: role.date, session: role.session });
    else if (role.kind === 'bad-session') bad.push({ col, header: role.header, reason: role.reason });
    else if (role.kind === 'day' && weeks[col] && holdsPairs(grid, col)) {
      marks.push({ col, date: addDays(weeks[col]!, role.weekday), pair: true });
    } else if (role.kind === 'other') {
      const label = headerTexts(grid, col).texts.reverse().join(' ');
      const d = label ? parseDateText(label, year) : undefined;
      if (d?.ok && holdsPairs(grid, col)) marks.push({ col, date: d.date, pair: true });
    }
  });
  const rowSession = marks.length === 0 && bad.length === 0 ? sessionColumn(grid) : -1;
  if (rowSession >= 0) {
    roles.forEach((role, col) => {
      if (role.kind === 'day' && weeks[col]) marks.push({ col, date: addDays(weeks[col]!, role.weekday), perRow: true });
      else if (role.kind === 'other') {
        const label = headerTexts(grid, col).texts.reverse().join(' ');
        const d = label ? parseDateText(label, year) : undefined;
        if (d?.ok) marks.push({ col, date: d.date, perRow: true });
      }
    });
  }
  const taken = new Set(marks.map((m) => m.col));
  if (rowSession >= 0) taken.add(rowSession);
  const plan: GridPlan = { grid, roles, year, nameCol: nameCol ?? findNameColumn(grid, roles, taken), marks, bad };
  if (rowSession >= 0 && marks.length) plan.rowSession = rowSession;
  return plan;
}

const SESSION_CELL = /^(?:am|pm|a\.m\.|p\.m\.|morning|afternoon)$/i;

function sessionOfText(t: string): Session | undefined {
  return SESSION_CELL.test(t) ? (/^(?:a|m)/i.test(t) ? 'AM' : 'PM') : undefined;
}

/** A body column whose cells all say AM or PM (one row per pupil per session), or -1. */
function sessionColumn(grid: LogicalGrid): number {
  for (let col = 0; col < grid.width; col++) {
    let said = 0;
    let filled = 0;
    for (const row of grid.body) {
      const t = cellText(row.cells[col]);
      if (!t) continue;
      filled++;
      if (sessionOfText(t)) said++;
    }
    if (said >= 2 && said === filled) return col;
  }
  return -1;
}

/** Confidence for a page that is plainly a register but cannot be read: above refusal, below reading. */
const UNREADABLE_REGISTER = 0.45;

function namesShare(plan: GridPlan): number {
  let names = 0;
  let filled = 0;
  for (const row of plan.grid.body) {
    const cell = row.cells[plan.nameCol];
    const name = cell ? nameIn(cell).name : '';
    if (!name) continue;
    filled++;
    if (isPupilName(name)) names++;
  }
  return filled ? names / filled : 0;
}

function pairRaw(text: string): RawMark {
  return { value: text, text, via: 'text', saved: true };
}

/** The marks one cell holds, with the session each belongs to; undefined when unreadable. */
function cellMarks(cell: Element, mc: MarkColumn, rowSession: Session): { raw: RawMark; session: Session }[] | undefined {
  if ('pair' in mc) {
    const pair = splitDayPair(clean(cell.textContent));
    if (!pair) return undefined;
    return [{ raw: pairRaw(pair[0]), session: 'AM' }, { raw: pairRaw(pair[1]), session: 'PM' }];
  }
  const raw = readCell(cell);
  return raw ? [{ raw: { ...raw, saved: stillSaved(cell, raw) }, session: 'perRow' in mc ? rowSession : mc.session }] : undefined;
}

/** A cell the page marks as holding no session for this pupil (off roll, a locked empty box): not recorded. */
function noSession(cell: Element): boolean {
  const first = cell.firstElementChild;
  return (cell.getAttribute('aria-disabled') === 'true' || (first !== null && first === cell.lastElementChild && first.hasAttribute('disabled'))) && isNoSession(cell);
}

function rowCountProblem(plan: GridPlan, b: ViewBuilder, clean: boolean): void {
  const root = plan.grid.root;
  const declared = root.getAttribute('aria-rowcount') ?? root.closest('[aria-rowcount]')?.getAttribute('aria-rowcount');
  if (declared === null || declared === undefined) return;
  const n = Number(declared);
  const shown = plan.grid.header.length + plan.grid.body.length;
  if (n === -1 || (Number.isInteger(n) && n > shown)) {
    const idx = plan.grid.body.map((r) => Number(r.el.getAttribute('aria-rowindex'))).filter((x) => x > 0);
    const range = idx.length ? `rows ${Math.min(...idx)}–${Math.max(...idx)}` : `${plan.grid.body.length} rows`;
    // Everything in view read cleanly: say so, so an Accumulator can complete the read by scrolling.
    b.fail(clean ? IN_VIEW_ONLY : 'grid', `only ${range} of ${n === -1 ? 'an unknown number' : n} are on the page (a scrolling list); scroll to read the rest`);
  }
}

/** Reads the grid into a view, counting what it saw for the confidence score. */
export function readGrid(plan: GridPlan, page: PageContext, readerId = READER_ID): Read {
  const single = plan.marks.length === 1 && 'session' in plan.marks[0]!;
  const kind: PageKind = single ? 'take-register' : 'marks-grid';
  const b = new ViewBuilder(readerId, 0, kind);
  const stats: Stats = { rows: 0, nameRows: 0, known: 0, unknown: 0, unreadable: 0, blank: 0, roles: 0, width: plan.grid.width };
  // A grid drawing a band of its columns: the others are accounted by the Accumulator, not failed.
  const band = virtualColumns(plan.grid);
  const covered: string[] = [];
  stats.roles = plan.roles.filter((r) => r.kind !== 'other').length + plan.marks.filter((m) => 'pair' in m).length + (plan.nameCol >= 0 ? 1 : 0);
  for (const bad of plan.bad) b.fail(`column "${bad.header}"`, bad.reason);
  // Account for every cell: mark-like columns not read, and names or marks outside any row or cell.
  const read = new Set(plan.marks.map((m) => m.col));
  // (A band of columns: one whose header is not drawn yet is judged when it is.)
  const unread = plan.roles.flatMap((r, col) => ((r.kind === 'other' || r.kind === 'day') && !read.has(col) && col !== plan.nameCol && col !== plan.rowSession && (!band || band.drawn.has(col)) ? [col] : []));
  const label = (col: number): string => headerTexts(plan.grid, col).texts.join(' ');
  for (const u of [...unreadMarkColumns(plan.grid, unread, label), ...strayContent(plan.grid)]) b.fail(u.where, u.what);
  plan.roles.forEach((r, col) => {
    if (r.kind === 'session' && r.assumed) b.note(`column ${col + 1} ("${label(col)}")`, r.assumed);
  });
  if (plan.nameCol < 0 || plan.marks.length === 0) {
    b.fail('page', plan.nameCol < 0 ? 'no column of pupil names' : 'no column headed with a date and session');
    // Names beside session headers we cannot date: a register we cannot read (the page may be taught).
    return { confidence: plan.nameCol >= 0 && plan.bad.length > 0 && namesShare(plan) >= 0.8 ? UNREADABLE_REGISTER : 0, kind, builder: b, stats };
  }
  if (page.group) b.view.context.group = page.group;
  if (single) {
    const m = plan.marks[0] as { date: string; session: Session };
    b.view.context.date = m.date;
    b.view.context.session = m.session;
  }
  // Grids with a row per pupil per session: the second row continues the pupil above it (the name
  // cell spans both rows, repeats, or is left empty).
  let prev: { cell: Element | undefined; shown: string; pupil: ViewPupil } | undefined;
  const rowSessions = new Map<string, { name: string; sessions: Set<string> }>();
  plan.grid.body.forEach((row, i) => {
    const nameCell = row.cells[plan.nameCol];
    let shown = nameCell ? nameIn(nameCell).name : '';
    const rowSession = plan.rowSession !== undefined ? sessionOfText(cellText(row.cells[plan.rowSession])) : 'AM';
    const continues = plan.rowSession !== undefined && prev !== undefined && (nameCell === prev.cell || shown === '' || shown === prev.shown);
    if (continues) shown = prev!.shown;
    const rowDirty = markedDirty(row.el);
    const reads = plan.marks.map((mc) => {
      const cell = row.cells[mc.col];
      if (cell && noSession(cell)) return { mc, cell, marks: [] };
      const marks = cell && rowSession ? cellMarks(cell, mc, rowSession) : undefined;
      if (marks && rowDirty) for (const m of marks) m.raw = { ...m.raw, saved: false };
      return { mc, cell, marks };
    });
    const where = `row ${i + 1}${shown ? ` (${shown})` : ''}`;
    // A table's footer holds totals and the key, never pupils (a pupil surnamed Total sits in the body).
    if (row.el.parentElement?.tagName === 'TFOOT') {
      b.note(where, 'a footer row (totals or a key); left out');
      return;
    }
    if (!shown) {
      const anyText = reads.some((r) => cellText(r.cell) !== '' || r.marks?.some((m) => m.raw.value !== ''));
      // Spacer and group-caption rows carry no marks; a row with marks but no name is a failure.
      if (anyText) b.fail(where, 'marks in a row with no pupil name');
      return;
    }
    stats.rows++;
    if (!isPupilName(shown)) {
      const finished = reads.flatMap((r) => (r.marks ?? []).map((m) => genericCode(m.raw, m.session, r.mc.date)));
      if (finished.some((f) => !f.unknown && !f.unreadable && f.code !== '')) b.fail(where, `"${shown}" has marks but is not read as a pupil name`);
      else b.note(where, 'not a pupil row (no name, no marks); left out');
      return;
    }
    stats.nameRows++;
    // A band of columns is drawn a frame at a time: a cell missing now is read when it is drawn (the
    // Accumulator waits for every cell), so only a grid drawn whole is checked cell for cell here.
    const off = band ? undefined : misfit(row, plan.grid);
    if (off && plan.grid.header.length > 0) {
      b.fail(where, off);
      stats.unreadable++;
      return;
    }
    let pupil: ViewPupil;
    if (continues) pupil = prev!.pupil;
    else {
      pupil = pupilFrom(row.el, nameCell!, row.cells, plan.roles, plan.year).pupil;
      if (!b.addPupil(pupil, row.el, where)) return;
      prev = { cell: nameCell, shown, pupil };
    }
    if (plan.rowSession !== undefined && rowSession) {
      const got = rowSessions.get(pupil.key) ?? { name: pupil.name, sessions: new Set<string>() };
      got.sessions.add(rowSession);
      rowSessions.set(pupil.key, got);
    }
    for (const r of reads) {
      if (band && !band.drawn.has(r.mc.col)) continue; // a column not drawn now: read when it is
      if (band && !r.cell) continue; // a cell not drawn yet in a drawn column: likewise
      if (band && r.cell) {
        const mc = r.mc;
        if ('pair' in mc) covered.push(`${pupil.key}|${mc.date}|AM`, `${pupil.key}|${mc.date}|PM`);
        else covered.push(`${pupil.key}|${mc.date}|${'perRow' in mc ? rowSession : mc.session}`);
      }
      if (!r.cell) {
        b.fail(where, `no cell for ${r.mc.date}`);
        stats.unreadable++;
        continue;
      }
      if (!r.marks) {
        b.fail(`${where} ${r.mc.date}`, `cell "${cellText(r.cell)}" could not be read as a mark`);
        stats.unreadable++;
        continue;
      }
      for (const m of r.marks) {
        const raw = captionOnly(m.raw, r.cell, shown) ? { ...m.raw, value: '', text: '', via: 'text' as const } : m.raw;
        recordMark(b, stats, pupil.key, `${pupil.name} ${r.mc.date} ${m.session}`, raw, m.session, r.mc.date);
      }
    }
  });
  // A row per pupil per session: a pupil missing a session row others have lost that row's marks.
  const allRowSessions = new Set([...rowSessions.values()].flatMap((p) => [...p.sessions]));
  for (const p of rowSessions.values()) {
    for (const sn of allRowSessions) if (!p.sessions.has(sn)) b.fail(p.name, `no ${sn} row for this pupil, though the grid has one for others`);
  }
  // Everything in view read cleanly: the columns and rows out of view are said as IN_VIEW_ONLY, so an
  // Accumulator can complete the read as the user scrolls (both checks judge the read before them).
  const clean = b.view.complete;
  let columns: ColumnCoverage | undefined;
  if (band) {
    const at: [number, string][] = plan.marks.filter((m) => band.drawn.has(m.col)).map((m) => [m.col, 'session' in m ? `${m.date}|${m.session}` : `${m.date}|day`]);
    columns = coverage(band.of, band.drawn, covered, at);
    b.fail(clean ? IN_VIEW_ONLY : 'grid', `only ${band.drawn.size} of ${band.of} columns are drawn on the page (a grid that scrolls sideways); scroll sideways to read the rest`);
  }
  rowCountProblem(plan, b, clean);
  return { confidence: confidenceOf(stats), kind, builder: b, stats, ...(columns ? { columns } : {}) };
}
