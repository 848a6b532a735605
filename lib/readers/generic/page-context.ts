/**
 * What a page says about itself outside its grids: the year partial dates belong to (a date range,
 * a week-commencing date, an academic year), the single date and session of a take-register page
 * (from its headings), and the one pupil a registration certificate is about (from its header block).
 * One walk over the page; grids, selects and scripts are skipped so pupils' dates of birth and
 * option lists cannot pose as the page's dates.
 */
import { addDays, fullDatesIn, isoOf, parseDateText, weekdayOf, yearContextFrom, type YearContext } from '../dates';
import { looksLikeName, personName } from '../names';
import { clean } from '../text';

export interface HeaderPupil {
  name: string;
  dateOfBirth?: string;
  upn?: string;
  admissionNumber?: string;
  regGroup?: string;
  yearGroup?: string;
}

export interface PageContext {
  year: YearContext;
  /** The one date the headings name (take-register pages). */
  date?: string;
  session?: 'AM' | 'PM';
  /** Monday of a week the page names ("Week commencing 08/09/2025"). */
  weekStart?: string;
  group?: string;
  /** The pupil named in a label/value header block (certificates, pupil pages). */
  pupil?: HeaderPupil;
}

const SKIP = new Set(['TABLE', 'SELECT', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'svg']);
const GRID_ROLES = new Set(['grid', 'table', 'treegrid']);
const HEADING = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'CAPTION', 'LEGEND']);
const BLOCK = /^(?:P|DIV|LI|DT|DD|H\d|TR|TD|TH|SECTION|HEADER|MAIN|ARTICLE|ASIDE|NAV|FOOTER|UL|OL|DL|BR|LABEL|SPAN)$/;
// Dates of birth in the page text are the pupil's, never the page's year.
// (A date written in words is taken whole: "Date of birth 2 May 2018" leaves no "May 2018" behind.)
const DOB_TEXT = /(?:d\.?o\.?b\.?|date of birth|born)\s*:?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\S+)/gi;
const SESSION_WORD = /(?:^|[^a-z])(a\.?m\.?|p\.?m\.?|morning|afternoon)(?![a-z])/gi;
const WEEK_OF = /\b(?:week\s*(?:commencing|beginning|starting|of)|w\/[cb])\s*:?\s*(\S+(?:\s+\S+\s+\d{4})?)/i;

/** Words that start a new line inside a heading: its date is not glued to a subtitle ("2026Class 2H"). */
const LINE_BREAKING = new Set(['BR', 'SMALL', 'DIV', 'P']);

/** A heading's words, a subtitle inside it (`<small>`, a line break) kept apart from the title. */
function headingText(el: Element): string {
  let out = '';
  const walk = (n: Node): void => {
    for (const k of Array.from(n.childNodes)) {
      if (k.nodeType === 3) out += k.nodeValue ?? '';
      else if (k.nodeType === 1) {
        const breaks = LINE_BREAKING.has((k as Element).tagName);
        if (breaks) out += ' \n ';
        walk(k);
        if (breaks) out += ' \n ';
      }
    }
  };
  walk(el);
  return clean(out);
}

function collect(doc: Document): { outside: string; headings: string[]; pairs: [string, string][] } {
  let outside = '';
  const headings: string[] = [];
  const pairs: [string, string][] = [];
  const walk = (el: Element): void => {
    if (SKIP.has(el.tagName) || GRID_ROLES.has(el.getAttribute('role') ?? '')) {
      const label = el.getAttribute('aria-label');
      if (label) headings.push(clean(label));
      if (el.tagName === 'TABLE') tablePairs(el, pairs);
      return;
    }
    if (HEADING.has(el.tagName) || el.getAttribute('role') === 'heading') {
      headings.push(headingText(el));
      // A subtitle line straight after a heading ("Mon 8 Sep 2025, 08:40") belongs to it.
      const next = el.nextElementSibling;
      if (next && !HEADING.has(next.tagName) && !next.firstElementChild?.firstElementChild) {
        const t = clean(next.textContent);
        if (t.length <= 80) headings.push(t);
      }
    }
    else if (el.hasAttribute('aria-label') && /^(?:UL|OL)$|^list$/.test(el.getAttribute('role') ?? el.tagName)) {
      headings.push(clean(el.getAttribute('aria-label')));
    }
    if (el.tagName === 'DT') {
      const dd = el.nextElementSibling;
      if (dd?.tagName === 'DD') pairs.push([clean(el.textContent), clean(dd.textContent)]);
    }
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) outside += node.nodeValue ?? '';
      else if (node.nodeType === 1) walk(node as Element);
    }
    if (BLOCK.test(el.tagName)) outside += ' \n ';
  };
  if (doc.body) walk(doc.body);
  // The document title last: page headings name the pupil or date more often than titles do.
  const title = clean(doc.querySelector('title')?.textContent);
  if (title) headings.push(title);
  // "Name: Amelia Example" written as text.
  for (const m of outside.matchAll(/(?:^|\n)\s*([A-Za-z][A-Za-z .]{1,24}):\s*([^\n]{1,60})/g)) pairs.push([clean(m[1]), clean(m[2])]);
  return { outside, headings, pairs };
}

/** Label/value rows of small tables (a certificate's header block written as a table). */
function tablePairs(table: Element, pairs: [string, string][]): void {
  for (const tr of Array.from(table.querySelectorAll('tr')).slice(0, 12)) {
    const cells = Array.from(tr.children);
    if (cells.length === 2 && cells[0]!.tagName === 'TH' && cells[1]!.tagName === 'TD') {
      pairs.push([clean(cells[0]!.textContent), clean(cells[1]!.textContent)]);
      continue;
    }
    // "Pupil:" | "Zara Fiction" | "Reg group:" | "5K": labels that end in a colon, values beside them.
    if (cells.length % 2 === 0 && cells.length <= 8) {
      for (let i = 0; i < cells.length; i += 2) {
        const label = clean(cells[i]!.textContent);
        if (/:$/.test(label)) pairs.push([label.slice(0, -1).trim(), clean(cells[i + 1]!.textContent)]);
      }
    }
  }
}

// Words of page titles and headings that look like "Forename Surname" but are not a person.
const NOT_A_NAME = /\b(?:register|attendance|certificate|report|marks?|class|year|group|week|profile|student|pupil|learner|details|overview|summary|home|dashboard|school|calendar|timetable|rota|contacts?)\b/i;

function pupilFromPairs(pairs: [string, string][], year: YearContext, headings: string[]): HeaderPupil | undefined {
  const get = (re: RegExp): string | undefined => pairs.find(([k, v]) => re.test(k) && v !== '')?.[1];
  let name = get(/^(?:(?:pupil|student|learner|child|legal|full)\s*)?name$|^(?:pupil|student|learner)$/i);
  if (!name || !looksLikeName(name)) {
    const surname = get(/^(?:legal\s*)?(?:surname|last name|family name)$/i);
    const forename = get(/^(?:legal\s*)?(?:forename|first name|given name)$/i);
    name = surname && forename ? `${forename} ${surname}` : undefined;
  }
  if (!name) {
    // A heading such as "Attendance certificate – Amelia Example".
    for (const h of headings) {
      const part = h.split(/\s+[–—|:-]\s+|:\s*/).find((p) => looksLikeName(p) && !NOT_A_NAME.test(p));
      if (part) {
        name = part;
        break;
      }
    }
  }
  if (!name || !looksLikeName(name)) return undefined;
  const pupil: HeaderPupil = { name: personName(name) };
  const dob = get(/^(?:d\.?o\.?b\.?|date of birth|birth ?date)$/i);
  const dobDate = dob ? parseDateText(dob, year) : undefined;
  if (dobDate?.ok && !dobDate.partial) pupil.dateOfBirth = dobDate.date;
  const upn = get(/^upn$/i);
  if (upn) pupil.upn = upn;
  const adm = get(/^adm(?:ission)?\.?\s*(?:no|number)\.?$/i);
  if (adm) pupil.admissionNumber = adm;
  const reg = get(/^(?:reg(?:istration)?\.?\s*group|form|tutor\s*group|class)$/i);
  if (reg) pupil.regGroup = reg;
  const yr = get(/^(?:year(?:\s*group)?|nc year)$/i);
  if (yr) pupil.yearGroup = yr.replace(/^(?:year|yr)\s*/i, '');
  return pupil;
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** "September 2025" or "Summer term 2026" when the page gives no full date and no academic year. */
function yearFromWords(text: string, year: YearContext): void {
  const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(20\d\d)\b/i.exec(text);
  if (month) {
    const m = MONTHS.indexOf(month[1]!.toLowerCase()) + 1;
    const first = isoOf(Number(month[2]), m, 1)!;
    year.from = first;
    year.to = addDays(isoOf(m === 12 ? Number(month[2]) + 1 : Number(month[2]), (m % 12) + 1, 1)!, -1);
    return;
  }
  const term = /\b(autumn|spring|summer)\s+(?:term\s+)?(20\d\d)\b/i.exec(text);
  if (term) year.academicYearStart = Number(term[2]) - (term[1]!.toLowerCase() === 'autumn' ? 0 : 1);
}

function mondayOf(iso: string): string {
  return addDays(iso, -weekdayOf(iso));
}

export function pageContext(doc: Document): PageContext {
  const { outside, headings, pairs } = collect(doc);
  const text = outside.replace(DOB_TEXT, ' ');
  const year = yearContextFrom(`${text} ${headings.join(' ')}`.replace(DOB_TEXT, ' '));
  if (year.from === undefined && year.academicYearStart === undefined) yearFromWords(`${headings.join(' ')} ${text}`, year);
  const ctx: PageContext = { year };
  const week = WEEK_OF.exec(text);
  const weekDate = week ? parseDateText(week[1]!, year) : undefined;
  if (weekDate?.ok) ctx.weekStart = mondayOf(weekDate.date);
  // The headings' own date and session: a take-register page names exactly one of each.
  const headText = headings.join(' \n ');
  const dates = new Set(fullDatesIn(headText));
  // Headings without a date: a page whose text (outside its grids) states exactly one date.
  if (dates.size === 0) {
    const inText = new Set(fullDatesIn(text));
    if (inText.size === 1) dates.add([...inText][0]!);
  }
  if (dates.size === 1) ctx.date = [...dates][0];
  else if (dates.size === 0) {
    for (const h of headings) {
      const p = parseDateText(h, year);
      if (p?.ok) {
        ctx.date = p.date;
        break;
      }
    }
  }
  const sessions = new Set<string>();
  for (const m of headText.matchAll(SESSION_WORD)) sessions.add(/^(?:a\.?m|morning)/i.test(m[1]!) ? 'AM' : 'PM');
  if (sessions.size === 1) ctx.session = [...sessions][0] as 'AM' | 'PM';
  const group = /\b(?:(?:tutor|reg(?:istration)?|form)\s*)?group\s*:?\s+([A-Z0-9][A-Za-z0-9-]{0,7})\b/i.exec(text);
  if (group) ctx.group = group[1];
  const pupil = pupilFromPairs(pairs, year, headings);
  if (pupil) ctx.pupil = pupil;
  return ctx;
}
