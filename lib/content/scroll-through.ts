/**
 * "Read the whole grid": the step that fixes "keep scrolling to read this grid". A virtualised grid
 * keeps only the rows (and, in some grids, the columns) in view in the page, so it is scrolled
 * through, a screenful at a time — down, and at each step across — and the page watcher reads each
 * slice as it appears (the Accumulator merges them). Only scroll containers of the register (or the
 * window) are moved.
 */
const STEP_SHARE = 0.8;
const PAUSE_MS = 200;
const MAX_STEPS = 400;
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

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Scrolls `boxes` (kept in step) from one side to the other, a screenful at a time. */
async function across(boxes: Element[], signal: AbortSignal, pauseMs: number): Promise<void> {
  if (!boxes.length) return;
  const main = boxes[0]!;
  const set = (x: number) => boxes.forEach((b) => (b.scrollLeft = x));
  for (let i = 0; i < MAX_STEPS && !signal.aborted; i++) {
    const before = main.scrollLeft;
    set(before + Math.max(40, main.clientWidth * STEP_SHARE));
    await pause(pauseMs);
    if (main.scrollLeft <= before) break; // at the right-hand end
  }
  set(0);
  await pause(pauseMs);
}

/** Scrolls from top to bottom (and across at each step); resolves once at the end (or `signal` aborts). */
export async function scrollThrough(row: Element | undefined, signal: AbortSignal, pauseMs = PAUSE_MS): Promise<void> {
  if (!row?.isConnected) return;
  const box = scrollerOf(row);
  const sideways = sidewaysOf(row);
  box.scrollTop = 0;
  sideways.forEach((b) => (b.scrollLeft = 0));
  await pause(pauseMs);
  await across(sideways, signal, pauseMs);
  for (let i = 0; i < MAX_STEPS && !signal.aborted; i++) {
    const before = box.scrollTop;
    box.scrollTop = before + Math.max(40, box.clientHeight * STEP_SHARE);
    await pause(pauseMs);
    if (box.scrollTop <= before) break; // at the bottom
    await across(sideways, signal, pauseMs);
  }
  // Left at the end: scrolling back at once would remove the last rows before the page watcher's
  // (debounced) read of them.
}
