/**
 * Cheap structural signatures of register tables, used by MIS readers to tell page kinds apart from
 * header words alone (no full read): a take-register table has a name column and one "Mark" column; a
 * marks grid has AM/PM columns; a history has a week-commencing column; a pupil list has a name
 * column and identity columns but no sessions.
 */
import { clean } from './text';

export const TABLES = 'table, [role="grid"], [role="table"], [role="treegrid"]';
const ARIA_TABLES = '[role="grid"], [role="table"], [role="treegrid"]';

/** Header texts of a table or ARIA grid, without building the logical grid. */
export function headerWords(root: Element): string[] {
  if (root.tagName !== 'TABLE') return Array.from(root.querySelectorAll('[role="columnheader"]'), (c) => clean(c.textContent));
  // Header rows only: a thead, or the leading rows made of th cells (never the whole body).
  const words: string[] = [];
  const head = Array.from(root.children).find((c) => c.tagName === 'THEAD');
  const rows = head ? Array.from(head.children) : leadingRows(root);
  for (const row of rows) for (const c of Array.from(row.children)) if (c.tagName === 'TH' || c.tagName === 'TD') words.push(clean(c.textContent));
  return words;
}

function leadingRows(table: Element): Element[] {
  const out: Element[] = [];
  const first = Array.from(table.children).find((c) => c.tagName === 'TBODY' || c.tagName === 'TR');
  let row = first?.tagName === 'TBODY' ? first.firstElementChild : first;
  while (row && row.tagName === 'TR' && row.firstElementChild?.tagName === 'TH' && out.length < 4) {
    out.push(row);
    row = row.nextElementSibling;
  }
  return out;
}

const NAME = /\b(name|student|pupil|learner|surname)\b/i;
const SESSION = /\b(AM|PM)\b/;
const MARK = /^(mark|attendance mark|code|session mark|register mark|registration code|reg code)$/i;
const BARE_SESSION = /^(AM|PM)$/;
const DATE_LIKE = /\d{1,2}[/.-]\d{1,2}|\b(mon|tue|wed|thu|fri)\b/i;
const WEEK = /^(week (commencing|beginning|starting)|w\/?c)$/i;
const IDENTITY = /^(upn|dob|date of birth|year|year group|reg(istration)? group|form|tutor group|class|adm(ission)?\.? ?no\.?|fsm|pp|sen|send|eal|lac|cla|cic)$/i;

export function isTakeRegisterTable(words: string[]): boolean {
  if (!words.some((w) => NAME.test(w))) return false;
  if (words.some((w) => MARK.test(w)) && !words.some((w) => SESSION.test(w))) return true;
  // One column headed just "AM" or "PM", no dates: a register for one session dated by the page.
  return words.filter((w) => BARE_SESSION.test(w)).length === 1 && !words.some((w) => DATE_LIKE.test(w));
}

/** Session columns with no name column: the scrolling half of a split grid. */
export function isSessionsOnlyTable(words: string[]): boolean {
  return words.some((w) => SESSION.test(w)) && !words.some((w) => NAME.test(w));
}

export function isMarksGridTable(words: string[]): boolean {
  return words.some((w) => NAME.test(w)) && words.some((w) => SESSION.test(w)) && !words.some((w) => WEEK.test(w));
}

export function isHistoryTable(words: string[]): boolean {
  return words.some((w) => WEEK.test(w));
}

export function isPupilListTable(words: string[]): boolean {
  return (
    words.some((w) => NAME.test(w)) &&
    words.filter((w) => IDENTITY.test(w)).length >= 2 &&
    !words.some((w) => SESSION.test(w) || MARK.test(w) || WEEK.test(w))
  );
}

/** The first table inside `scope` whose header words pass `test`. */
export function findTable(
  scope: ParentNode & { getElementsByTagName?: Document['getElementsByTagName'] },
  test: (words: string[]) => boolean,
  among: 'table' | 'aria' | 'both' = 'both',
): Element | null {
  // `<table>`s by tag are cheap to find even on a 40,000-element page; ARIA grids need a full scan,
  // so callers that try several page kinds try every kind on tables before scanning for grids.
  if (among !== 'aria') {
    const tables = scope.getElementsByTagName ? Array.from(scope.getElementsByTagName('table')) : Array.from(scope.querySelectorAll('table'));
    for (const t of tables) if (test(headerWords(t))) return t;
  }
  if (among !== 'table') for (const t of Array.from(scope.querySelectorAll(ARIA_TABLES))) if (test(headerWords(t))) return t;
  return null;
}
