/**
 * Reads a one-pupil attendance history: a registration certificate or a pupil's attendance page.
 * Rows are weeks ("Week commencing 08/09/2025"); columns are weekdays, each holding two marks (AM
 * then PM, as "/\" text, two spans or two icons) or split into AM and PM columns.
 */
import { finishMark, type MisMapping } from './codes-map';
import { classifyColumns, type ColumnRole } from './columns';
import { addDays, parseDateText, weekdayOf, type YearContext } from './dates';
import { isNoSession, readMarkCell, type MarkSelectors, type RawMark } from './mark-cell';
import { looksLikeName, personName, pupilKey } from './names';
import { misfit, unreadMarkColumns } from './account';
import { headerTexts, logicalGrid } from './table-grid';
import { clean, labelOf } from './text';
import type { ViewPupil } from './view';
import type { ViewBuilder } from './view-builder';

/** "Label: value" pairs a header block shows (dt/dd, th/td, or `<span>Label:</span> value`). */
export function labelledFields(root: Element): Map<string, string> {
  const out = new Map<string, string>();
  const put = (k: string, v: string): void => {
    const key = clean(k).replace(/:$/, '').toLowerCase();
    if (key && !out.has(key)) out.set(key, clean(v));
  };
  for (const dt of Array.from(root.querySelectorAll('dt'))) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') put(dt.textContent ?? '', dd.textContent ?? '');
  }
  for (const th of Array.from(root.querySelectorAll('th[scope="row"]'))) {
    const td = th.nextElementSibling;
    if (td) put(th.textContent ?? '', td.textContent ?? '');
  }
  for (const el of Array.from(root.querySelectorAll('[data-label]'))) put(el.getAttribute('data-label') ?? '', el.textContent ?? '');
  for (const el of Array.from(root.querySelectorAll('li, p, div, span'))) {
    if (el.children.length > 2) continue;
    const m = /^([A-Za-z .]{2,30}):\s*(.+)$/.exec(clean(el.textContent));
    if (m) put(m[1]!, m[2]!);
  }
  return out;
}

// Where a one-pupil page names its pupil: a heading, or an element whose id or class says "name".
const NAME_ELEMENTS = 'h1, h2, h3, [role="heading"], [id*="name"], [id*="Name"], [class*="name"], [class*="Name"]';

/**
 * The element that names the pupil on a one-pupil page (its first and last name both in it), for the
 * badge to sit by: beside the name, not over the weeks of marks. Undefined when none does.
 */
export function nameElement(root: Element, name: string): Element | undefined {
  const parts = name.toLowerCase().split(/[^\p{L}'-]+/u).filter(Boolean);
  if (parts.length === 0) return undefined;
  const need = [parts[0]!, parts[parts.length - 1]!];
  for (const el of Array.from(root.querySelectorAll(NAME_ELEMENTS))) {
    const text = clean(el.textContent).toLowerCase();
    if (text.length <= 200 && need.every((t) => text.includes(t))) return el;
  }
  return undefined;
}

/** The pupil a history page is about, from its labelled header fields; undefined when no name is shown. */
export function pupilFromFields(fields: Map<string, string>, year: YearContext, misId?: string): ViewPupil | undefined {
  const get = (re: RegExp): string | undefined => {
    for (const [k, v] of fields) if (re.test(k) && v) return v;
    return undefined;
  };
  const rawName = get(/^(legal name|name|pupil( name)?|student( name)?|full name)$/);
  if (!rawName || !looksLikeName(rawName)) return undefined;
  const name = personName(rawName);
  const p: ViewPupil = { key: '', name };
  const dobText = get(/^(date of birth|dob|d\.o\.b\.?)$/);
  const dob = dobText ? parseDateText(dobText, year) : undefined;
  if (dob?.ok && !dob.partial) p.dateOfBirth = dob.date;
  const upn = get(/^upn$/);
  if (upn) p.upn = upn;
  const adm = get(/^(adm(ission)?\.?\s*(no|number)\.?|adno)$/);
  if (adm) p.admissionNumber = adm;
  const grp = get(/^(reg(istration)?\.? group|form|tutor group|class)$/);
  if (grp) p.regGroup = grp;
  const yr = get(/^(year|year group|nc year)$/);
  if (yr) p.yearGroup = yr.replace(/^(year|yr)\s*/i, '');
  if (misId) p.misId = misId;
  p.key = pupilKey(misId, name, misId ? undefined : p.dateOfBirth);
  return p;
}

/** Two-character herringbone text ("/\", "NN", "C1\", "I01 \") split into AM and PM tokens. */
export function splitHerringbone(text: string): string[] | undefined {
  const t = clean(text);
  if (!t) return [];
  if (/\s/.test(t)) {
    const parts = t.split(' ');
    return parts.length === 2 ? parts : undefined;
  }
  const out: string[] = [];
  let i = 0;
  while (i < t.length) {
    const two = t.slice(i, i + 2);
    if (/^(C1|C2|J1|Y[1-7])$/i.test(two)) {
      out.push(two);
      i += 2;
    } else {
      out.push(t[i]!);
      i += 1;
    }
  }
  return out.length === 2 ? out : undefined;
}

export interface HistoryReadOptions {
  year: YearContext;
  mapping?: MisMapping;
  marks?: MarkSelectors;
}

export function readHistory(table: Element, pupil: ViewPupil, row: Element, b: ViewBuilder, opts: HistoryReadOptions): void {
  b.addPupil(pupil, row, 'pupil');
  const grid = logicalGrid(table);
  const roles = classifyColumns(grid, { year: opts.year, perRowWeek: true });
  const weekCol = roles.findIndex((r) => r.kind === 'week');
  if (weekCol < 0) {
    b.fail('table', 'no week-commencing column');
    return;
  }
  const dayCols: Array<{ col: number; role: Extract<ColumnRole, { kind: 'day' }> }> = [];
  roles.forEach((role, col) => {
    if (role.kind === 'day') dayCols.push({ col, role });
    else if (role.kind === 'bad-session') b.fail(`column ${col + 1} header`, role.reason);
  });
  const unread = roles.flatMap((r, col) => (r.kind === 'other' ? [col] : []));
  for (const u of unreadMarkColumns(grid, unread, (col) => headerTexts(grid, col).texts.join(' '))) b.fail(u.where, u.what);
  if (!dayCols.length) {
    b.fail('table', 'no weekday columns');
    return;
  }
  let n = 0;
  for (const r of grid.body) {
    const weekText = clean(r.cells[weekCol]?.textContent);
    if (!weekText && !clean(r.el.textContent)) continue;
    if (/^(totals?|summary|key)\b/i.test(weekText)) continue;
    n++;
    const parsed = parseDateText(weekText, opts.year);
    if (!parsed?.ok) {
      b.fail(`week row ${n}`, parsed ? parsed.reason : `"${weekText}" is not a week-commencing date`);
      continue;
    }
    const start = parsed.date;
    const off = misfit(r, grid);
    if (off) {
      b.fail(`week row ${n}`, off);
      continue;
    }
    for (const { col, role } of dayCols) {
      const date = addDays(start, role.weekday - weekdayOf(start));
      const cell = r.cells[col];
      const at = `week of ${start}, ${date}`;
      if (!cell) {
        b.fail(at, 'the row has no cell for this day');
        continue;
      }
      if (isNoSession(cell, opts.marks)) continue;
      const sessions: Array<'AM' | 'PM'> = role.session ? [role.session] : ['AM', 'PM'];
      const raws = role.session ? [readMarkCell(cell, opts.marks)] : twoMarks(cell, opts.marks);
      if (!raws) {
        b.fail(at, `"${clean(cell.textContent) || labelOf(cell)}" is not two marks (AM, PM)`);
        continue;
      }
      if (raws.length === 0) continue; // nothing recorded that day (before admission, not a school day)
      sessions.forEach((session, i) => {
        const raw = raws[i];
        const where = `${at} ${session}`;
        if (!raw) return b.fail(where, 'the mark cannot be read');
        const fin = finishMark(raw, session, date, opts.mapping);
        if (fin.unreadable) return b.fail(where, `the mark "${fin.code}" cannot be read as a code`);
        if (fin.unknown) b.note(where, `unknown code "${fin.code}", kept as shown`);
        b.addMark({ pupil: pupil.key, date, session, code: fin.code, saved: raw.saved }, where);
      });
    }
  }
  if (n === 0) b.fail('table', 'no week rows');
}

/** A weekday cell's two marks: two child elements, or two tokens of text; [] when the cell is empty. */
function twoMarks(cell: Element, sel?: MarkSelectors): Array<RawMark | undefined> | undefined {
  const kids = Array.from(cell.children).filter((k) => !(sel?.skip && k.matches(sel.skip)));
  if (kids.length === 2) return kids.map((k) => readMarkCell(k, sel));
  if (kids.length > 0 && kids.length !== 2 && !clean(cell.textContent)) return undefined;
  const tokens = splitHerringbone(cell.textContent ?? '');
  if (!tokens) return undefined;
  return tokens.map((t) => ({ value: t, text: t, via: 'text' as const, saved: true }));
}
