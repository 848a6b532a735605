/** Outlines drawn around the rows a summary highlight matches: a pool of boxes, reused from frame to frame. */
import type { Box } from './layout';
import { outlineStyle } from './layout-pass';

export class OutlineLayer {
  private readonly pool: HTMLDivElement[] = [];

  constructor(
    private readonly doc: Document,
    private readonly container: Element,
  ) {}

  /** One outline per row box (viewport coordinates), translated from the overlay's origin; the rest hidden. */
  draw(rows: readonly Box[], origin: Box): void {
    rows.forEach((r, i) => {
      let box = this.pool[i];
      if (!box) {
        box = this.doc.createElement('div');
        box.className = 'al-outline';
        this.container.append(box);
        this.pool.push(box);
      }
      const s = outlineStyle(r, origin);
      box.style.transform = s.transform;
      box.style.width = s.width;
      box.style.height = s.height;
      box.style.display = 'block';
    });
    for (let i = rows.length; i < this.pool.length; i++) this.pool[i]!.style.display = 'none';
  }
}
