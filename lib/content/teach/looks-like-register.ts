import { isKnownCode } from '../../engine/codes';
import { looksLikeName } from '../../readers/names';
import { GRID, ROW, cellsOf } from './cells';

/**
 * A cheap guess, for pages no reader recognises, at whether the page holds a register worth
 * offering "Teach this page" for (it runs in the MIS content script on every such page, so it is
 * bounded and imports almost nothing):
 *  - a table or grid with two rows of three or more mark-like cells: attendance codes, mark
 *    drop-downs, or day cells holding two marks ("/\", "/M", "NN") — grids and certificates;
 *  - a list of two or more mark controls (a drop-down, a radio group) each beside a person's name —
 *    card registers.
 * Timetables, contact lists and mark books do not pass; a false positive costs only a quiet,
 * dismissable notice.
 */
const MAX_GRIDS = 20;
const MAX_ROWS = 40;
const MAX_CONTROLS = 60;
const TWO = /^(C1|C2|J1|Y[1-7]|[A-Z]|[/\\#-])(C1|C2|J1|Y[1-7]|[A-Z]|[/\\#-])$/;

function codeLike(text: string): boolean {
  if (text.length === 0 || text.length > 6) return false;
  if (text.length <= 3 && isKnownCode(text)) return true;
  // A day cell holding AM then PM ("/\", "/M", "NN"): both halves codes, with a slash or the same
  // code twice, so that words such as "PM" or "PE" are not taken for two marks.
  const two = TWO.exec(text.replace(/\s+/g, ''));
  return !!two && isKnownCode(two[1]!) && isKnownCode(two[2]!) && (/[/\\]/.test(text) || two[1] === two[2]);
}

const MARK_WORDS = /\b(?:present|absent|late|authorised|unauthorised|illness|mark)\b/i;

/** A cell (or element) showing one mark: a code, two codes, a mark box or drop-down, a labelled icon. */
export function cellLike(cell: Element): boolean {
  if (cell.querySelector('select')) return true;
  const text = (cell.textContent ?? '').trim();
  if (text) return codeLike(text);
  // A mark box, or an icon labelled with the mark ("Present AM").
  const input = cell.querySelector('input');
  if (input) return codeLike(input.value.trim()) || MARK_WORDS.test(input.getAttribute('aria-label') ?? '');
  const icon = cell.querySelector('[aria-label], [title], img[alt]');
  return !!icon && MARK_WORDS.test(icon.getAttribute('aria-label') ?? icon.getAttribute('title') ?? icon.getAttribute('alt') ?? '');
}

export function registerGrid(doc: Document): Element | undefined {
  for (const grid of Array.from(doc.querySelectorAll(GRID)).slice(0, MAX_GRIDS)) {
    let rows = 0;
    for (const row of Array.from(grid.querySelectorAll(ROW)).slice(0, MAX_ROWS)) {
      let codes = 0;
      for (const c of cellsOf(row)) if (cellLike(c)) codes++;
      if (codes >= 3 && ++rows >= 2) return grid;
    }
  }
  return undefined;
}

/** A person's name in the few elements around a mark control (a card, a list row). */
function namedNear(control: Element): boolean {
  let el: Element | null = control;
  for (let up = 0; up < 4 && el?.parentElement; up++) {
    el = el.parentElement;
    const walker = el.ownerDocument.createTreeWalker(el, 4 /* text */);
    let seen = 0;
    for (let n = walker.nextNode(); n && seen < 30; n = walker.nextNode(), seen++) {
      if (n.parentElement?.closest('select, option, button, label, legend')) continue;
      const t = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      if (t.length >= 3 && t.length <= 60 && looksLikeName(t) && !/\d/.test(t)) return true;
    }
  }
  return false;
}

export function cardRegister(doc: Document): boolean {
  const controls = [...Array.from(doc.querySelectorAll('select, [role="radiogroup"]')), ...Array.from(doc.querySelectorAll('fieldset')).filter((f) => f.querySelector('input[type="radio"]'))];
  let named = 0;
  for (const c of controls.slice(0, MAX_CONTROLS)) if (!c.closest(GRID) && namedNear(c) && ++named >= 2) return true;
  return false;
}

export function looksLikeRegister(doc: Document): boolean {
  return registerGrid(doc) !== undefined || cardRegister(doc);
}
