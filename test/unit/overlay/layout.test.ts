import { describe, expect, it } from 'vitest';
import { OUTSIDE_STRIP, badgePosition, intersect, panelPlacement, rowVisible, type Box } from '../../../lib/overlay/layout';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const VIEW = box(0, 0, 1000, 800);

describe('row visibility inside scroll containers', () => {
  const container = box(100, 200, 600, 400);
  const clip = intersect(VIEW, container);
  it('shows a row whose middle is inside the clip', () => {
    expect(rowVisible(box(100, 300, 600, 324), clip)).toBe(true);
    expect(rowVisible(box(100, 190, 600, 214), clip)).toBe(true); // middle 202
  });
  it('hides a row scrolled out of its container, even though it is in the viewport', () => {
    expect(rowVisible(box(100, 150, 600, 174), clip)).toBe(false);
    expect(rowVisible(box(100, 420, 600, 444), clip)).toBe(false);
  });
  it('hides zero-size rows (display: none) and rows scrolled out sideways', () => {
    expect(rowVisible(box(0, 0, 0, 0), clip)).toBe(false);
    expect(rowVisible(box(-700, 300, 90, 324), clip)).toBe(false);
  });
});

describe('badge placement', () => {
  it('puts the badge at the right edge of the name cell, centred on the row', () => {
    expect(badgePosition(box(50, 100, 900, 130), box(50, 100, 300, 130), VIEW)).toEqual({ right: 296, y: 105, maxWidth: 244 });
  });
  it('keeps the badge inside the visible part of a cell cut by a container', () => {
    const clip = box(0, 0, 250, 800);
    expect(badgePosition(box(50, 100, 900, 130), box(50, 100, 300, 130), clip)).toEqual({ right: 246, y: 105, maxWidth: 194 });
  });
  it("puts the badge in the row's own empty right end when there is one, else back in the name cell", () => {
    expect(badgePosition(box(50, 100, 900, 130), box(50, 100, 300, 130), VIEW, 'inside')).toEqual({ right: 896, y: 105, maxWidth: OUTSIDE_STRIP });
    // A wider empty end gives the badge room for its markers too.
    expect(badgePosition(box(50, 100, 900, 130), box(50, 100, 300, 130), VIEW, 'inside', 240).maxWidth).toBe(240);
    // The row's end is scrolled out of a container: the name cell, which is in view.
    expect(badgePosition(box(50, 100, 900, 130), box(50, 100, 300, 130), box(0, 0, 600, 800), 'inside').right).toBe(296);
  });
  it('puts the badge beside the row when the page is empty there', () => {
    expect(badgePosition(box(50, 100, 800, 130), box(50, 100, 300, 130), VIEW, 'outside')).toEqual({ right: 804 + OUTSIDE_STRIP, y: 105, maxWidth: OUTSIDE_STRIP });
    // Not enough of the viewport left beside it: the name cell.
    expect(badgePosition(box(50, 100, 900, 130), box(50, 100, 300, 130), VIEW, 'outside').right).toBe(296);
  });
  it('is never wider than the visible cell', () => {
    expect(badgePosition(box(50, 100, 900, 130), box(50, 100, 90, 130), VIEW).maxWidth).toBe(34);
    expect(badgePosition(box(50, 100, 900, 130), box(50, 100, 52, 130), VIEW).maxWidth).toBe(0);
  });
});

describe('details panel placement', () => {
  const panel = { w: 320, h: 300 };
  const view = { w: 1000, h: 800 };
  it('opens below, right-aligned with the badge', () => {
    expect(panelPlacement({ right: 580, y: 100 }, panel, view)).toEqual({ top: 24, right: 0 });
  });
  it('flips above near the bottom of the viewport', () => {
    expect(panelPlacement({ right: 580, y: 700 }, panel, view)).toEqual({ top: -304, right: 0 });
  });
  it('stays below when there is no room above either', () => {
    expect(panelPlacement({ right: 580, y: 200 }, { w: 320, h: 700 }, view).top).toBe(24);
  });
  it('stays inside the viewport horizontally', () => {
    // Badge ends at x = 100: a right-aligned 320 px panel would start at -220; it starts at 4 instead.
    expect(panelPlacement({ right: 100, y: 100 }, panel, view)).toEqual({ top: 24, right: -224 });
  });
});
