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

/** Width reserved beside the table for badges (a compact badge with its first marker and "+n more" fits). */
export const OUTSIDE_STRIP = 160;
/** Space kept clear around the page's text and controls. */
export const TEXT_MARGIN = 4;

/**
 * How a badge is placed: its whole text beside the table or in a gap of its row; its figure alone
 * ('short'); its first word ('icon'); a bullet ('dot'); or not at all. The smaller forms are whole again
 * on hover and focus.
 */
export type PlacementMode = 'beside' | 'gap' | 'short' | 'icon' | 'dot' | 'none';

export interface BadgePlacement {
  mode: PlacementMode;
  /** Left edge and top, viewport coordinates; the badge is left-aligned here and never wider than maxWidth. */
  left: number;
  y: number;
  maxWidth: number;
  /** The width drawn (the form's measured width), 0 when not placed. */
  width: number;
}

/**
 * Free horizontal stretches of [from, to] at the height of a badge (band top..bottom), given the page's
 * text and control rectangles: the complement of those that meet the band, each widened by TEXT_MARGIN.
 */
export function freeGaps(from: number, to: number, band: { top: number; bottom: number }, obstacles: readonly Box[]): { left: number; right: number }[] {
  const blocks = obstacles
    .filter((o) => o.bottom > band.top && o.top < band.bottom && o.right > from && o.left < to && o.right > o.left)
    .map((o) => ({ left: o.left - TEXT_MARGIN, right: o.right + TEXT_MARGIN }))
    .sort((a, b) => a.left - b.left);
  const out: { left: number; right: number }[] = [];
  let x = from;
  for (const b of blocks) {
    if (b.left > x) out.push({ left: x, right: b.left });
    x = Math.max(x, b.right);
  }
  if (to > x) out.push({ left: x, right: to });
  return out;
}

/** The badge's drawn width in each form (badge-width.ts measures them). */
export interface FormWidths {
  full: number;
  short: number;
  icon: number;
  dot: number;
}

export interface PlaceInput {
  row: Box;
  /** Where empty page starts beside the table (its right edge plus what the page draws beside it), or null when there is none. */
  besideLeft: number | null;
  /** The page's text and controls in this row (and beside it), as rectangles. */
  obstacles: readonly Box[];
  /** The visible area (scroll containers and viewport). */
  clip: Box;
  /** The badge's measured width in each form. */
  widths: FormWidths;
  /** How wide the strip beside the table was seen empty (hit tests), when it was tested; the badge stays within it. */
  besideMax?: number;
}

const FORMS = ['full', 'short', 'icon', 'dot'] as const;

/**
 * Where a badge goes so that it covers none of the page's text or controls and its text is never cut:
 * the largest form that fits whole, each form tried beside the table (when the page is empty there, checked
 * against the obstacles beside it too) and then in the widest gap of its own row that holds it (nearest the
 * row's start on a tie: by the name). Else nowhere (the row is still reachable by the summary and shortcut,
 * never covered).
 */
export function placeBadge({ row, besideLeft, obstacles, clip, widths, besideMax }: PlaceInput): BadgePlacement {
  const y = Math.round(row.top + (row.bottom - row.top - BADGE_HEIGHT) / 2);
  const band = { top: y, bottom: y + BADGE_HEIGHT };
  let beside: { left: number; right: number } | null = null;
  if (besideLeft !== null) {
    const left = besideLeft + BADGE_INSET;
    const right = Math.min(clip.right, left + Math.max(widths.full, OUTSIDE_STRIP), besideMax !== undefined ? besideLeft + besideMax + 2 * BADGE_INSET : Infinity) - BADGE_INSET;
    const gap = freeGaps(left, right, band, obstacles)[0];
    if (gap && gap.left === left) beside = gap;
  }
  const gaps = freeGaps(Math.max(row.left, clip.left) + BADGE_INSET, Math.min(row.right, clip.right) - BADGE_INSET, band, obstacles);
  for (const form of FORMS) {
    const w = widths[form];
    const mode = form === 'full' ? null : form;
    if (beside && beside.right - beside.left >= w) {
      return { mode: mode ?? 'beside', left: Math.round(beside.left), y, maxWidth: Math.floor(beside.right - beside.left), width: w };
    }
    let best: { left: number; right: number } | null = null;
    for (const g of gaps) if (g.right - g.left >= w && (!best || g.right - g.left > best.right - best.left)) best = g;
    if (best) return { mode: mode ?? 'gap', left: Math.round(best.left), y, maxWidth: Math.floor(best.right - best.left), width: w };
  }
  return { mode: 'none', left: 0, y, maxWidth: 0, width: 0 };
}

export interface DockCandidate {
  left: number;
  top: number;
  /** Which place this is ("bottom-right", "bottom-left", …, "bottom:3"), the same for any dock size. */
  corner: string;
}

/**
 * The dock's place: the first corner of the window (bottom right, bottom left, top right, top left, inset 8 px),
 * then a place along the bottom or top edge,
 * where a `size` box meets none of `avoid` (the register's rows, our badges) and `blank` says the page
 * shows nothing there; null when none. `keep` (the corner it has now) wins while it is still clear, so
 * the dock never jumps between two good places as badges change width or the page scrolls a little; it
 * moves only when rows or text come under it. The order is fixed, so the same page gives the same corner.
 */
export function placeDockBox(size: Size, viewport: Size, avoid: readonly Box[], blank: (b: Box) => boolean, keep: string | null = null): DockCandidate | null {
  const m = 8;
  const right = viewport.w - size.w - m;
  const bottom = viewport.h - size.h - m;
  const places: DockCandidate[] = [
    { left: right, top: bottom, corner: 'bottom-right' },
    { left: m, top: bottom, corner: 'bottom-left' },
    { left: right, top: m, corner: 'top-right' },
    { left: m, top: m, corner: 'top-left' },
  ];
  // Then along the bottom and top edges, right to left.
  for (let x = right - 48, i = 1; x > m; x -= 48, i++) places.push({ left: x, top: bottom, corner: `bottom:${i}` }, { left: x, top: m, corner: `top:${i}` });
  const fits = (c: DockCandidate) => {
    if (c.left < 0 || c.top < 0) return false;
    const box = { left: c.left, top: c.top, right: c.left + size.w, bottom: c.top + size.h };
    if (avoid.some((a) => a.left < box.right && a.right > box.left && a.top < box.bottom && a.bottom > box.top)) return false;
    return blank(box);
  };
  const kept = keep ? places.find((c) => c.corner === keep) : undefined;
  if (kept && fits(kept)) return kept;
  return places.find((c) => c !== kept && fits(c)) ?? null;
}

/**
 * The details panel's place, as CSS `top` and `left` offsets from its badge's slot: below the badge and
 * left-aligned with it, flipped above when there is no room below (and room above), shifted to stay inside
 * the viewport horizontally.
 */
export function panelPlacement(badge: { left: number; y: number }, panel: Size, viewport: Size): { top: number; left: number } {
  const below = badge.y + BADGE_HEIGHT + PANEL_GAP;
  const flip = below + panel.h > viewport.h && badge.y - PANEL_GAP - panel.h >= 0;
  const left = Math.max(4, Math.min(badge.left, viewport.w - panel.w - 4));
  return { top: flip ? -(PANEL_GAP + panel.h) : BADGE_HEIGHT + PANEL_GAP, left: Math.round(left - badge.left) };
}
