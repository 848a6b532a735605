/**
 * Positioned layouts: forms whose labels are absolutely placed text and whose boxes are placed beside
 * them (a fillable PDF in pdf.js: a text layer of spans, then an annotation layer of inputs, each placed by
 * left/top). Document order says nothing there: a label is found by geometry, as a person reads the page —
 * the nearest text to the left on the same line (to the right for a tick box), else the text directly
 * above; a column header over a column of boxes that also have a row label (two parents side by side).
 * Two texts equally near is ambiguity: no label. Geometry comes from inline left/top/width/height (% or
 * px; Node has no layout) or, in a browser, from the collector's `rectOf` (getBoundingClientRect).
 */
import { CONTROL_SELECTOR } from './aria-controls';

type El = Element;
export interface Box { x: number; y: number; w: number; h: number; unit: string }

export interface PositionedLabel {
  /** The label found by geometry ('' when none, or when two texts are equally near). */
  label: string;
  /** Where it was: on the same line (left, or right of a tick box), or above. */
  where: 'left' | 'right' | 'above' | '';
  /** The header over this box's column, when boxes stand in columns that each have one. */
  column: string;
  /** The section title above (a line of its own, bold or numbered), nearest first. */
  heading: string;
  /** Why there is no label although texts are near ("two texts equally near: …"). */
  ambiguous: string;
}

const num = (s: string | undefined): { v: number; unit: string } | null => {
  const m = /^(-?\d+(?:\.\d+)?)(%|px)$/.exec((s ?? '').trim());
  return m ? { v: Number(m[1]), unit: m[2]! } : null;
};

function styleMap(el: El): Map<string, string> {
  const out = new Map<string, string>();
  for (const decl of (el.getAttribute('style') ?? '').split(';')) {
    const i = decl.indexOf(':');
    if (i > 0) out.set(decl.slice(0, i).trim().toLowerCase(), decl.slice(i + 1).trim().toLowerCase());
  }
  return out;
}

/** An element's inline box: left and top in one unit (width/height when given in it too). */
export function inlineBox(el: El): Box | null {
  const s = styleMap(el);
  const x = num(s.get('left'));
  const y = num(s.get('top'));
  if (!x || !y || x.unit !== y.unit) return null;
  const w = num(s.get('width'));
  const h = num(s.get('height'));
  return { x: x.v, y: y.v, w: w && w.unit === x.unit ? w.v : 0, h: h && h.unit === x.unit ? h.v : 0, unit: x.unit };
}

/** The placed element a control sits in: itself or a near wrapper with inline left/top (pdf.js' section). */
export function positionedCarrier(el: El): El | null {
  let e: El | null = el;
  for (let i = 0; e && i < 3; i++, e = e.parentElement) if (inlineBox(e)) return e;
  return null;
}

interface Item { el: El; box: Box; text: string; bold: boolean }

const SECTION_NUMBER = /^(\d+|[A-Z])[.)]\s+\S/;

/**
 * Labels by geometry for the controls that sit in placed wrappers. Controls not placed are absent from
 * the result. `rectOf` (a browser) replaces the inline boxes with real ones.
 */
export function positionedLabels(controls: El[], textOf: (e: El | null) => string, rectOf?: (e: El) => { left: number; top: number; width: number; height: number } | null): Map<El, PositionedLabel> {
  const out = new Map<El, PositionedLabel>();
  const carriers = new Map<El, El>();
  for (const c of controls) {
    const car = positionedCarrier(c);
    if (car) carriers.set(c, car);
  }
  if (!carriers.size) return out;
  const boxOf = (e: El): Box | null => {
    const ib = inlineBox(e);
    if (!ib) return null;
    if (!rectOf) return ib;
    const r = rectOf(e);
    return r && (r.width > 0 || r.height > 0) ? { x: r.left, y: r.top, w: r.width, h: r.height, unit: 'rect' } : ib;
  };
  // A page: the nearest ancestor of the carrier that also holds placed text.
  const pages = new Map<El, { texts: Item[]; boxes: { el: El; box: Box; tick: boolean }[] }>();
  const pageOf = (car: El): El | null => {
    for (let p = car.parentElement; p; p = p.parentElement) {
      if (pages.has(p)) return p;
      const texts = placedTexts(p, textOf, boxOf);
      if (texts.length) {
        pages.set(p, { texts, boxes: [] });
        return p;
      }
    }
    return null;
  };
  const pageFor = new Map<El, El>();
  for (const [c, car] of carriers) {
    const page = pageOf(car);
    const box = boxOf(car);
    if (!page || !box) continue;
    pageFor.set(c, page);
    pages.get(page)!.boxes.push({ el: c, box, tick: /^(checkbox|radio)$/i.test(c.getAttribute('type') ?? '') || /^(checkbox|radio|switch)$/.test(c.getAttribute('role') ?? '') });
  }
  for (const [c, page] of pageFor) {
    const { texts: all, boxes: allBoxes } = pages.get(page)!;
    const me = allBoxes.find((b) => b.el === c)!;
    const b = me.box;
    const texts = all.filter((t) => t.box.unit === b.unit);
    const boxes = allBoxes.filter((o) => o.box.unit === b.unit && o !== me);
    // One line's height: the lowest box on the page (a one-line box), else a guess by unit.
    const heights = [b, ...boxes.map((o) => o.box)].map((x) => x.h).filter((h) => h > 0);
    const lineH = heights.length ? Math.min(...heights) : b.unit === '%' ? 2 : 20;
    // Same line: the text's top lies within the box's first line (half a line above its top allowed).
    const onLine = (y: number, box: Box) => y >= box.y - lineH * 0.5 && y < box.y + lineH;
    const near = (a: number, z: number) => Math.abs(a - z) < (b.unit === '%' ? 0.3 : 3);
    const boxBetweenX = (x1: number, x2: number) => boxes.some((o) => onLine(o.box.y + 0.01, { ...b }) && o.box.x > Math.min(x1, x2) && o.box.x < Math.max(x1, x2));
    const res: PositionedLabel = { label: '', where: '', column: '', heading: '', ambiguous: '' };
    const pickNearest = (cands: Item[], dist: (t: Item) => number): Item | null => {
      if (!cands.length) return null;
      const sorted = [...cands].sort((p, q) => dist(p) - dist(q));
      if (sorted[1] && near(dist(sorted[0]!), dist(sorted[1]!)) && sorted[0]!.text !== sorted[1]!.text) {
        res.ambiguous = `two texts equally near: “${sorted[0]!.text}”, “${sorted[1]!.text}”`;
        return null;
      }
      return sorted[0]!;
    };
    const sameLine = texts.filter((t) => onLine(t.box.y, b));
    let found: Item | null = null;
    if (me.tick) {
      // A tick box's words follow it on its line.
      const right = sameLine.filter((t) => t.box.x >= b.x + b.w - 0.01 && !boxBetweenX(b.x, t.box.x));
      found = pickNearest(right, (t) => t.box.x - b.x);
      if (found) res.where = 'right';
    }
    // A column header: a text above, aligned with this box, over an unbroken column of boxes down to this
    // one, beside another header on its line (two parents side by side). The row's label is then the text
    // at the start of the line, left of every box on it.
    const col = columnHeader(b, texts, boxes, lineH, near);
    if (col && !me.tick) {
      const lineBoxes = [b, ...boxes.filter((o) => onLine(o.box.y, b)).map((o) => o.box)];
      const first = Math.min(...lineBoxes.map((x) => x.x));
      const rowLabel = pickNearest(sameLine.filter((t) => t.box.x < first), (t) => first - t.box.x);
      if (rowLabel) {
        res.column = col.text;
        found = rowLabel;
        res.where = 'left';
      }
    }
    if (!found && !res.ambiguous) {
      const left = sameLine.filter((t) => t.box.x < b.x && (t.box.w <= 0 || t.box.x + t.box.w <= b.x + 0.5) && !boxBetweenX(t.box.x, b.x));
      found = pickNearest(left, (t) => b.x - t.box.x);
      if (found) res.where = 'left';
    }
    const overlapsX = (t: Item) => t.box.x >= b.x - (b.unit === '%' ? 1 : 8) && t.box.x < b.x + Math.max(b.w, 1);
    const above = texts.filter((t) => t.box.y < b.y - 0.01 && !onLine(t.box.y, b) && overlapsX(t)).sort((p, q) => q.box.y - p.box.y);
    if (!found && !res.ambiguous && above[0]) {
      const t = above[0];
      // Directly above: no box between, and within a few lines.
      const between = boxes.some((o) => o.box.y > t.box.y && o.box.y < b.y && o.box.x < b.x + Math.max(b.w, 1) && o.box.x + Math.max(o.box.w, 1) > b.x);
      if (!between && b.y - t.box.y <= lineH * 3) {
        found = pickNearest(above.filter((u) => near(u.box.y, t.box.y)), (u) => Math.abs(u.box.x - b.x));
        if (found) res.where = 'above';
      }
    }
    if (found) res.label = found.text;
    // Section: the nearest line above with one text and no box, that reads as a title.
    for (const t of [...texts].filter((u) => u.box.y < b.y - 0.01).sort((p, q) => q.box.y - p.box.y)) {
      const alone = !texts.some((u) => u !== t && near(u.box.y, t.box.y)) && !allBoxes.some((o) => onLine(t.box.y, o.box));
      if (alone && (t.bold || SECTION_NUMBER.test(t.text)) && t.text.length <= 80) {
        res.heading = t.text;
        break;
      }
    }
    out.set(c, res);
  }
  return out;
}

function columnHeader(b: Box, texts: Item[], boxes: { box: Box }[], lineH: number, near: (a: number, z: number) => boolean): Item | null {
  const aligned = (x: number) => Math.abs(x - b.x) < (b.unit === '%' ? 1 : 8);
  const head = texts.filter((t) => t.box.y < b.y - lineH * 0.5 && aligned(t.box.x)).sort((p, q) => q.box.y - p.box.y)[0];
  if (!head) return null;
  // Another header on its line, over another column.
  if (!texts.some((t) => t !== head && near(t.box.y, head.box.y) && !aligned(t.box.x))) return null;
  // No words between the header and this box in its column.
  if (texts.some((t) => t !== head && t.box.y > head.box.y && t.box.y < b.y && t.box.x >= b.x - 0.5 && t.box.x < b.x + Math.max(b.w, 1))) return null;
  // An unbroken column of boxes from the header down to this one.
  const column = boxes.map((o) => o.box).filter((x) => aligned(x.x) && x.y > head.box.y && x.y < b.y).sort((p, q) => p.y - q.y);
  let bottom = head.box.y + lineH;
  for (const x of [...column, b]) {
    if (x.y - bottom > lineH * 1.5) return null;
    bottom = x.y + Math.max(x.h, lineH);
  }
  return head;
}

/** Placed texts in a page: leaves with inline left/top, holding text and no control. */
function placedTexts(page: El, textOf: (e: El | null) => string, boxOf: (e: El) => Box | null): Item[] {
  const out: Item[] = [];
  for (const e of Array.from(page.querySelectorAll('[style]'))) {
    if (e.querySelector(CONTROL_SELECTOR) || e.matches(CONTROL_SELECTOR)) continue;
    if (!inlineBox(e)) continue;
    // The innermost placed element holds the text.
    if (Array.from(e.querySelectorAll('[style]')).some((d) => inlineBox(d))) continue;
    const text = textOf(e);
    if (!text) continue;
    const box = boxOf(e);
    if (!box) continue;
    const s = styleMap(e);
    const bold = /^(bold|[6-9]00)$/.test(s.get('font-weight') ?? '') || !!e.querySelector('b, strong') || /^(B|STRONG)$/.test(e.tagName.toUpperCase());
    out.push({ el: e, box, text, bold });
  }
  return out;
}

/** A placed element (inline left/top, or a placed wrapper near it): its text is read by geometry, not document order. */
export function isPlacedText(node: Node): boolean {
  let e: El | null = node.nodeType === 1 ? (node as El) : node.parentElement;
  for (let i = 0; e && i < 3; i++, e = e.parentElement) if (inlineBox(e)) return true;
  return false;
}

/**
 * Text before a control in document order that is not near it, so never its label: placed text when the
 * control is placed too (geometry decides there), or text from another layer — a branch of the page with
 * several texts and no control, beside a branch of boxes with no words of their own (a text layer, then a
 * layer of boxes).
 */
export function farTextBefore(node: Node, control: El): boolean {
  if (isPlacedText(node) && positionedCarrier(control)) return true;
  const chain = new Set<Node>();
  for (let p: Node | null = control; p; p = p.parentNode) chain.add(p);
  let bt: Node = node;
  let a: Node | null = node.parentNode;
  while (a && !chain.has(a)) { bt = a; a = a.parentNode; }
  if (!a || bt === node || bt.nodeType !== 1) return false;
  let bf: Node = control;
  for (let p: Node | null = control.parentNode; p && p !== a; p = p.parentNode) bf = p;
  if (bf === control || bf.nodeType !== 1) return false;
  const btEl = bt as El;
  if (btEl.querySelector(CONTROL_SELECTOR)) return false;
  if ((bf as El).querySelectorAll(CONTROL_SELECTOR).length < 2) return false;
  const textsIn = (root: Node) => {
    let n = 0;
    const walk = (x: Node) => { for (const c of Array.from(x.childNodes)) { if (c.nodeType === 3 && (c.textContent ?? '').trim()) n++; else if (c.nodeType === 1 && !/^(TEXTAREA|SELECT|OPTION|SCRIPT|STYLE)$/i.test((c as El).tagName)) walk(c); } };
    walk(root);
    return n;
  };
  // A layer of boxes holds no words of its own; a layer of text holds several lines and no box.
  return textsIn(bf) === 0 && textsIn(btEl) >= 3;
}
