/**
 * "Read the whole grid": the step that fixes "keep scrolling to read this grid". A virtualised grid
 * keeps only the rows (and, in some grids, the columns) in view in the page, so it is scrolled
 * through, a screenful at a time — down, and at each step across — and the page is read at each
 * position (the Accumulator merges the slices). Only scroll containers of the register (or the
 * window) are moved.
 *
 * A grid may move its scroller back once after a programmatic scroll: ag-grid mirrors the body's
 * scroll into a scrollbar of its own, and that scrollbar's late scroll event sets the body back to
 * where it was. So each step is set again until it holds, and the end is where the scroller cannot
 * go further — never merely "it did not move this time" (that stopped reading a third of the way down).
 * And each position is read only once the grid has drawn it (`settled`): ag-grid draws the rows and
 * cells a scroll uncovers over several animation frames, which a tab behind another gets about once a
 * second — a fixed wait read half-drawn slices (seen in Chromium: rows 24–30 and 35 marks never read).
 */
const STEP_SHARE = 0.8;
const PAUSE_MS = 120;
const MAX_STEPS = 400;
/** Times a step is set again when the grid moved the scroller back. */
const MAX_TRIES = 5;
const SETTLE_CAP_MS = 4000;
const QUIET_FRAMES = 2;
const GRID = '[role="grid"], [role="treegrid"], [role="table"], table';

function scrolls(el: Element, axis: 'x' | 'y'): boolean {
  const over = axis === 'y' ? el.scrollHeight > el.clientHeight + 2 : el.scrollWidth > el.clientWidth + 2;
  if (!over) return false;
  const o = getComputedStyle(el)[axis === 'y' ? 'overflowY' : 'overflowX'];
  return o === 'auto' || o === 'scroll' || o === 'overlay';
}

/** The nearest ancestor of `row` that scrolls vertically, or the page itself. */
export function scrollerOf(row: Element): Element {
  for (let el = row.parentElement; el && el !== document.body && el !== document.documentElement; el = el.parentElement) if (scrolls(el, 'y')) return el;
  return document.scrollingElement ?? document.documentElement;
}

/**
 * What scrolls the grid sideways: an ancestor of `row` that does, and the grid's own horizontal
 * scrollers (a grid with a pinned pane scrolls its marks pane, or a scrollbar of its own, beside the row).
 */
export function sidewaysOf(row: Element): Element[] {
  const out = new Set<Element>();
  for (let el = row.parentElement; el && el !== document.body && el !== document.documentElement; el = el.parentElement) if (scrolls(el, 'x')) out.add(el);
  const grid = row.closest(GRID);
  if (grid) for (const el of Array.from(grid.querySelectorAll('*'))) if (scrolls(el, 'x')) out.add(el);
  return [...out];
}

/** One direction of scrolling: where it is, how far it can go, how big a screenful is. */
export interface ScrollAxis {
  get(): number;
  set(pos: number): void;
  max(): number;
  view(): number;
}

export function verticalAxis(box: Element): ScrollAxis {
  return {
    get: () => box.scrollTop,
    set: (y) => (box.scrollTop = y),
    max: () => Math.max(0, box.scrollHeight - box.clientHeight),
    view: () => box.clientHeight,
  };
}

/** Several horizontal scrollers kept in step (a pinned grid's marks pane and its own scrollbar). */
export function sidewaysAxis(boxes: Element[]): ScrollAxis | undefined {
  const main = boxes[0];
  if (!main) return undefined;
  return {
    get: () => main.scrollLeft,
    set: (x) => boxes.forEach((b) => (b.scrollLeft = x)),
    max: () => Math.max(0, main.scrollWidth - main.clientWidth),
    view: () => main.clientWidth,
  };
}

export interface ThroughOptions {
  signal: AbortSignal;
  /** Wait after each move for the grid to draw (ms). */
  pauseMs?: number;
  /** Reads the page at each position; awaited before moving on (so no slice is skipped). */
  onStep?: () => Promise<void> | void;
  /** Resolves once the page has drawn what a move uncovered (default: the grid has `settled`). */
  drawn?: () => Promise<void>;
}

type Pace = Required<Pick<ThroughOptions, 'signal' | 'pauseMs' | 'drawn'>>;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Resolves once `root` has stopped changing: QUIET_FRAMES animation frames in a row with no change
 * inside it. Grids draw what a scroll uncovers in animation frames, some a few cells a frame (ag-grid),
 * and a tab behind another draws about once a second: a fixed wait read rows and cells not drawn yet.
 * Capped, for a page that never stops changing or does not draw at all while hidden.
 */
export function settled(root: Node, capMs = SETTLE_CAP_MS): Promise<void> {
  return new Promise((done) => {
    let changed = false;
    let quiet = 0;
    const observer = new MutationObserver(() => (changed = true));
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      done();
    };
    const timer = setTimeout(finish, capMs);
    const frame = () => {
      quiet = changed ? 0 : quiet + 1;
      changed = false;
      if (quiet >= QUIET_FRAMES) finish();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** Moves `axis` to `target` and waits until it holds there (set again if the grid moved it back). */
async function moveTo(axis: ScrollAxis, target: number, o: Pace): Promise<number> {
  for (let t = 0; t < MAX_TRIES && !o.signal.aborted; t++) {
    axis.set(target);
    // A grid may wait on a timer before it draws (a debounced scroll), then draws over a few frames.
    await pause(o.pauseMs);
    await o.drawn();
    if (Math.abs(axis.get() - target) <= 1) break;
  }
  return axis.get();
}

/**
 * Walks `axis` from its start to its end a screenful at a time, calling `atEach` at every position
 * (the start included). Ends at the far end, or where it cannot go further after MAX_TRIES.
 */
export async function walk(axis: ScrollAxis, atEach: () => Promise<void>, o: Pace): Promise<void> {
  await moveTo(axis, 0, o);
  await atEach();
  for (let i = 0; i < MAX_STEPS && !o.signal.aborted; i++) {
    const before = axis.get();
    const end = axis.max();
    if (before >= end - 1) return; // at the end
    const target = Math.min(end, before + Math.max(40, axis.view() * STEP_SHARE));
    const now = await moveTo(axis, target, o);
    if (o.signal.aborted) return;
    await atEach();
    if (now <= before) return; // it would not move at all
  }
}

/**
 * Scrolls from top to bottom (and across at each step), reading at each position; resolves once at
 * the end (or `signal` aborts). Left at the bottom: scrolling back at once would remove the last
 * rows before a debounced read of them.
 */
export async function scrollThrough(row: Element | undefined, opts: ThroughOptions): Promise<void> {
  if (!row?.isConnected) return;
  const box = scrollerOf(row);
  const grid = row.closest(GRID) ?? box;
  const o: Pace = { signal: opts.signal, pauseMs: opts.pauseMs ?? PAUSE_MS, drawn: opts.drawn ?? (() => settled(grid)) };
  const read = async () => {
    if (!o.signal.aborted) await opts.onStep?.();
  };
  const down = verticalAxis(box);
  const across = sidewaysAxis(sidewaysOf(row));
  const atEachRow = across ? () => walk(across, read, o) : read;
  await walk(down, atEachRow, o);
}
