/**
 * Column roles for grids we have never seen. Builds on the shared classifier (columns.ts) with what
 * unknown layouts add:
 *  - header texts are tried most specific first ("AM" under "Mon 08/09" under "Week 1"), so a week
 *    group's date never dates every column below it;
 *  - a header group naming a week ("w/c 08/09/2025") dates the "Mon"/"Tue AM" columns beneath it,
 *    each group its own week;
 *  - when the page states no year, the grid's own headers may ("Week commencing 8 Sep 2025");
 *  - header rows written as ordinary cells (no `<th>`, no `role="columnheader"`) are recognised by
 *    their words (dates, sessions, weekdays, "Name") and promoted to headers.
 */
import { classifyColumn, sessionIn, type ColumnContext, type ColumnRole } from '../columns';
import { addDays, parseDateText, weekdayOf, yearContextFrom, type YearContext } from '../dates';
import { headerTexts, type LogicalGrid } from '../table-grid';
import { clean } from '../text';
import type { PageContext } from './page-context';

const WEEK_TEXT = /\b(?:week\s*(?:commencing|beginning|starting|of)|w\/[cb]|wc|wb)\b\.?\s*:?\s*(.+)$/i;
const HEADER_WORD = /\b(?:am|pm|mon|tue|wed|thu|fri|morning|afternoon|name|pupil|student|period)\b|\d{1,2}[/.-]\d{1,2}/i;

function hasYear(y: YearContext): boolean {
  return y.from !== undefined || y.academicYearStart !== undefined;
}

/**
 * Two columns under one dated day header whose own sub-headers say nothing (or only one names its
 * session): AM then PM by position. An assumption, so each such column carries a note saying so.
 */
function positionalSessions(grid: LogicalGrid, roles: ColumnRole[], ctx: ColumnContext): void {
  for (let r = 0; r < grid.header.length - 1; r++) {
    const row = grid.header[r]!;
    for (let col = 0; col + 1 < grid.width; col++) {
      const day = row.cells[col];
      if (!day || !row.origin[col] || row.cells[col + 1] !== day || row.cells[col + 2] === day) continue;
      const pair = [col, col + 1];
      if (pair.every((c) => roles[c]?.kind === 'session')) continue;
      const below = pair.map((c) => headerTexts(grid, c).texts.slice(r + 1).join(' '));
      const said = below.map(sessionIn);
      if (!below.every((t, i) => t === '' || said[i]) || (said[0] ?? 'AM') !== 'AM' || (said[1] ?? 'PM') !== 'PM') continue;
      const dayText = clean(day.textContent);
      pair.forEach((c, i) => {
        const session = i === 0 ? 'AM' : 'PM';
        const role = classifyColumn([dayText, session], [day], ctx);
        if (role.kind !== 'session' || roles[c]?.kind === 'session') return;
        roles[c] = { ...role, assumed: `the column under "${dayText}" has no session label; read as ${session} by its position (AM first, then PM)` };
      });
    }
  }
}

/** Moves leading body rows that read as headers (words, no marks) into the header. */
export function promoteHeaderRows(grid: LogicalGrid): LogicalGrid {
  if (grid.header.length > 0) return grid;
  let n = 0;
  while (n < 3 && n < grid.body.length - 1) {
    const texts = grid.body[n]!.cells.filter((c, i) => c && grid.body[n]!.origin[i]).map((c) => clean(c!.textContent));
    const filled = texts.filter((t) => t !== '');
    // A header row: most cells carry header words; a pupil row carries a name and marks instead.
    if (filled.length < 2 || filled.filter((t) => HEADER_WORD.test(t)).length < filled.length / 2) break;
    n++;
  }
  return n ? { ...grid, header: grid.body.slice(0, n), body: grid.body.slice(n) } : grid;
}

/** The year context for a grid: the page's, else the grid's own header dates. */
export function yearFor(grid: LogicalGrid, page: PageContext): YearContext {
  if (hasYear(page.year)) return page.year;
  const texts: string[] = [];
  for (const row of grid.header) for (const c of new Set(row.cells)) if (c) texts.push(clean(c.textContent));
  const own = yearContextFrom(texts.join(' \n '));
  return hasYear(own) ? own : page.year;
}

export interface GridRoles {
  roles: ColumnRole[];
  /** Monday of the week each column belongs to, when the page or a header group names one. */
  weeks: (string | undefined)[];
}

export function gridRoles(grid: LogicalGrid, page: PageContext): GridRoles {
  const year = yearFor(grid, page);
  const roles: ColumnRole[] = [];
  const weeks: (string | undefined)[] = [];
  for (let col = 0; col < grid.width; col++) {
    const { texts, cells } = headerTexts(grid, col);
    let weekStart = page.weekStart;
    const own: string[] = [];
    for (const t of texts) {
      const wk = WEEK_TEXT.exec(t);
      const d = wk ? parseDateText(wk[1]!, year) : undefined;
      if (d?.ok) weekStart = addDays(d.date, -weekdayOf(d.date));
      // A week-group caption dates the group; it is not this column's own date.
      else own.push(t);
    }
    // "a.m."/"p.m." spelt with dots: the shared classifier knows AM/PM words only at word boundaries.
    const words = own.reverse().map((t) => t.replace(/(^|[^a-z])a\.m\.?(?![a-z])/gi, '$1AM').replace(/(^|[^a-z])p\.m\.?(?![a-z])/gi, '$1PM'));
    let role = classifyColumn(words, cells, {
      year,
      ...(page.date ? { date: page.date } : {}),
      ...(page.session ? { session: page.session } : {}),
      ...(weekStart ? { weekStart } : {}),
    });
    if (role.kind === 'day' && role.session && weekStart) {
      role = { kind: 'session', date: addDays(weekStart, role.weekday), session: role.session };
    }
    roles.push(role);
    weeks.push(weekStart);
  }
  if (grid.header.length > 1) positionalSessions(grid, roles, { year, ...(page.weekStart ? { weekStart: page.weekStart } : {}) });
  return { roles, weeks };
}
