/**
 * Registration certificates and pupil attendance pages: one pupil, named in the page's header block,
 * and a grid of weeks — a "week beginning" column, then a column per weekday holding two marks (AM
 * then PM, "herringbone"), or a column per session ("Mon AM", "Mon PM", …).
 */
import { misfit, unreadMarkColumns } from '../account';
import { classifyColumns, type ColumnRole } from '../columns';
import { headerTexts } from '../table-grid';
import { addDays, parseDateText, weekdayOf } from '../dates';
import type { RawMark } from '../mark-cell';
import { pupilKey } from '../names';
import type { LogicalGrid } from '../table-grid';
import { clean, labelOf } from '../text';
import type { ViewPupil } from '../view';
import { ViewBuilder } from '../view-builder';
import type { Read } from './grid-read';
import { readCell, recordMark, splitDayPair, type Session } from './mark-code';
import type { PageContext } from './page-context';
import { yearFor } from './roles';
import { confidenceOf, type Stats } from './score';

interface DayColumn {
  col: number;
  weekday: number;
  session?: Session;
}

export interface CertificatePlan {
  grid: LogicalGrid;
  weekCol: number;
  days: DayColumn[];
}

function weekDate(text: string, page: PageContext): string | undefined {
  const p = text ? parseDateText(text, page.year) : undefined;
  return p?.ok ? addDays(p.date, -weekdayOf(p.date)) : undefined;
}

/** A column most of whose cells are dates, when no header says "Week beginning". */
function dateColumn(grid: LogicalGrid, roles: ColumnRole[], page: PageContext): number {
  for (let col = 0; col < grid.width; col++) {
    if (roles[col]?.kind === 'day') continue;
    let dates = 0;
    let filled = 0;
    for (const row of grid.body) {
      const t = clean(row.cells[col]?.textContent);
      if (!t) continue;
      filled++;
      if (weekDate(t, page)) dates++;
    }
    if (filled > 0 && dates / filled >= 0.8) return col;
  }
  return -1;
}

export function planCertificate(grid: LogicalGrid, page: PageContext): CertificatePlan | undefined {
  const roles = classifyColumns(grid, { year: yearFor(grid, page), perRowWeek: true });
  const days: DayColumn[] = [];
  roles.forEach((r, col) => {
    if (r.kind === 'day' && r.weekday < 5) days.push({ col, weekday: r.weekday, ...(r.session ? { session: r.session } : {}) });
  });
  if (days.length === 0) return undefined;
  let weekCol = roles.findIndex((r) => r.kind === 'week');
  if (weekCol < 0) weekCol = dateColumn(grid, roles, page);
  return weekCol < 0 ? undefined : { grid, weekCol, days };
}

function textRaw(t: string, via: RawMark['via'] = 'text'): RawMark {
  return { value: t, text: t, via, saved: true };
}

/** A day cell's two marks: text ("/\"), two elements (a code and an icon), or two labelled icons. */
function dayPair(cell: Element): [RawMark, RawMark] | undefined {
  const text = clean(cell.textContent);
  const p = text ? splitDayPair(text) : undefined;
  if (p) return [textRaw(p[0]), textRaw(p[1])];
  // A half-filled day ("/ " in a white-space: pre cell): the morning taken, the afternoon not yet.
  const half = /^\s*(\S+)[ \u00a0]+$/.exec((cell.textContent ?? '').replace(/\n\s*$/, ''));
  if (half && splitDayPair(half[1]!)?.length === undefined && half[1]!.length <= 2) return [textRaw(half[1]!), textRaw('')];
  const parts = Array.from(cell.children).map((e): RawMark | undefined => {
    const t = clean(e.textContent);
    if (t) return textRaw(t);
    const label = labelOf(e) || labelOf(e.querySelector('[title],[aria-label],img[alt]') ?? e);
    return label ? textRaw(label, 'icon') : undefined;
  });
  if (parts.length === 2 && parts[0] && parts[1]) return [parts[0], parts[1]];
  if (text) return undefined;
  const icons = Array.from(cell.querySelectorAll('[title],[aria-label],img[alt]')).filter((e) => labelOf(e));
  if (icons.length === 0) return [textRaw(''), textRaw('')];
  return icons.length === 2 ? [textRaw(labelOf(icons[0]!), 'icon'), textRaw(labelOf(icons[1]!), 'icon')] : undefined;
}

export function readCertificate(plan: CertificatePlan, page: PageContext, readerId: string): Read {
  const b = new ViewBuilder(readerId, 0, 'pupil-history');
  const stats: Stats = { rows: 0, nameRows: 0, known: 0, unknown: 0, unreadable: 0, blank: 0, roles: 1 + plan.days.length, width: plan.grid.width };
  const hp = page.pupil;
  if (!hp) {
    b.fail('page', 'a grid of weeks, but no pupil named on the page');
    return { confidence: 0.3, kind: 'pupil-history', builder: b, stats };
  }
  const pupil: ViewPupil = { key: pupilKey(undefined, hp.name, hp.dateOfBirth), ...hp };
  b.addPupil(pupil, plan.grid.root, 'page');
  if (page.group ?? hp.regGroup) b.view.context.group = hp.regGroup ?? page.group;
  const used = new Set([plan.weekCol, ...plan.days.map((d) => d.col)]);
  const cols = Array.from({ length: plan.grid.width }, (_, c) => c).filter((c) => !used.has(c));
  for (const u of unreadMarkColumns(plan.grid, cols, (c) => headerTexts(plan.grid, c).texts.join(' '))) b.fail(u.where, u.what);
  plan.grid.body.forEach((row, i) => {
    const weekText = clean(row.cells[plan.weekCol]?.textContent);
    const monday = weekDate(weekText, page);
    const where = `week row ${i + 1}${weekText ? ` (${weekText})` : ''}`;
    stats.rows++;
    if (!monday) {
      const hasMarks = plan.days.some((d) => clean(row.cells[d.col]?.textContent) !== '');
      if (hasMarks) b.fail(where, 'marks in a row whose week could not be read');
      else {
        stats.rows--;
        b.note(where, 'not a week row; left out');
      }
      return;
    }
    stats.nameRows++;
    const off = misfit(row, plan.grid);
    if (off) {
      stats.unreadable++;
      b.fail(where, off);
      return;
    }
    for (const d of plan.days) {
      const date = addDays(monday, d.weekday);
      const cell = row.cells[d.col];
      let marks: [RawMark, Session][] | undefined;
      if (cell && d.session) {
        const raw = readCell(cell);
        marks = raw ? [[raw, d.session]] : undefined;
      } else if (cell) {
        const p = dayPair(cell);
        marks = p ? [[p[0], 'AM'], [p[1], 'PM']] : undefined;
      }
      if (!marks) {
        stats.unreadable++;
        b.fail(`${pupil.name} ${date}`, `day cell "${clean(cell?.textContent)}" could not be read as two marks`);
        continue;
      }
      for (const [raw, session] of marks) recordMark(b, stats, pupil.key, `${pupil.name} ${date} ${session}`, raw, session, date);
    }
  });
  const dates = b.view.marks.map((m) => m.date).sort();
  if (dates.length) {
    b.view.context.from = dates[0]!;
    b.view.context.to = dates[dates.length - 1]!;
  }
  return { confidence: confidenceOf(stats), kind: 'pupil-history', builder: b, stats };
}
