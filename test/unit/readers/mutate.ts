/**
 * Page mutations for the readers' fuzz test and the account-for-every-cell test: what a saved or
 * live page may do to a register that a reader must notice (a cell lost or doubled, a row moved, a
 * mark with stray text, a header renamed, an ARIA role removed, the page cut off, a row added), and
 * the check every read of a mutated page must pass.
 */
import { markLike } from '../../../lib/readers/account';
import { looksLikeName } from '../../../lib/readers/names';
import type { RegisterView } from '../../../lib/readers/view';
import { markMap, parse, readDoc, readHtml, type HtmlRead, type Page } from './corpus';

export const KINDS = ['deleteCell', 'duplicateCell', 'deleteRow', 'duplicateRow', 'swapRows', 'inject', 'renameHeader', 'removeRole', 'truncate', 'addRow'] as const;
export type Kind = (typeof KINDS)[number];

export interface Mutation {
  kind: Kind;
  /** Picks among the candidates (taken modulo their number). */
  a: number;
  b: number;
  text: string;
}

const CELLS = 'td, [role="gridcell"], [role="cell"]';
const HEADERS = 'th, [role="columnheader"]';
const ROWS = 'tr, [role="row"]';
const ROLES = '[role="row"], [role="gridcell"], [role="columnheader"], [role="cell"], [role="rowheader"]';

function pick<T>(xs: T[], n: number): T | undefined {
  return xs.length ? xs[Math.abs(n) % xs.length] : undefined;
}

function bodyRows(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(ROWS)).filter((r) => r.querySelector(CELLS) && !r.querySelector(HEADERS));
}

/** The mutated page's read; `undefined` result when the mutation found nothing to change. */
export function mutateAndRead(page: Page, m: Mutation): { read: HtmlRead | undefined; changed: boolean } {
  if (m.kind === 'truncate') {
    const at = Math.abs(m.a) % page.html.length;
    return { read: readHtml(page.html.slice(0, at), page.url), changed: true };
  }
  const doc = parse(page.html);
  const cells = Array.from(doc.querySelectorAll(CELLS));
  let changed = true;
  switch (m.kind) {
    case 'deleteCell': {
      const c = pick(cells, m.a);
      if (c) c.remove();
      else changed = false;
      break;
    }
    case 'duplicateCell': {
      const c = pick(cells, m.a);
      if (c) c.after(c.cloneNode(true));
      else changed = false;
      break;
    }
    case 'deleteRow':
    case 'duplicateRow':
    case 'addRow': {
      const r = pick(bodyRows(doc), m.a);
      if (!r) changed = false;
      else if (m.kind === 'deleteRow') r.remove();
      else {
        const copy = r.cloneNode(true) as Element;
        if (m.kind === 'addRow') for (const c of Array.from(copy.querySelectorAll(CELLS))) if (/^[A-Z][a-z]+,? [A-Z][a-z]+/.test(c.textContent?.trim() ?? '')) c.textContent = `Newton ${m.text.replace(/[^a-z]/gi, '') || 'Added'}`;
        r.after(copy);
      }
      break;
    }
    case 'swapRows': {
      // Rows holding a pupil's name: swapping rows of a marks-only pane changes what the page shows.
      // (rows of one pane of a split grid — names only, or marks only — are left alone).
      const rows = bodyRows(doc).filter((r) => {
        const texts = Array.from(r.querySelectorAll(CELLS), (c) => c.textContent?.trim() ?? '');
        // Not rows of a row-per-session grid (an AM row and a PM row per pupil): moving one moves its marks to another pupil on the page.
        return texts.some((t) => looksLikeName(t)) && texts.some((t) => markLike(t)) && !texts.some((t) => /^(?:am|pm|morning|afternoon)$/i.test(t));
      });
      const x = pick(rows, m.a);
      const y = pick(rows, m.b);
      if (!x || !y || x === y || x.parentElement !== y.parentElement) changed = false;
      else {
        const marker = doc.createElement('i');
        x.replaceWith(marker);
        y.replaceWith(x);
        marker.replaceWith(y);
      }
      break;
    }
    case 'inject': {
      // Into marks (a name with stray text is a different name the page now shows).
      const c = pick(cells.filter((x) => markLike(x.textContent ?? '') || x.querySelector('input')), m.a);
      if (!c) changed = false;
      else {
        const box = c.querySelector('input');
        if (box) box.setAttribute('value', `${box.getAttribute('value') ?? ''}${m.text}`);
        else c.append(doc.createTextNode(m.text));
      }
      break;
    }
    case 'renameHeader': {
      const h = pick(Array.from(doc.querySelectorAll(HEADERS)), m.a);
      if (h) h.textContent = m.text;
      else changed = false;
      break;
    }
    case 'removeRole': {
      const e = pick(Array.from(doc.querySelectorAll(ROLES)), m.a);
      if (e) e.removeAttribute('role');
      else changed = false;
      break;
    }
  }
  return { read: changed ? readDoc(doc, page.url) : undefined, changed };
}

/**
 * Never a silent difference: a mutated page is refused, read as incomplete with a problem, or read
 * completely with the original's marks for the cells still on the page. Returns what went wrong.
 */
export function silentDifference(original: RegisterView, m: Mutation, read: HtmlRead | undefined): string | undefined {
  if (!read) return undefined;
  const v = read.view;
  if (!v.complete) return v.problems.length ? undefined : 'incomplete with no problem';
  const before = markMap(original);
  // A one-pupil page names its pupil in the header; readers may spell the name differently (a middle name).
  const one = original.pupils.length === 1 && v.pupils.length === 1 ? original.pupils[0]!.name : undefined;
  const after = markMap(one ? { ...v, pupils: [{ ...v.pupils[0]!, name: one }] } : v);
  const namesBefore = new Set(original.pupils.map((p) => p.name));
  const namesAfter = new Set(one ? [one] : v.pupils.map((p) => p.name));
  const noted = (code: string): boolean => v.problems.some((p) => p.what.includes(`"${code.replace(/\*$/, '')}"`));
  // A blank mark ("no mark yet") and no mark at all say the same: nothing recorded.
  for (const m of [before, after]) for (const [k, c] of m) if (c === '' || c === '*') m.delete(k);
  for (const [key, code] of after) {
    const name = key.split('|')[0]!;
    const was = before.get(key);
    if (was === undefined) {
      if (namesBefore.has(name) && !noted(code)) return `invented mark ${key} ${code}`;
      continue; // a pupil the mutation added
    }
    if (was !== code && !noted(code)) return `changed mark ${key}: ${was} → ${code}`;
  }
  const sessions = new Set(v.sessions.map((s) => `${s.date}|${s.session}`));
  for (const [key, code] of before) {
    const [name, date, session] = key.split('|');
    if (namesAfter.has(name!) && sessions.has(`${date}|${session}`) && !after.has(key)) return `dropped mark ${key} ${code}`;
  }
  const lost = [...namesBefore].filter((n) => !namesAfter.has(n));
  const mayLose = m.kind === 'deleteRow' ? 1 : 0;
  if (lost.length > mayLose) return `pupils missing without a problem: ${lost.slice(0, 3).join(', ')}`;
  return undefined;
}
