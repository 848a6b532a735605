/**
 * What each column of a register table holds, judged from its header texts (and `data-date` /
 * `data-session` / `<time datetime>` where the page has them): the pupil's name, identity fields,
 * characteristics, an AM/PM session (with its date), a lesson period (left out of marks), or nothing
 * we use. A header that is plainly a session but whose date cannot be read is reported, not skipped.
 */
import { addDays, parseDateText, weekdayIndex, type YearContext } from './dates';
import { headerTexts, type LogicalGrid } from './table-grid';
import { clean } from './text';

export type Trait = 'fsm' | 'pp' | 'sen' | 'eal' | 'cic';

export type ColumnRole =
  | { kind: 'name' }
  | { kind: 'surname' }
  | { kind: 'forename' }
  | { kind: 'admission' }
  | { kind: 'upn' }
  | { kind: 'dob' }
  | { kind: 'year' }
  | { kind: 'group' }
  | { kind: 'trait'; trait: Trait }
  /** `assumed`: the session was taken from the column's position, said so in the view's notes. */
  | { kind: 'session'; date: string; session: 'AM' | 'PM'; assumed?: string }
  /** A weekday with both sessions in one cell (certificates): `weekday` 0 = Monday. */
  | { kind: 'day'; weekday: number; session?: 'AM' | 'PM' }
  | { kind: 'week' }
  | { kind: 'lesson' }
  | { kind: 'bad-session'; header: string; reason: string }
  | { kind: 'other' };

export interface ColumnContext {
  year: YearContext;
  /** The page's single date (a take-register page, a one-day grid). */
  date?: string;
  session?: 'AM' | 'PM';
  /** Monday of the week a "Mon AM" header belongs to, when headers carry weekdays only. */
  weekStart?: string;
  /** Certificates: each row is a week, so "Mon AM" stays a weekday column dated row by row. */
  perRowWeek?: boolean;
}

// Session words as MIS and portals write them: AM/PM, A.M./P.M., Morning/Afternoon, Mor/Aft, AM1/PM1.
const AM_WORD = /^(?:am[12]?|morn(?:ing)?|mor)$/;
const PM_WORD = /^(?:pm[12]?|afternoon|aft|afternoon)$/;
const LESSON = /^(P\s?\d+|L\s?\d+|period\s*\d+|lesson\s*\d+|reg(istration)?|tutor(ial)?|form time|lunch|break)\b/i;
const WEEKDAY_WORD = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i;

export function sessionIn(text: string): 'AM' | 'PM' | undefined {
  const words = text.toLowerCase().replace(/\b([ap])\.\s?m\b\.?/g, '$1m').split(/[^a-z0-9]+/);
  if (words.some((w) => AM_WORD.test(w))) return 'AM';
  if (words.some((w) => PM_WORD.test(w))) return 'PM';
  return undefined;
}

function identityRole(t: string): ColumnRole | undefined {
  if (/^(surname|last name|legal surname|family name)$/i.test(t)) return { kind: 'surname' };
  if (/^(forename|first name|legal forename|preferred (fore|first) ?name)$/i.test(t)) return { kind: 'forename' };
  if (/\bUPN\b/.test(t)) return { kind: 'upn' };
  if (/^(adm(ission)?\.?\s*(no|number)\.?|adno)$/i.test(t)) return { kind: 'admission' };
  if (/^(dob|d\.o\.b\.?|date of birth|birth ?date)$/i.test(t)) return { kind: 'dob' };
  if (/^(year|yr|year group|nc year|year grp)$/i.test(t)) return { kind: 'year' };
  if (/^(reg(istration)?\.? group|form|tutor group|class|reg group|form group)$/i.test(t)) return { kind: 'group' };
  if (/^(fsm|free school meals|fsm eligible)$/i.test(t)) return { kind: 'trait', trait: 'fsm' };
  if (/^(pp|pupil premium|premium)$/i.test(t)) return { kind: 'trait', trait: 'pp' };
  if (/^(send?|sen status|sen provision|special educational needs)$/i.test(t)) return { kind: 'trait', trait: 'sen' };
  if (/^(eal|english as an additional language)$/i.test(t)) return { kind: 'trait', trait: 'eal' };
  if (/^(cic|lac|cla|looked after|in care|child in care)$/i.test(t)) return { kind: 'trait', trait: 'cic' };
  if (/^(week (commencing|beginning|starting)|w\/?c|week)$/i.test(t)) return { kind: 'week' };
  // Last, so "Pupil Premium" or "Child in care" are not taken for the name column.
  if (/\b(name|student|pupil|learner|child)\b/i.test(t) && !/\b(id|number|no\.?)\b/i.test(t)) return { kind: 'name' };
  return undefined;
}

/** Attributes the page may carry on a header cell; structure beats words when present. */
function headerData(cells: Element[]): { date?: string; session?: 'AM' | 'PM' } {
  const out: { date?: string; session?: 'AM' | 'PM' } = {};
  for (const c of cells) {
    const d = c.getAttribute('data-date') ?? c.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
    if (d && /^\d{4}-\d{2}-\d{2}/.test(d)) out.date = d.slice(0, 10);
    const s = (c.getAttribute('data-session') ?? '').toUpperCase();
    if (s === 'AM' || s === 'PM') out.session = s;
  }
  return out;
}

export function classifyColumn(texts: string[], cells: Element[], ctx: ColumnContext): ColumnRole {
  const all = clean(texts.join(' '));
  if (!all && !cells.length) return { kind: 'other' };
  for (const t of texts) {
    const role = identityRole(t);
    if (role) return role;
  }
  const data = headerData(cells);
  const session = data.session ?? (texts.map(sessionIn).find((s) => s) as 'AM' | 'PM' | undefined);
  // A take-register's single mark column, dated by the page heading (before the lesson test: "Registration Code").
  if (!session && ctx.date && ctx.session && /^(mark|code|attendance|attendance mark|register|session mark|register mark|registration code|reg code)$/i.test(all)) {
    return { kind: 'session', date: ctx.date, session: ctx.session };
  }
  if (!session && texts.some((t) => LESSON.test(t))) return { kind: 'lesson' };
  if (!session && texts.length && !texts.some((t) => LESSON.test(t))) {
    // A weekday on its own over a two-mark cell (certificate layout).
    const wd = texts.length === 1 && WEEKDAY_WORD.test(texts[0]!) ? weekdayIndex(texts[0]!) : undefined;
    if (wd !== undefined) return { kind: 'day', weekday: wd };
  }
  if (!session) {
    // A date over something that is not a session (e.g. a lesson-only day) is not ours to read.
    return { kind: 'other' };
  }
  if (data.date) return { kind: 'session', date: data.date, session };
  // Find a date in any header text above this column.
  for (const t of texts) {
    const p = parseDateText(t, ctx.year);
    if (!p) continue;
    if (!p.ok) return { kind: 'bad-session', header: all, reason: p.reason };
    return { kind: 'session', date: p.date, session };
  }
  // "Mon AM" without a date: a weekday in a week the page names.
  const wdWord = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i.exec(all);
  if (wdWord) {
    const wd = weekdayIndex(wdWord[0])!;
    if (ctx.weekStart || ctx.perRowWeek) return { kind: 'day', weekday: wd, session };
    return { kind: 'bad-session', header: all, reason: `"${all}" names a weekday but the page gives no week` };
  }
  if (ctx.date) {
    if (ctx.session && ctx.session !== session) {
      return { kind: 'bad-session', header: all, reason: `"${all}" disagrees with the page, which says ${ctx.session}` };
    }
    return { kind: 'session', date: ctx.date, session };
  }
  return { kind: 'bad-session', header: all, reason: `"${all}" is a session with no date on the page` };
}

export function classifyColumns(grid: LogicalGrid, ctx: ColumnContext): ColumnRole[] {
  const roles: ColumnRole[] = [];
  for (let col = 0; col < grid.width; col++) {
    const { texts, cells } = headerTexts(grid, col);
    let role = classifyColumn(texts, cells, ctx);
    // "Mon AM" headers in a week the page names become dated sessions.
    if (role.kind === 'day' && role.session && ctx.weekStart) {
      role = { kind: 'session', date: addDays(ctx.weekStart, role.weekday), session: role.session };
    }
    roles.push(role);
  }
  return roles;
}
