/**
 * "Read the whole grid": the step that fixes "keep scrolling to read this grid". A virtualised grid
 * keeps only the rows in view in the page, so it is scrolled through, a screenful at a time, and the
 * page watcher reads each slice as it appears (the Accumulator merges them). Only a scroll container
 * around the register's rows is moved (or the window), and it is put back where it was at the end.
 */
const STEP_SHARE = 0.8;
const PAUSE_MS = 200;
const MAX_STEPS = 400;

function scrollsY(el: Element): boolean {
  if (el.scrollHeight <= el.clientHeight + 2) return false;
  const o = getComputedStyle(el).overflowY;
  return o === 'auto' || o === 'scroll' || o === 'overlay';
}

/** The nearest ancestor of `row` that scrolls vertically, or the page itself. */
export function scrollerOf(row: Element): Element {
  for (let el = row.parentElement; el && el !== document.body && el !== document.documentElement; el = el.parentElement) if (scrollsY(el)) return el;
  return document.scrollingElement ?? document.documentElement;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Scrolls from top to bottom; resolves once at the end (or `signal` aborts). */
export async function scrollThrough(row: Element | undefined, signal: AbortSignal, pauseMs = PAUSE_MS): Promise<void> {
  if (!row?.isConnected) return;
  const box = scrollerOf(row);
  box.scrollTop = 0;
  await pause(pauseMs);
  for (let i = 0; i < MAX_STEPS && !signal.aborted; i++) {
    const before = box.scrollTop;
    box.scrollTop = before + Math.max(40, box.clientHeight * STEP_SHARE);
    await pause(pauseMs);
    if (box.scrollTop <= before) break; // at the bottom
  }
}
