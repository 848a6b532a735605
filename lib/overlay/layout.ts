/**
 * Geometry for the overlay layer, pure (boxes in, positions out) so it is tested without a browser.
 * All boxes are viewport coordinates as returned by getBoundingClientRect.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  w: number;
  h: number;
}

/** Gap between a badge and the edge of the cell it sits in. */
export const BADGE_INSET = 4;
/** Offset from a badge's top to its details panel. */
export const PANEL_GAP = 4;

export function intersect(a: Box, b: Box): Box {
  return {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
}

/**
 * A row's badge is shown when the row's vertical middle is inside the area its scroll containers
 * (and the viewport) leave visible, and some of the row is visible horizontally. Zero-size rows
 * (display: none, detached) are never visible.
 */
export function rowVisible(row: Box, clip: Box): boolean {
  if (row.bottom - row.top <= 0 || row.right - row.left <= 0) return false;
  const mid = (row.top + row.bottom) / 2;
  return mid >= clip.top && mid <= clip.bottom && row.right > clip.left && row.left < clip.right;
}

/** Badge height, fixed in the stylesheet so placement never has to measure a badge. */
export const BADGE_HEIGHT = 20;

/** Width of the strip beside a row that leaves room on its right (badges are right-aligned in it): a compact badge with its first marker and "+n" fits. */
export const OUTSIDE_STRIP = 160;

/**
 * Where there is empty page for a badge, from hit tests (mount.ts): beside the row, past its right
 * edge (`outside`); in the row's own empty right end, where a grid's rows run wider than their cells
 * (`inside`); or nowhere (`none`).
 */
export type Room = 'outside' | 'inside' | 'none';

/**
 * Where a badge goes. In empty page when there is some (see Room) and the visible area shows it: then
 * it covers nothing of the page (narrow name columns stay readable). Otherwise its right edge at the
 * right edge of the row's anchor cell (the cell holding the pupil's name) within the visible part of
 * it, at most as wide as the visible cell (the badge truncates rather than covering the next cell).
 * Vertically centred on the row. The slot is drawn with `translateX(-100%)`, so its own width is
 * never read: no layout is forced between frames.
 */
export function badgePosition(row: Box, anchor: Box, clip: Box, room: Room = 'none', insideWidth = OUTSIDE_STRIP): { right: number; y: number; maxWidth: number } {
  const y = Math.round(row.top + (row.bottom - row.top - BADGE_HEIGHT) / 2);
  if (room === 'outside' && clip.right - row.right >= OUTSIDE_STRIP + BADGE_INSET) {
    return { right: Math.round(row.right + BADGE_INSET + OUTSIDE_STRIP), y, maxWidth: OUTSIDE_STRIP };
  }
  if (room === 'inside' && row.right <= clip.right && row.right - insideWidth - BADGE_INSET >= clip.left) {
    return { right: Math.round(row.right - BADGE_INSET), y, maxWidth: insideWidth };
  }
  const right = Math.min(anchor.right, clip.right) - BADGE_INSET;
  const left = Math.max(anchor.left, clip.left) + BADGE_INSET / 2;
  return { right: Math.round(right), y, maxWidth: Math.max(0, Math.floor(right - left)) };
}

/**
 * The details panel's place, as CSS `top` and `right` offsets from its badge's slot: below the badge
 * and right-aligned with it, flipped above when there is no room below (and room above), shifted to
 * stay inside the viewport horizontally.
 */
export function panelPlacement(badge: { right: number; y: number }, panel: Size, viewport: Size): { top: number; right: number } {
  const below = badge.y + BADGE_HEIGHT + PANEL_GAP;
  const flip = below + panel.h > viewport.h && badge.y - PANEL_GAP - panel.h >= 0;
  const left = Math.max(4, Math.min(badge.right - panel.w, viewport.w - panel.w - 4));
  return { top: flip ? -(PANEL_GAP + panel.h) : BADGE_HEIGHT + PANEL_GAP, right: Math.round(badge.right - (left + panel.w)) };
}
