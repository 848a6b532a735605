import { describe, expect, it } from 'vitest';
import { freeGaps, intersect, panelPlacement, placeBadge, placeDockBox, rowVisible, type Box } from '../../../lib/overlay/layout';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const VIEW = box(0, 0, 1000, 800);
/** A badge whose whole text is `full` px wide, its figure alone `short`, its first word `icon`. */
const w = (full: number, short = Math.min(full, 50), icon = Math.min(short, 24), dot = 20) => ({ full, short, icon, dot });

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

describe('badge placement: never over the page\'s text or controls', () => {
  const row = box(100, 100, 700, 130);
  const name = box(110, 108, 220, 122); // "Beeching, Olivia"
  const select = box(400, 104, 560, 126);
  it('goes beside the table when the page is empty there', () => {
    const p = placeBadge({ row, besideLeft: 720, obstacles: [name, select], clip: VIEW, widths: w(80) });
    expect(p).toMatchObject({ mode: 'beside', left: 724, y: 105 });
    expect(p.maxWidth).toBeGreaterThanOrEqual(80);
  });
  it('beside, in a smaller form, when the strip was seen empty only as wide as that form (the full badge would run past the window)', () => {
    // A narrow window: the hit tests found 110 px empty beside the table, not the full badge's 150.
    const full = [name, select, box(230, 104, 390, 126), box(570, 104, 690, 126)]; // no gap in the row holds it either
    const p = placeBadge({ row, besideLeft: 720, obstacles: full, clip: VIEW, widths: w(150, 100, 40), besideMax: 110 });
    expect(p).toMatchObject({ mode: 'short', left: 724, width: 100 });
    expect(p.left + p.maxWidth).toBeLessThanOrEqual(720 + 110 + 4);
    // Without the cap the same strip would be trusted for the full badge.
    expect(placeBadge({ row, besideLeft: 720, obstacles: full, clip: VIEW, widths: w(150, 100, 40) }).mode).toBe('beside');
  });
  it('not beside when something of the page stands there at this row', () => {
    const p = placeBadge({ row, besideLeft: 720, obstacles: [name, select, box(740, 110, 800, 120)], clip: VIEW, widths: w(80) });
    expect(p.mode).toBe('gap');
  });
  it('else in the widest gap of its own row that holds it, never over text', () => {
    const p = placeBadge({ row, besideLeft: null, obstacles: [name, select], clip: VIEW, widths: w(100) });
    // Gaps: 104–106, 224–396, 564–696 → the widest is 224–396 (after the name, margins kept).
    expect(p).toMatchObject({ mode: 'gap', left: 224, maxWidth: 172 });
  });
  it('else its figure alone, whole, in a gap too narrow for the whole badge', () => {
    const crowded = [box(110, 108, 330, 122), select, box(590, 104, 690, 126)];
    // Gaps: 334–396 (62 px) and 564–586: the whole badge (200) fits neither, the figure (60) fits the first.
    const p = placeBadge({ row, besideLeft: null, obstacles: crowded, clip: VIEW, widths: w(200, 60, 30) });
    expect(p).toMatchObject({ mode: 'short', left: 334, maxWidth: 62, width: 60 });
  });
  it('else its first word, whole, in a smaller gap', () => {
    const crowded = [box(110, 108, 360, 122), select, box(590, 104, 690, 126)];
    const p = placeBadge({ row, besideLeft: null, obstacles: crowded, clip: VIEW, widths: w(200, 80, 26) });
    expect(p).toMatchObject({ mode: 'icon', width: 26 });
    expect(p.left).toBeGreaterThanOrEqual(364);
    expect(p.left + p.width).toBeLessThanOrEqual(396);
    expect(p.maxWidth).toBeGreaterThanOrEqual(26);
  });
  it('beside the table only when the whole form fits there: else a smaller form, never a cut one', () => {
    // 150 px of empty page beside the table (the window ends at 874): the 180 px badge does not fit there,
    // nor in its row; its 70 px figure does, beside.
    const crowded = [box(110, 108, 360, 122), select, box(590, 104, 690, 126)];
    const p = placeBadge({ row, besideLeft: 720, obstacles: crowded, clip: box(0, 0, 878, 800), widths: w(180, 70, 26) });
    expect(p).toMatchObject({ mode: 'short', left: 724, width: 70 });
    expect(p.maxWidth).toBeGreaterThanOrEqual(70);
    expect(p.maxWidth).toBeLessThan(180);
  });
  it('the whole badge in its row wins over its figure alone beside the table', () => {
    const p = placeBadge({ row, besideLeft: 720, obstacles: [name, select], clip: box(0, 0, 800, 800), widths: w(120, 60, 26) });
    expect(p).toMatchObject({ mode: 'gap', left: 224, width: 120 });
  });
  it('else a bullet where not even a word fits, then nowhere', () => {
    const crowded = [box(110, 108, 370, 122), select, box(590, 104, 690, 126)];
    // Gaps 374–396 (22 px) and 564–586: the 40 px word does not fit, the 20 px bullet does.
    expect(placeBadge({ row, besideLeft: null, obstacles: crowded, clip: VIEW, widths: w(200, 80, 40, 20) })).toMatchObject({ mode: 'dot', left: 374, width: 20 });
    expect(placeBadge({ row, besideLeft: null, obstacles: crowded, clip: VIEW, widths: w(200, 80, 40, 24) }).mode).toBe('none');
  });
  it('else nowhere, rather than over a name', () => {
    const full = [box(100, 100, 700, 130)];
    expect(placeBadge({ row, besideLeft: null, obstacles: full, clip: VIEW, widths: w(60) }).mode).toBe('none');
  });
  it('free gaps ignore text above or below the badge band', () => {
    expect(freeGaps(0, 100, { top: 10, bottom: 30 }, [box(20, 40, 50, 50), box(60, 0, 70, 12)])).toEqual([
      { left: 0, right: 56 },
      { left: 74, right: 100 },
    ]);
  });
});

describe('dock placement', () => {
  const view = { w: 1000, h: 800 };
  it('takes the first corner clear of rows and page content', () => {
    const table = box(200, 100, 990, 700);
    expect(placeDockBox({ w: 300, h: 60 }, view, [table], () => true)).toMatchObject({ left: 692, top: 732, corner: 'bottom-right' });
    const tall = box(200, 100, 990, 790);
    expect(placeDockBox({ w: 300, h: 60 }, view, [tall], () => true)).toMatchObject({ left: 692, top: 8, corner: 'top-right' });
  });
  it('none when every corner would cover a row or text', () => {
    expect(placeDockBox({ w: 300, h: 60 }, view, [box(0, 0, 1000, 800)], () => true)).toBeNull();
    expect(placeDockBox({ w: 300, h: 60 }, view, [], () => false)).toBeNull();
  });
  it('keeps the corner it has while that corner stays clear, whatever its size (pill or open)', () => {
    // Bottom right is free again (a badge narrowed), but the dock was moved to bottom left: it stays.
    expect(placeDockBox({ w: 300, h: 60 }, view, [], () => true, 'bottom-left')).toMatchObject({ left: 8, top: 732, corner: 'bottom-left' });
    expect(placeDockBox({ w: 90, h: 28 }, view, [], () => true, 'bottom-left')).toMatchObject({ left: 8, top: 764, corner: 'bottom-left' });
  });
  it('moves only when rows come under its corner, to the first clear place in the fixed order', () => {
    const rowsLeft = box(0, 600, 400, 790);
    expect(placeDockBox({ w: 300, h: 60 }, view, [rowsLeft], () => true, 'bottom-left')).toMatchObject({ corner: 'bottom-right' });
    // The same page state gives the same place, whatever was kept before.
    const a = placeDockBox({ w: 300, h: 60 }, view, [rowsLeft], () => true, 'no-such-corner');
    const b = placeDockBox({ w: 300, h: 60 }, view, [rowsLeft], () => true);
    expect(a).toEqual(b);
  });
});

describe('details panel placement', () => {
  const panel = { w: 320, h: 300 };
  const view = { w: 1000, h: 800 };
  it('opens below, left-aligned with the badge', () => {
    expect(panelPlacement({ left: 580, y: 100 }, panel, view)).toEqual({ top: 24, left: 0 });
  });
  it('flips above near the bottom of the viewport', () => {
    expect(panelPlacement({ left: 580, y: 700 }, panel, view)).toEqual({ top: -304, left: 0 });
  });
  it('stays below when there is no room above either', () => {
    expect(panelPlacement({ left: 580, y: 200 }, { w: 320, h: 700 }, view).top).toBe(24);
  });
  it('stays inside the viewport horizontally', () => {
    // Badge starts at x = 900: a 320 px panel would end at 1220; it ends at 996 instead.
    expect(panelPlacement({ left: 900, y: 100 }, panel, view)).toEqual({ top: 24, left: -224 });
  });
});
