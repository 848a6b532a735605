// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { settled, walk, type ScrollAxis } from '../../../lib/content/scroll-through';

/**
 * "Read the whole grid" walks the grid's scroller to its end, reading at every position once the grid
 * has drawn it. Found in Chromium on live ag-grid pages: ag-grid sometimes set its body back to the
 * previous position after a programmatic scroll (its own scrollbar's late scroll event), and the old
 * walk took "did not move" for "at the end" and stopped a third of the way down; and it read slices
 * ag-grid had not finished drawing.
 */
function axis(max: number, view: number, opts: { revertFirstSet?: boolean; stuckAt?: number } = {}) {
  let pos = 0;
  const tried = new Set<number>();
  const a: ScrollAxis & { sets: number[] } = {
    sets: [],
    get: () => pos,
    set: (p) => {
      a.sets.push(p);
      const target = Math.min(max, Math.max(0, p), opts.stuckAt ?? Infinity);
      // Like ag-grid: the first time a position is asked for, the grid moves back to where it was.
      if (opts.revertFirstSet && !tried.has(target) && target !== 0) {
        tried.add(target);
        return;
      }
      pos = target;
    },
    max: () => max,
    view: () => view,
  };
  return a;
}
const fast = { signal: new AbortController().signal, pauseMs: 0, drawn: async () => {} };

describe('walking a scroller through', () => {
  it('reads at every screenful from the start to the very end', async () => {
    const a = axis(991, 269);
    const read: number[] = [];
    await walk(a, async () => void read.push(a.get()), fast);
    expect(read[0]).toBe(0);
    expect(read.at(-1)).toBe(991);
    // No gap between two reads is wider than a screenful: every row passed through the view.
    for (let i = 1; i < read.length; i++) expect(read[i]! - read[i - 1]!).toBeLessThanOrEqual(269);
  });

  it('sets a step again when the grid moves the scroller back, and still reaches the end', async () => {
    const a = axis(991, 269, { revertFirstSet: true });
    const read: number[] = [];
    await walk(a, async () => void read.push(a.get()), fast);
    expect(read.at(-1)).toBe(991);
    expect(new Set(read).size).toBe(read.length); // each position read once, after it held
    expect(a.sets.length).toBeGreaterThan(read.length); // steps were set again
  });

  it('ends where the scroller cannot go further (a grid that says it is taller than it scrolls)', async () => {
    const a = axis(2000, 269, { stuckAt: 500 });
    const read: number[] = [];
    await walk(a, async () => void read.push(a.get()), fast);
    expect(read.at(-1)).toBe(500);
    expect(read.length).toBeLessThan(10);
  });

  it('stops when aborted', async () => {
    const stop = new AbortController();
    const a = axis(5000, 100);
    const read: number[] = [];
    await walk(a, async () => {
      read.push(a.get());
      if (read.length === 3) stop.abort();
    }, { ...fast, signal: stop.signal });
    expect(read.length).toBe(3);
  });

  it('waits for the grid to draw each position before reading it', async () => {
    const a = axis(600, 300);
    let drawing = false;
    const seen: boolean[] = [];
    const drawn = async () => {
      drawing = true;
      await new Promise((r) => setTimeout(r, 5));
      drawing = false;
    };
    await walk(a, async () => void seen.push(drawing), { ...fast, drawn });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((d) => d === false)).toBe(true);
  });
});

describe('waiting for a grid to finish drawing', () => {
  it('resolves only once the grid has stopped changing for two frames', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    let frames = 0;
    // The grid draws a few cells a frame, for 6 frames.
    const draw = () => {
      if (frames++ < 6) {
        root.append(document.createElement('span'));
        requestAnimationFrame(draw);
      }
    };
    requestAnimationFrame(draw);
    await settled(root, 5000);
    expect(root.childElementCount).toBe(6);
  });

  it('gives up at its cap on a grid that never stops changing', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    let on = true;
    const tick = () => {
      root.append('.');
      if (on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const t0 = Date.now();
    await settled(root, 150);
    on = false;
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
