import { describe, expect, it } from 'vitest';
import { refreshGate } from '../../../lib/dashboard/refresh-gate';

/** A hand-driven clock and timer: time moves only when the test says so. */
function manualClock() {
  let t = 0;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let ids = 0;
  return {
    now: () => t,
    setTimer: (fn: () => void, ms: number) => {
      const id = ++ids;
      timers.push({ at: t + ms, fn, id });
      return id;
    },
    clearTimer: (id: unknown) => {
      const i = timers.findIndex((x) => x.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
    async advance(ms: number) {
      t += ms;
      for (let due = timers.filter((x) => x.at <= t); due.length; due = timers.filter((x) => x.at <= t)) {
        for (const x of due) {
          timers.splice(timers.indexOf(x), 1);
          x.fn();
        }
        await flush();
      }
      await flush();
    },
  };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

function setUp(visible = true) {
  const clock = manualClock();
  let reads = 0;
  const stale: boolean[] = [];
  const gate = refreshGate(
    async () => {
      reads++;
    },
    visible,
    { minGapMs: 10_000, now: clock.now, setTimer: clock.setTimer, clearTimer: clock.clearTimer, onStale: (s) => stale.push(s) },
  );
  return { clock, gate, reads: () => reads, stale };
}

describe('when the dashboard list re-reads the whole store', () => {
  it('reads once at once, then a burst of writes costs one more read, not one each', async () => {
    const { clock, gate, reads, stale } = setUp();
    await flush();
    expect(reads()).toBe(1);
    for (let i = 0; i < 25; i++) {
      gate.changed();
      await clock.advance(300);
    }
    // 7.5 s of writes: nothing yet (the gap after the first read has not run out).
    expect(reads()).toBe(1);
    expect(stale).toEqual([true]);
    await clock.advance(2_500);
    expect(reads()).toBe(2);
    expect(stale).toEqual([true, false]);
    // Nothing changed since: no more reads however long the page stays open.
    await clock.advance(60_000);
    expect(reads()).toBe(2);
  });

  it('does not read while the page is hidden, and reads once when it is shown again', async () => {
    const { clock, gate, reads } = setUp();
    await flush();
    gate.setVisible(false);
    for (let i = 0; i < 10; i++) {
      gate.changed();
      await clock.advance(20_000);
    }
    expect(reads()).toBe(1);
    gate.setVisible(true);
    await clock.advance(0);
    expect(reads()).toBe(2);
  });

  it('hiding the page cancels a read that was waiting for its turn', async () => {
    const { clock, gate, reads } = setUp();
    await flush();
    gate.changed();
    gate.setVisible(false);
    await clock.advance(30_000);
    expect(reads()).toBe(1);
  });

  it('"Update now" reads at once, only when something changed', async () => {
    const { clock, gate, reads, stale } = setUp();
    await flush();
    gate.updateNow();
    await flush();
    expect(reads()).toBe(1);
    gate.changed();
    gate.updateNow();
    await flush();
    expect(reads()).toBe(2);
    expect(stale).toEqual([true, false]);
    // The timer that was waiting is gone with it.
    await clock.advance(30_000);
    expect(reads()).toBe(2);
  });

  it('a write during a read is not lost: one more read follows it', async () => {
    const clock = manualClock();
    let reads = 0;
    let finish: () => void = () => {};
    const gate = refreshGate(
      () => {
        reads++;
        return new Promise<void>((r) => (finish = r));
      },
      true,
      { minGapMs: 10_000, now: clock.now, setTimer: clock.setTimer, clearTimer: clock.clearTimer },
    );
    expect(reads).toBe(1);
    gate.changed();
    await clock.advance(30_000);
    expect(reads).toBe(1);
    finish();
    await flush();
    await clock.advance(10_000);
    expect(reads).toBe(2);
  });

  it('reads nothing after dispose', async () => {
    const { clock, gate, reads } = setUp();
    await flush();
    gate.changed();
    gate.dispose();
    gate.updateNow();
    await clock.advance(30_000);
    expect(reads()).toBe(1);
  });
});
