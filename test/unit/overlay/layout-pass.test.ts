import { describe, expect, it } from 'vitest';
import {
  dockAvoid,
  dockStep,
  firstRunHint,
  outlineStyle,
  probeY,
  rowsToRender,
  sameList,
  sameRows,
  slotStyle,
  visibleByGroup,
  type DockInput,
} from '../../../lib/overlay/layout-pass';
import type { BadgePlacement, Box } from '../../../lib/overlay/layout';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const everywhere = box(-Infinity, -Infinity, Infinity, Infinity);

describe('which rows show a badge (pure, over rectangle snapshots)', () => {
  const open = { clip: everywhere, hidden: false };
  const hidden = { clip: everywhere, hidden: true };
  const scrolled = { clip: box(0, 100, 800, 300), hidden: false };

  it('groups visible rows by their group, in the order given; unread, hidden and clipped rows show none', () => {
    const rows = [
      { id: 'a', rect: box(0, 10, 500, 30), group: open },
      { id: 'unread', rect: null, group: open },
      { id: 'b', rect: box(0, 30, 500, 50), group: open },
      { id: 'dialog', rect: box(0, 10, 500, 30), group: hidden },
      { id: 'above-the-box', rect: box(0, 60, 500, 90), group: scrolled },
      { id: 'in-the-box', rect: box(0, 150, 500, 170), group: scrolled },
      { id: 'zero-size', rect: box(0, 150, 0, 150), group: scrolled },
    ];
    const got = visibleByGroup(rows, false, 600);
    expect([...got.keys()]).toEqual([open, scrolled]);
    expect(got.get(open)!.map((r) => r.id)).toEqual(['a', 'b']);
    expect(got.get(scrolled)!.map((r) => r.id)).toEqual(['in-the-box']);
  });

  it('on a big grid only rows on screen count; otherwise rows scrolled out of the window keep their badges', () => {
    const rows = [
      { id: 'above', rect: box(0, -80, 500, -60), group: open },
      { id: 'on', rect: box(0, 10, 500, 30), group: open },
      { id: 'below', rect: box(0, 900, 500, 920), group: open },
    ];
    expect(visibleByGroup(rows, true, 600).get(open)!.map((r) => r.id)).toEqual(['on']);
    expect(visibleByGroup(rows, false, 600).get(open)!.map((r) => r.id)).toEqual(['above', 'on', 'below']);
  });

  it('asks beside the table at the middle of the first row wholly on screen, else of the first row', () => {
    expect(probeY([box(0, -10, 10, 10), box(0, 10, 10, 30)], 600)).toBe(20);
    expect(probeY([box(0, -10, 10, 10)], 600)).toBe(0);
    expect(probeY([box(0, 590, 10, 610), box(0, 610, 10, 630)], 600)).toBe(600);
  });

  it('renders every row of a small register, and only the visible ones and the open one of a big grid', () => {
    const rows = [
      { key: 'a', visible: true },
      { key: 'b', visible: false },
      { key: 'c', visible: false },
    ];
    expect(rowsToRender(rows, false, undefined).map((r) => r.key)).toEqual(['a', 'b', 'c']);
    expect(rowsToRender(rows, true, undefined).map((r) => r.key)).toEqual(['a']);
    expect(rowsToRender(rows, true, 'c').map((r) => r.key)).toEqual(['a', 'c']);
  });
});

describe('where slots, outlines and the dock go', () => {

  it('translates slots and outlines from the overlay origin', () => {
    const at: BadgePlacement = { mode: 'beside', left: 310, y: 140, maxWidth: 160 } as BadgePlacement;
    expect(slotStyle(at, { left: -5, top: -200 })).toEqual({ transform: 'translate(315px,340px)', maxWidth: '160px' });
    expect(outlineStyle(box(10, 20, 110, 40), box(0, 0, 0, 0))).toEqual({ transform: 'translate(7px,17px)', width: '106px', height: '26px' });
  });

  it('keeps the dock off each table and the empty page beside it, and off each badge as wide as its text', () => {
    const avoid = dockAvoid(
      [
        { rect: box(0, 0, 500, 400), besideLeft: 520 },
        { rect: box(0, 500, 500, 600), besideLeft: null },
      ],
      [
        { at: { mode: 'beside', left: 520, y: 10, maxWidth: 160 } as BadgePlacement, width: 90 },
        { at: { mode: 'icon', left: 400, y: 30, maxWidth: 26 } as BadgePlacement, width: 90 },
      ],
    );
    expect(avoid).toEqual([box(0, 0, 520, 400), box(0, 500, 500, 600), box(520, 10, 610, 30), box(400, 30, 426, 50)]);
  });

  const viewport = { w: 1000, h: 800 };
  const base: DockInput = {
    size: { w: 200, h: 60 },
    openSize: { w: 200, h: 60 },
    viewport,
    avoid: [],
    blank: () => true,
    corner: null,
    autoCollapsed: false,
    shrunk: false,
    userOpened: false,
  };

  it('puts the dock in the first clear corner (bottom right), and keeps a corner it has while it stays clear', () => {
    expect(dockStep(base)).toEqual({ kind: 'place', left: 792, top: 732, corner: 'bottom-right' });
    expect(dockStep({ ...base, corner: 'top-left' })).toEqual({ kind: 'place', left: 8, top: 8, corner: 'top-left' });
  });

  it('shrinks the open dock when it fits nowhere, unless the user opened it; nowhere at all is said, with the bottom-right fallback', () => {
    const nowhere = { ...base, blank: () => false };
    expect(dockStep(nowhere)).toEqual({ kind: 'shrink' });
    expect(dockStep({ ...nowhere, userOpened: true })).toEqual({ kind: 'nowhere', left: 792, top: 732 });
    expect(dockStep({ ...nowhere, shrunk: true, size: { w: 40, h: 24 } })).toEqual({ kind: 'nowhere', left: 952, top: 768 });
    // Rows everywhere (a small window scrolled into a long register), even where the page is blank: nowhere.
    expect(dockStep({ ...base, shrunk: true, size: { w: 40, h: 24 }, avoid: [box(0, 0, 1000, 800)] })).toMatchObject({ kind: 'nowhere' });
  });

  it('opens a dock shrunk for want of room once the open dock fits again, not one the user shrank', () => {
    const pill = { ...base, size: { w: 40, h: 24 }, shrunk: true };
    expect(dockStep({ ...pill, autoCollapsed: true })).toEqual({ kind: 'reopen' });
    expect(dockStep(pill)).toMatchObject({ kind: 'place', corner: 'bottom-right' });
    // Only the pill fits (the open dock would cover a row near the bottom): it stays shrunk.
    const tight = { ...pill, autoCollapsed: true, avoid: [box(0, 700, 1000, 770)], corner: null };
    expect(dockStep({ ...tight, blank: (b: Box) => b.bottom - b.top < 30 })).toMatchObject({ kind: 'place', corner: 'top-right' });
  });
});

describe('the first-run hint and list comparisons', () => {
  it('counts provisional badges while the hint is on and not dismissed', () => {
    const badges = [{ provisional: true }, { provisional: false }, { provisional: true }];
    expect(firstRunHint(true, false, badges)).toEqual({ provisional: 2, total: 3 });
    expect(firstRunHint(false, false, badges)).toBeNull();
    expect(firstRunHint(true, true, badges)).toBeNull();
    expect(firstRunHint(true, false, [{ provisional: false }])).toBeNull();
  });

  it('compares key lists in order, and row maps by element', () => {
    expect(sameList(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameList(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameList(['a'], ['a', 'b'])).toBe(false);
    const x = {};
    const y = {};
    expect(sameRows(new Map([['a', x]]), new Map([['a', x]]))).toBe(true);
    expect(sameRows(new Map([['a', x]]), new Map([['a', y]]))).toBe(false);
    expect(sameRows(new Map([['a', x]]), new Map([['a', x], ['b', y]]))).toBe(false);
  });
});
