/**
 * Where the Teach panel goes so the register stays in sight: beside the register on the side with
 * room for the panel, else docked along the bottom of the window (full width, short), never over the
 * register's right-hand columns. Pure (boxes in, a placement out), so it is tested without a browser.
 */
import type { Box, Size } from '../../overlay/layout';

export const PANEL_WIDTH = 340;
const MARGIN = 12;
/** The bottom dock's height, as a share of the window. */
export const DOCK_SHARE = 0.4;

export type Placement =
  | { side: 'left' | 'right'; left: number; top: number; width: number; maxHeight: number }
  | { side: 'bottom'; left: number; top: number; width: number; maxHeight: number };

export function placePanel(viewport: Size, register: Box | undefined): Placement {
  const tall = { top: MARGIN, maxHeight: viewport.h - 2 * MARGIN, width: PANEL_WIDTH };
  const need = PANEL_WIDTH + 2 * MARGIN;
  if (!register) return { side: 'right', left: viewport.w - PANEL_WIDTH - MARGIN, ...tall };
  const rightRoom = viewport.w - Math.max(0, register.right);
  const leftRoom = Math.min(viewport.w, register.left);
  if (rightRoom >= need) return { side: 'right', left: viewport.w - PANEL_WIDTH - MARGIN, ...tall };
  if (leftRoom >= need) return { side: 'left', left: MARGIN, ...tall };
  const h = Math.round(viewport.h * DOCK_SHARE);
  return { side: 'bottom', left: MARGIN, top: viewport.h - h - MARGIN, width: viewport.w - 2 * MARGIN, maxHeight: h };
}
