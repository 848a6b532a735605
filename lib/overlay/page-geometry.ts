/**
 * Reading where the host page draws text and controls, for placement (layout.ts decides from these
 * rectangles). Reads only: nothing of the page is changed. Row obstacles are kept relative to the row, so a
 * scroll does not ask again; hit tests see only what is inside the window.
 */
import type { Box } from './layout';

/** What makes a box "content" even without text. */
export const FILLED =
  'input:not([type="hidden"]), select, textarea, button, img, svg, canvas, video, iframe, object, [role="img"], [role="button"], [role="checkbox"], [role="radio"], [role="combobox"]';

/**
 * Rectangles of the row's visible text (each line box of each text node, by Range.getClientRects) and of its
 * controls and pictures, relative to the row's top-left corner.
 */
export function rowObstacles(row: Element, rowBox: Box): Box[] {
  const doc = row.ownerDocument;
  const out: Box[] = [];
  const range = doc.createRange();
  const walker = doc.createTreeWalker(row, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const pills = new Set<Element>();
  const push = (r: DOMRect | Box) => {
    if (r.right - r.left <= 0 || r.bottom - r.top <= 0) return;
    out.push({ left: r.left - rowBox.left, top: r.top - rowBox.top, right: r.right - rowBox.left, bottom: r.bottom - rowBox.top });
  };
  let n: Node | null = walker.nextNode();
  while (n) {
    if (n.nodeType === Node.TEXT_NODE) {
      if ((n.nodeValue ?? '').trim()) {
        range.selectNodeContents(n);
        for (const r of Array.from(range.getClientRects())) push(r);
        // A pill (the MIS's "EAL", "FSM", "Unsaved" tags): its coloured box, not only its letters, is kept clear.
        const p = n.parentElement;
        if (p && p !== row && !pills.has(p)) {
          pills.add(p);
          if (isPill(p)) push(p.getBoundingClientRect());
        }
      }
      n = walker.nextNode();
    } else {
      const el = n as Element;
      if (el.matches(FILLED)) {
        push(el.getBoundingClientRect());
        // Its inside (a select's options) is not drawn apart from it.
        n = walker.nextSibling() ?? nextOutside(walker, row);
      } else n = walker.nextNode();
    }
  }
  return out;
}

/** An inline box drawn with its own background or border around its text (a tag, a pill, a badge of the page's). */
function isPill(el: Element): boolean {
  const cs = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (!cs || !/^inline/.test(cs.display)) return false;
  const bg = cs.backgroundColor;
  return (!!bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) || parseFloat(cs.borderLeftWidth) > 0;
}

function nextOutside(walker: TreeWalker, root: Node): Node | null {
  for (let p = walker.parentNode(); p && p !== root; p = walker.parentNode()) {
    const s = walker.nextSibling();
    if (s) return s;
  }
  return null;
}

export function offset(boxes: readonly Box[], by: Box): Box[] {
  return boxes.map((b) => ({ left: b.left + by.left, top: b.top + by.top, right: b.right + by.left, bottom: b.bottom + by.top }));
}

const GRID = 'table,[role="grid"],[role="table"],[role="treegrid"]';

/** The page's own top hit at a point, looking through our overlay host. */
function pageHit(doc: Document, x: number, y: number, host: Element): Element | null {
  // The top hit is the page's unless one of our badges is there: only then is the whole stack asked for
  // (elementsFromPoint costs several times more, and the dock's placement asks hundreds of points).
  const top = doc.elementFromPoint(x, y);
  if (top !== host) return top;
  for (const el of doc.elementsFromPoint(x, y)) if (el !== host) return el;
  return null;
}

/**
 * Where empty page starts to the right of a register table, at the height `y`: past the table and any grid the
 * page draws right beside it (a split grid's marks pane). Null when the page has content there, or the window
 * ends first. Empty page = the root, the body, or a box that holds the table (its background).
 */
export function besideTable(doc: Document, table: Element, y: number, host: Element, vw: number): number | null {
  let right = table.getBoundingClientRect().right;
  for (let i = 0; i < 4; i++) {
    const x = right + 2;
    if (x >= vw - 8) return null;
    const hit = pageHit(doc, x, y, host);
    if (!hit || hit === doc.documentElement || hit === doc.body || hit.contains(table)) return right;
    const grid = hit.closest(GRID);
    if (!grid || grid.contains(table)) return null;
    right = Math.max(right + 1, grid.getBoundingClientRect().right);
  }
  return null;
}

/** Is the page empty (background of something holding `table`, or the root) at each of these points? */
export function emptyAt(doc: Document, points: readonly [number, number][], table: Element | null, host: Element, vw: number, vh: number): boolean {
  for (const [x, y] of points) {
    if (x < 0 || y < 0 || x >= vw || y >= vh) return false;
    const hit = pageHit(doc, x, y, host);
    if (!hit || hit === doc.documentElement || hit === doc.body) continue;
    if (table && hit.contains(table)) continue;
    if (!table && blankBox(hit)) continue;
    return false;
  }
  return true;
}

/** A box with no text of its own, not a control or link: its empty area shows nothing (register rows are avoided by rectangle). */
function blankBox(el: Element): boolean {
  if (el.matches(FILLED) || el.closest('a,label,button,[role="row"]')) return false;
  for (const c of Array.from(el.childNodes)) if (c.nodeType === Node.TEXT_NODE && (c.nodeValue ?? '').trim()) return false;
  return true;
}

/**
 * Points over a box (edges included), for hit tests: every 10 px down, fine enough to find a line of text,
 * and every 16 px across, which still meets any two characters of text or a 16 px icon. Across is the
 * cheaper axis to thin: each point is a hit test, and the dock's placement asks a few hundred.
 */
export function samplePoints(b: Box, stepX = 16, stepY = 10): [number, number][] {
  const out: [number, number][] = [];
  const xs = Math.max(1, Math.ceil((b.right - b.left - 2) / stepX));
  const ys = Math.max(1, Math.ceil((b.bottom - b.top - 2) / stepY));
  for (let j = 0; j <= ys; j++) {
    for (let i = 0; i <= xs; i++) out.push([b.left + 1 + ((b.right - b.left - 2) * i) / xs, b.top + 1 + ((b.bottom - b.top - 2) * j) / ys]);
  }
  return out;
}
