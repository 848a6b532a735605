/**
 * Measuring a row for its badge: the page's text and controls in the row (read once per row width, kept
 * relative to the row so a scroll does not ask again) and whether the strip beside the table is empty at
 * the row's height (hit tests, in frame passes; remembered per row). Then layout.ts decides, pure.
 * Everything is forgotten when the page changes (a mark set, a note typed).
 */
import { BADGE_HEIGHT, OUTSIDE_STRIP, intersect, placeBadge, type BadgePlacement, type Box, type FormWidths } from './layout';
import { emptyAt, offset, rowObstacles } from './page-geometry';

export interface RowToPlace {
  row: Element;
  /** The row's box in the window, read this pass. */
  rect: Box;
  /** Where empty page starts right of the row's table, from this pass's (or the last frame's) hit test. */
  besideLeft: number | null;
  table: Element;
  /** The row's visible area (its scrolling containers). */
  clip: Box;
  /** The badge's measured width in each form (badge-width.ts). */
  widths: FormWidths;
}

export class RowMeasure {
  private obstaclesByRow = new WeakMap<Element, { width: number; boxes: Box[] }>();
  private besideClearByRow = new WeakMap<Element, { key: string; width: number }>();

  constructor(
    private readonly doc: Document,
    private readonly host: Element,
  ) {}

  /** The page changed: where its text is is asked again. */
  forget(): void {
    this.obstaclesByRow = new WeakMap();
    this.besideClearByRow = new WeakMap();
  }

  /** Where this row's badge goes. `inFrame`: hit tests are allowed (a requestAnimationFrame pass). */
  place(r: RowToPlace, inFrame: boolean, vw: number, vh: number): BadgePlacement {
    const { row, rect } = r;
    const width = rect.right - rect.left;
    // A row lower than a badge (a one-pupil page's name line): the badge's band reaches the lines around it.
    let scope: Element = row;
    if (rect.bottom - rect.top < BADGE_HEIGHT + 2) {
      // The nearest box around it with room for the badge beside the row (at most three levels up).
      for (let a = row.parentElement, i = 0; a && i < 3 && a !== this.doc.body; a = a.parentElement, i++) {
        scope = a;
        if (a.getBoundingClientRect().width >= width + OUTSIDE_STRIP) break;
      }
    }
    let known = this.obstaclesByRow.get(row);
    if (!known || known.width !== width) this.obstaclesByRow.set(row, (known = { width, boxes: rowObstacles(scope, rect) }));
    const obstacles = offset(known.boxes, rect);
    let besideLeft = r.besideLeft;
    let besideMax: number | undefined;
    if (besideLeft !== null) {
      const y = (rect.top + rect.bottom) / 2;
      const want = r.widths.full;
      const key = `${Math.round(besideLeft)}|${want}`;
      let clear = this.besideClearByRow.get(row);
      if ((!clear || clear.key !== key) && inFrame && y >= 0 && y < vh) {
        // How wide the empty strip is, form by form (the full badge may run past the window's edge where a
        // short one still fits): the widest form whose start, middle and end show nothing of the page.
        const forms = [want, r.widths.short, r.widths.icon, r.widths.dot];
        const bl = besideLeft;
        const width = forms.find((w) => emptyAt(this.doc, [bl + 6, bl + w / 2, bl + w].map((x) => [x, y] as [number, number]), r.table, this.host, vw, vh)) ?? 0;
        clear = { key, width };
        this.besideClearByRow.set(row, clear);
      }
      if (clear && clear.width === 0) besideLeft = null;
      else if (clear) besideMax = clear.width;
    }
    // A short row's badge may use the width of the box around it (the name line of a one-pupil page).
    let area: Box = rect;
    if (scope !== row) {
      const p = scope.getBoundingClientRect();
      area = { left: Math.min(rect.left, p.left), top: rect.top, right: Math.max(rect.right, p.right), bottom: rect.bottom };
    }
    return placeBadge({ row: area, besideLeft, obstacles, clip: intersect(r.clip, { left: -Infinity, top: -Infinity, right: vw, bottom: Infinity }), widths: r.widths, ...(besideMax !== undefined ? { besideMax } : {}) });
  }
}
