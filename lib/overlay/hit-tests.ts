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

/** "Does the page show nothing in this window box?", remembered per box until `forget` (page changed, scrolled, resized). */
export class BlankBoxes {
  private known = new Map<string, boolean>();
  constructor(
    private readonly doc: Document,
    private readonly host: Element,
  ) {}

  blank(b: Box, vw: number, vh: number): boolean {
    const k = `${Math.round(b.left)},${Math.round(b.top)},${Math.round(b.right)},${Math.round(b.bottom)},${vw},${vh}`;
    let v = this.known.get(k);
    if (v === undefined) this.known.set(k, (v = emptyAt(this.doc, samplePoints(b), null, this.host, vw, vh)));
    return v;
  }

  forget(): void {
    if (this.known.size) this.known = new Map();
  }
}
