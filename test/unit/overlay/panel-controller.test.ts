// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelController } from '../../../lib/overlay/panel-controller';
import { HOVER_CLOSE_MS, HOVER_OPEN_MS } from '../../../lib/overlay/timers';
import type { PupilBadge } from '../../../lib/pupil/badge';
import { makeBadge } from './badge-factory';

/** A shadow root with one slot per key (a badge button inside), and a record of what the controller asked for. */
function setup(keys = ['a', 'b']) {
  document.body.innerHTML = '';
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const slots = new Map<string, HTMLElement>();
  for (const k of keys) {
    const slot = document.createElement('div');
    const btn = document.createElement('button');
    btn.className = 'al-badge';
    slot.append(btn);
    shadow.append(slot);
    slots.set(k, slot);
  }
  const asked: string[] = [];
  const opened: PupilBadge[] = [];
  const collapsed: boolean[] = [];
  const listeners = new AbortController();
  const c = new PanelController(false, {
    shadow,
    slotEl: (k) => slots.get(k),
    badgeOf: (k) => makeBadge(90, 100, { key: k }),
    render: () => asked.push('render'),
    layout: () => asked.push('layout'),
    schedule: () => asked.push('schedule'),
    reveal: () => asked.push('reveal'),
    handlers: { pupilOpened: (b) => opened.push(b), dockCollapsed: (v) => collapsed.push(v) },
  });
  c.listen(document, host, listeners.signal);
  return { c, cb: c.callbacks(), shadow, slots, asked, opened, collapsed, listeners };
}

describe('the panel controller turns events into panel-state actions', () => {
  afterEach(() => vi.useRealTimers());

  it('a click pins the panel open, names the pupil opened, renders and places it at once; a second click closes it', () => {
    const { c, cb, asked, opened } = setup();
    cb.onBadgeClick('a');
    expect(c.ui.open).toEqual({ key: 'a', pinned: true });
    expect(opened.map((b) => b.key)).toEqual(['a']);
    expect(asked).toEqual(['render', 'layout']);
    cb.onBadgeClick('a');
    expect(c.ui.open).toBeNull();
    expect(opened).toHaveLength(1);
  });

  it('hovering opens a preview after the delay and leaving closes it after the close delay; no pupil is named', () => {
    vi.useFakeTimers();
    const { c, cb, opened } = setup();
    cb.onPointerEnter('a');
    vi.advanceTimersByTime(HOVER_OPEN_MS - 1);
    expect(c.ui.open).toBeNull();
    vi.advanceTimersByTime(1);
    expect(c.ui.open).toEqual({ key: 'a', pinned: false });
    cb.onPointerLeave('a');
    vi.advanceTimersByTime(HOVER_CLOSE_MS);
    expect(c.ui.open).toBeNull();
    expect(opened).toEqual([]);
  });

  it('the pointer coming back before the close delay keeps the preview; a pinned panel is never replaced by hovering', () => {
    vi.useFakeTimers();
    const { c, cb } = setup();
    cb.onPointerEnter('a');
    vi.advanceTimersByTime(HOVER_OPEN_MS);
    cb.onPointerLeave('a');
    cb.onPointerEnter('a');
    vi.advanceTimersByTime(HOVER_CLOSE_MS * 2);
    expect(c.ui.open).toEqual({ key: 'a', pinned: false });
    cb.onBadgeClick('b');
    cb.onPointerEnter('a');
    vi.advanceTimersByTime(HOVER_OPEN_MS * 2);
    expect(c.ui.open).toEqual({ key: 'b', pinned: true });
  });

  it('Escape on the page closes a preview only; Escape in the overlay closes a pinned panel and returns focus to its badge', () => {
    const { c, cb, shadow, slots } = setup();
    cb.onFocusIn('a');
    expect(c.ui.open).toEqual({ key: 'a', pinned: false });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(c.ui.open).toBeNull();
    cb.onBadgeClick('b');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(c.ui.open).toEqual({ key: 'b', pinned: true });
    const btn = slots.get('b')!.querySelector('button')!;
    btn.focus();
    btn.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(c.ui.open).toBeNull();
    expect(shadow.activeElement).toBe(btn);
    // Focus we moved back does not open the preview again.
    cb.onFocusIn('b');
    expect(c.ui.open).toBeNull();
  });

  it('Close returns focus to the badge; the dock toggle and the hint are remembered through the handlers', () => {
    const { c, cb, shadow, slots, collapsed, asked, listeners } = setup();
    cb.onBadgeClick('a');
    cb.onClose('a');
    expect(c.ui.open).toBeNull();
    expect(shadow.activeElement).toBe(slots.get('a')!.querySelector('button'));
    cb.onToggleCollapsed();
    expect(collapsed).toEqual([true]);
    asked.length = 0;
    cb.onDismissHint();
    expect(c.ui.hintDismissed).toBe(true);
    expect(asked).toEqual(['render']);
    listeners.abort();
  });
});
