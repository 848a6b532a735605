/**
 * "Teach this page" as a user does it, without a browser: click a pupil's name (the element showing
 * it), then that pupil's first mark (in the name's row, or the row of the pane beside it sharing its
 * row index or id; on a certificate the first mark of the weeks grid; on a card, the card's mark
 * control), then answer only what teach mode asks. Used for the blind pages' first-try results.
 */
import { cellLike, registerGrid } from '../../lib/content/teach/looks-like-register';
import { CELL, GRID, ROW } from '../../lib/content/teach/cells';
import { previewOf, type TeachPreview } from '../../lib/content/teach/preview';
import { mappingFromElements, readTaught, type TaughtMapping } from '../../lib/readers/generic/taught';
import { cardsUnsaid } from '../../lib/readers/generic/taught-layouts';
import { teachMapping } from '../../lib/readers/generic/taught-pick';
import { divGridRootsOf } from '../../lib/readers/generic/div-grid';
import type { RegisterView } from '../../lib/readers/view';

export interface Answers {
  /** For a grid whose headers give no dates: the first mark column's date and how columns run. */
  firstDate?: string;
  layout?: 'am-pm' | 'am' | 'pm' | 'day-pair';
  /** For a card register whose page does not say them. */
  date?: string;
  session?: 'AM' | 'PM';
}

export interface Taught {
  mapping?: TaughtMapping;
  view?: RegisterView;
  preview?: TeachPreview;
  /** What teach mode asked the user (answered from `answers` when given). */
  asked: string[];
  /** Teach mode's refusal, or a step the user could not take. */
  error?: string;
}

const words = (t: string) => t.toLowerCase().replace(/[^\p{L}\s'-]/gu, ' ').split(/\s+/).filter(Boolean);

/** The smallest element in the body showing every word of the name. */
export function nameElement(doc: Document, name: string): Element | undefined {
  const want = words(name);
  let best: Element | undefined;
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (el.closest('script, style, select, option, title')) continue;
    const have = new Set(words(el.textContent ?? ''));
    if (!want.every((w) => have.has(w))) continue;
    if (!best || best.contains(el)) best = el;
  }
  return best;
}

const ROW_KEYS = ['aria-rowindex', 'row-index', 'row-id', 'data-row-id', 'data-id'];
const CONTROL = 'select, input:not([type="hidden"]), [role="radiogroup"], [aria-pressed], fieldset';

function firstMarkAfter(cells: Element[], from: number): Element | undefined {
  return cells.slice(from).find((c) => cellLike(c));
}

/** The pupil's first mark, where a user would look for it. */
export function markElement(doc: Document, nameEl: Element): Element | undefined {
  const cell = nameEl.closest(CELL);
  const row = cell?.closest(ROW);
  if (cell && row) {
    const cells = Array.from(row.children).filter((c) => c.matches(CELL));
    const inRow = firstMarkAfter(cells, cells.indexOf(cell) + 1);
    if (inRow) return inRow;
    // A pinned name pane: the row beside it with the same index or id.
    const grid = row.closest(GRID) ?? doc.body;
    for (const key of ROW_KEYS) {
      const v = row.getAttribute(key);
      if (!v) continue;
      for (const other of Array.from(grid.querySelectorAll(`[${key}="${v}"]`))) {
        if (other === row) continue;
        const mark = firstMarkAfter(Array.from(other.children).filter((c) => c.matches(CELL)), 0);
        if (mark) return mark;
      }
    }
    // Two tables side by side: the row at the same position in the next table.
    const table = row.closest('table');
    const k = table ? Array.from(table.querySelectorAll('tbody tr, tr')).indexOf(row) : -1;
    for (const t of Array.from(doc.querySelectorAll('table'))) {
      if (t === table || k < 0) continue;
      const r = Array.from(t.querySelectorAll('tbody tr, tr'))[k];
      const mark = r && firstMarkAfter(Array.from(r.children).filter((c) => c.matches(CELL)), 0);
      if (mark) return mark;
    }
  }
  // A card: the mark control on the name's card.
  for (let el: Element | null = nameEl, up = 0; el && up < 6; el = el.parentElement, up++) {
    // (A search box in the page's navigation is no pupil's mark.)
    const control = Array.from(el.querySelectorAll(CONTROL)).find((c) => !c.closest('nav, header') && c.getAttribute('type') !== 'search');
    if (control) return control.closest('[role="radiogroup"], fieldset') ?? control;
  }
  // A certificate: the first mark in the weeks grid.
  const grid = registerGrid(doc);
  if (grid) for (const c of Array.from(grid.querySelectorAll(CELL))) if (!c.closest('thead') && cellLike(c) && c.tagName !== 'TH') return c;
  // A certificate drawn with divs: the first mark shown in a run of like rows.
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (el.children.length === 0 && !el.closest('nav, header, script, style') && cellLike(el) && divGridRootsOf(el).length) return el;
  }
  return undefined;
}

export function teachAsUser(doc: Document, pupilName: string, answers: Answers = {}, now = new Date()): Taught {
  const asked: string[] = [];
  const nameEl = nameElement(doc, pupilName);
  if (!nameEl) return { asked, error: `no element shows the name ${pupilName}` };
  const markEl = markElement(doc, nameEl);
  if (!markEl) return { asked, error: `no mark found for ${pupilName}` };
  let mapping: TaughtMapping;
  try {
    mapping = teachMapping(nameEl, markEl);
  } catch (e) {
    return { asked, error: (e as Error).message };
  }
  if ((mapping.kind === undefined || mapping.kind === 'grid') && mapping.layout !== 'headers') {
    asked.push('date of the first mark column');
    if (!answers.firstDate) return { asked, mapping, error: 'asked for the date of the first mark column' };
    mapping = mappingFromElements(nameEl.closest(CELL)!, markEl.closest(CELL)!, answers.firstDate, answers.layout ?? 'am-pm');
  }
  if (mapping.kind === 'cards') {
    const unsaid = cardsUnsaid(doc);
    if (unsaid.date) {
      asked.push('date');
      mapping.date = answers.date ?? 'today';
    }
    if (unsaid.session) {
      asked.push('session');
      mapping.session = answers.session ?? 'by-time';
    }
  }
  const view = readTaught(doc, mapping, 'taught', now).view;
  return { mapping, view, preview: previewOf(view), asked };
}

/** A pupil's name as a set of words, so "QUILLFEATHER Arlo" and "Quillfeather, Arlo" agree. */
export const nameKey = (name: string) => words(name).sort().join(' ');

/** Marks as `name|date|session|code`, names as word sets. */
export function markKeys(marks: { pupil: string; date: string; session: string; code: string }[], nameOf: (pupil: string) => string = (p) => p): string[] {
  return marks.map((m) => `${nameKey(nameOf(m.pupil))}|${m.date}|${m.session}|${m.code}`).sort();
}
