import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrameScheduler, HOVER_CLOSE_MS, HOVER_OPEN_MS, HoverTimers, type FrameClock } from '../../../lib/overlay/timers';

/** Frames run by hand. */
function manualClock() {
  const pending = new Map<number, () => void>();
  let next = 1;
  const clock: FrameClock = {
    requestAnimationFrame: (cb) => (pending.set(next, cb), next++),
    cancelAnimationFrame: (id) => void pending.delete(id),
  };
  const frame = () => {
    const cbs = [...pending.values()];
    pending.clear();
    for (const cb of cbs) cb();
  };
  return { clock, frame, pending: () => pending.size };
}

describe('at most one measuring pass per frame', () => {
  it('runs one pass in the next frame however often it is asked', () => {
    const { clock, frame, pending } = manualClock();
    let passes = 0;
    const s = new FrameScheduler(clock, () => passes++);
    s.schedule();
    s.schedule();
    s.schedule();
    expect(pending()).toBe(1);
    frame();
    expect(passes).toBe(1);
    expect(s.pending).toBe(false);
  });

  it('a pass may ask for the next frame (what it rendered is measured then)', () => {
    const { clock, frame } = manualClock();
    let passes = 0;
    const s: FrameScheduler = new FrameScheduler(clock, () => {
      if (++passes === 1) s.schedule();
    });
    s.schedule();
    frame();
    frame();
    frame();
    expect(passes).toBe(2);
  });

  it('a pass run directly drops the pending frame; after stop nothing runs or is asked for', () => {
    const { clock, frame, pending } = manualClock();
    let passes = 0;
    const s = new FrameScheduler(clock, () => passes++);
    s.schedule();
    s.cancel();
    frame();
    expect(passes).toBe(0);
    s.schedule();
    s.stop();
    s.schedule();
    frame();
    expect(passes).toBe(0);
    expect(pending()).toBe(0);
  });
});

describe('hover delays', () => {
  afterEach(() => vi.useRealTimers());

  it('opens after the open delay, closes after the close delay; a new one replaces the old; cancel drops both', () => {
    vi.useFakeTimers();
    const t = new HoverTimers();
    const calls: string[] = [];
    t.openLater(() => calls.push('open a'));
    t.openLater(() => calls.push('open b'));
    vi.advanceTimersByTime(HOVER_OPEN_MS - 1);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['open b']);
    t.closeLater(() => calls.push('close'));
    t.cancelOpen();
    vi.advanceTimersByTime(HOVER_CLOSE_MS);
    expect(calls).toEqual(['open b', 'close']);
    t.openLater(() => calls.push('open c'));
    t.closeLater(() => calls.push('close c'));
    t.cancel();
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual(['open b', 'close']);
  });
});
