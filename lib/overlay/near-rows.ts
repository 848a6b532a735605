/**
 * Virtualisation for big grids: which rows are near the window, so a frame reads a few dozen rects, not
 * thousands. An IntersectionObserver keeps the set; its first report comes two frames after observe(), so
 * until then `seed` finds the rows near the window itself by binary search.
 */
export const NEAR_MARGIN = 300;

export class NearRows {
  private readonly near = new Set<Element>();
  private readonly io: IntersectionObserver;
  /** True until the first pass after new rows has seeded the set. */
  private unseeded = true;

  constructor(onChange: () => void) {
    this.io = new IntersectionObserver(
      (records) => {
        for (const r of records) {
          if (r.isIntersecting) this.near.add(r.target);
          else this.near.delete(r.target);
        }
        onChange();
      },
      { rootMargin: `${NEAR_MARGIN}px 0px` },
    );
  }

  /** Starts over with these rows (none: virtualisation off). */
  watch(rows: readonly Element[]): void {
    this.io.disconnect();
    this.near.clear();
    this.unseeded = true;
    for (const r of rows) this.io.observe(r);
  }

  has(row: Element): boolean {
    return this.near.has(row);
  }

  /**
   * Before the observer's first report: the rows near the window, assuming rows come top to bottom (readers
   * return them in reading order), about 11 reads for 2,000 rows. If the assumption fails (recycled rows out
   * of order), the observer's report corrects it a frame or two later.
   */
  seedOnce(rows: readonly Element[], vh: number): void {
    if (!this.unseeded) return;
    this.unseeded = false;
    const top = -NEAR_MARGIN;
    const bottom = vh + NEAR_MARGIN;
    const rectOf = (i: number) => rows[i]!.getBoundingClientRect();
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rectOf(mid).bottom < top) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < rows.length; i++) {
      if (rectOf(i).top > bottom) break;
      this.near.add(rows[i]!);
    }
  }

  disconnect(): void {
    this.io.disconnect();
    this.near.clear();
  }
}
