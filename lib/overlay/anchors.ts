/**
 * Reading the host page for placement, without changing it: which cell of a row holds the pupil's
 * name (the badge sits at its right edge), and which ancestors clip a row when they scroll.
 */
import type { Box } from './layout';

const MAX_CELLS = 16;
const MAX_TEXT = 200;

function tokens(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s,.;()]+/)
    .filter((t) => t.length >= 2);
}

/**
 * The child of `row` whose text holds most of the pupil's name tokens ("Smith, Ava" and "Ava Smith"
 * both match), skipping cells with visible form controls (mark selects list every code's label; a hidden id input is not one). Falls back
 * to the first non-empty cell, then to the row itself (card layouts).
 */
export function findAnchorCell(row: Element, name: string): Element {
  const want = tokens(name);
  let best: Element | null = null;
  let bestScore = 0;
  let firstSized: Element | null = null;
  const cells = row.children;
  for (let i = 0; i < cells.length && i < MAX_CELLS; i++) {
    const cell = cells[i]!;
    if (cell.querySelector('select, textarea, input:not([type="hidden"])')) continue;
    const text = (cell.textContent ?? '').slice(0, MAX_TEXT).toLowerCase();
    if (!firstSized && text.trim()) firstSized = cell;
    let score = 0;
    for (const t of want) if (text.includes(t)) score++;
    if (score > bestScore) {
      best = cell;
      bestScore = score;
    }
  }
  return best ?? firstSized ?? row;
}

/** Ancestors of `el` (below the root element) whose overflow clips it: scroll containers and `overflow: clip`. */
export function clippingAncestors(el: Element): Element[] {
  const out: Element[] = [];
  const view = el.ownerDocument.defaultView;
  if (!view) return out;
  const rootEl = el.ownerDocument.documentElement;
  const bodyEl = el.ownerDocument.body;
  for (let a = el.parentElement; a && a !== rootEl && a !== bodyEl; a = a.parentElement) {
    const s = view.getComputedStyle(a);
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') out.push(a);
  }
  return out;
}

/** The part of a clipping ancestor its content can show: its padding box, without scrollbars. */
export function clientBox(el: Element): Box {
  const r = el.getBoundingClientRect();
  const left = r.left + el.clientLeft;
  const top = r.top + el.clientTop;
  return { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight };
}

/** Sorts rows into document order if they are not already (readers return them in reading order). */
export function inDocumentOrder<T>(items: T[], el: (t: T) => Element): T[] {
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) {
    sorted = !(el(items[i - 1]!).compareDocumentPosition(el(items[i]!)) & Node.DOCUMENT_POSITION_PRECEDING);
  }
  if (sorted) return items;
  return [...items].sort((a, b) => (el(a).compareDocumentPosition(el(b)) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1));
}
