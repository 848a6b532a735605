/**
 * What makes the overlay measure again: a scroll of any container, a resize of the window, the table or a
 * scrolling box (then the dock's blank places are asked again too), and — on big grids — rows coming near
 * the window (near-rows.ts).
 */
import type { RowGroup } from './badge-rows';
import type { BlankBoxes } from './hit-tests';
import { NearRows } from './near-rows';

export class PageWatch {
  readonly near: NearRows;
  private readonly ro: ResizeObserver;
  /** The observer's first report only says what every size was when observing began: not a resize. */
  private primed = false;

  constructor(
    private readonly doc: Document,
    win: Window,
    blanks: BlankBoxes,
    schedule: () => void,
    signal: AbortSignal,
  ) {
    this.ro = new ResizeObserver(() => {
      if (this.primed) blanks.forget();
      this.primed = true;
      schedule();
    });
    this.near = new NearRows(schedule);
    const pageMoved = () => {
      blanks.forget();
      schedule();
    };
    doc.addEventListener('scroll', pageMoved, { capture: true, passive: true, signal });
    win.addEventListener('resize', pageMoved, { passive: true, signal });
  }

  /** New rows: the root element, each group's rows' parent and its scroll containers are watched for resizes. */
  observe(groups: Iterable<RowGroup>): void {
    this.ro.disconnect();
    this.primed = false;
    this.ro.observe(this.doc.documentElement);
    for (const g of groups) {
      this.ro.observe(g.parent);
      for (const c of g.clippers) this.ro.observe(c);
    }
  }

  disconnect(): void {
    this.ro.disconnect();
    this.near.disconnect();
  }
}
