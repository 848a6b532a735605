/**
 * Hit tests against the host page, in frame passes only (where the page's paint data is up to date):
 * whether a dialog covers the register, and whether the dock's candidate places are blank. Hit tests are
 * the overlay's dearest reads, so the dock's are remembered until the page changes or scrolls.
 */
import { intersect, type Box } from './layout';
import { emptyAt, samplePoints } from './page-geometry';

/**
 * Is the register under something the page drew over it (a dialog)? Hit-tests the first, middle and last
 * of the given rows (those whose middle is in the window): all covered means hidden; one covered is a
 * sticky header.
 */
export function coveredByPage(doc: Document, rows: readonly Box[], table: Element, clip: Box, host: Element, vw: number, vh: number): boolean {
  const list = rows.filter((r) => {
    const mid = (r.top + r.bottom) / 2;
    return mid >= 0 && mid < vh && r.right > 0 && r.left < vw;
  });
  if (!list.length) return false;
  const inWindow = intersect(clip, { left: 0, top: 0, right: vw, bottom: vh });
  // Middle row first: usually the only probe needed.
  const probes = list.length > 2 ? [list[list.length >> 1]!, list[0]!, list[list.length - 1]!] : list;
  for (const r of probes) {
    const x = Math.max(r.left, inWindow.left) + 1;
    const y = (Math.max(r.top, inWindow.top) + Math.min(r.bottom, inWindow.bottom)) / 2;
    const hit = doc.elementFromPoint(x, y);
    if (!hit || hit === host || table.contains(hit) || hit.contains(table)) return false;
  }
  return true;
}

/**
 * "Does the page show nothing in this window box?", remembered until `forget` (the page changed, scrolled or
 * resized). A box inside one found blank is blank too (the dock's pill in the corner its open form had).
 */
export class BlankBoxes {
  private known: { box: Box; blank: boolean; vw: number; vh: number }[] = [];
  constructor(
    private readonly doc: Document,
    private readonly host: Element,
  ) {}

  blank(b: Box, vw: number, vh: number): boolean {
    const same = (k: { vw: number; vh: number }) => k.vw === vw && k.vh === vh;
    for (const k of this.known) {
      if (!same(k)) continue;
      const inside = b.left >= k.box.left && b.top >= k.box.top && b.right <= k.box.right && b.bottom <= k.box.bottom;
      if (inside && k.blank) return true;
      if (!k.blank && b.left === k.box.left && b.top === k.box.top && b.right === k.box.right && b.bottom === k.box.bottom) return false;
    }
    const blank = emptyAt(this.doc, samplePoints(b), null, this.host, vw, vh);
    // Bounded: a few corners and sizes per page state.
    if (this.known.length > 64) this.known.shift();
    this.known.push({ box: { ...b }, blank, vw, vh });
    return blank;
  }

  forget(): void {
    if (this.known.length) this.known = [];
  }
}
