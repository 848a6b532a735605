/**
 * The overlay's frame pass as pure steps over rectangle snapshots (boxes read from the page beforehand):
 * which rows show a badge, which are rendered, where each slot, outline and the dock go. No DOM here;
 * frame-pass.ts reads the page, calls these, and writes the results.
 */
import { placeDockBox, rowVisible, type BadgePlacement, type Box, type Size } from './layout';

/** What the pass knows of a group of rows (one table body): where its scroll containers clip, whether it is hidden. */
export interface ClipGroup {
  clip: Box;
  hidden: boolean;
}

/** A row as last read: its box (null when not read: detached, or far from view on a big grid). */
export interface RowSnapshot<G extends ClipGroup = ClipGroup> {
  rect: Box | null;
  group: G;
}

/**
 * The rows that show a badge, by group, in the order given: read, not hidden, their middle inside the
 * area their scroll containers leave visible. On a big grid (`virtualise`) only rows on screen count.
 */
export function visibleByGroup<R extends RowSnapshot>(rows: readonly R[], virtualise: boolean, vh: number): Map<R['group'], R[]> {
  const out = new Map<R['group'], R[]>();
  for (const row of rows) {
    const r = row.rect;
    if (!r) continue;
    if (virtualise && (r.bottom < 0 || r.top > vh)) continue; // rendered only near the viewport
    if (row.group.hidden || !rowVisible(r, row.group.clip)) continue;
    const list = out.get(row.group);
    if (list) list.push(row);
    else out.set(row.group, [row]);
  }
  return out;
}

/** The height at which to ask what lies beside a group's table: the middle of its first row wholly on screen, else of its first visible row. */
export function probeY(rects: readonly Box[], vh: number): number {
  const r = rects.find((b) => b.top >= 0 && b.bottom <= vh) ?? rects[0];
  return r ? (r.top + r.bottom) / 2 : 0;
}

/** The rows whose badges are rendered: all of them on a small register; on a big grid the visible ones and the one whose panel is open. */
export function rowsToRender<R extends { key: string; visible: boolean }>(rows: readonly R[], virtualise: boolean, openKey: string | undefined): R[] {
  return virtualise ? rows.filter((e) => e.visible || e.key === openKey) : rows.slice();
}

/** A placed slot's CSS: translated from the overlay's origin (the layer is in document coordinates). */
export function slotStyle(p: BadgePlacement, origin: { left: number; top: number }): { transform: string; maxWidth: string } {
  return { transform: `translate(${p.left - origin.left}px,${p.y - origin.top}px)`, maxWidth: `${p.maxWidth}px` };
}

/** An outline drawn 3 px around a highlighted row. */
export function outlineStyle(r: Box, origin: { left: number; top: number }): { transform: string; width: string; height: string } {
  return {
    transform: `translate(${r.left - origin.left - 3}px,${r.top - origin.top - 3}px)`,
    width: `${r.right - r.left + 6}px`,
    height: `${r.bottom - r.top + 6}px`,
  };
}

/**
 * What the dock must not cover: each table with the empty page beside it (where badges may sit), and
 * each placed badge (as wide as its text needs, never wider than its slot; 20 px high).
 */
export function dockAvoid(tables: readonly { rect: Box; besideLeft: number | null }[], badges: readonly { at: BadgePlacement; width: number }[]): Box[] {
  const avoid: Box[] = [];
  for (const { rect: t, besideLeft } of tables) avoid.push({ left: t.left, top: t.top, right: Math.max(t.right, besideLeft ?? t.right), bottom: t.bottom });
  for (const { at, width } of badges) {
    const w = Math.min(at.maxWidth, width);
    avoid.push({ left: at.left, top: at.y, right: at.left + w, bottom: at.y + 20 });
  }
  return avoid;
}

export interface DockInput {
  /** The dock's size as drawn now. */
  size: Size;
  /** Its size when last drawn open (null before it ever was). */
  openSize: Size | null;
  viewport: Size;
  avoid: readonly Box[];
  /** Whether the page shows nothing in a box (hit tests; hit-tests.ts). */
  blank: (b: Box) => boolean;
  /** The place it has now, kept while clear. */
  corner: string | null;
  /** The panel state's dock flags (panel-state.ts). */
  autoCollapsed: boolean;
  shrunk: boolean;
  userOpened: boolean;
}

export type DockStep =
  /** It was shrunk only for want of room, and the open dock fits again: open it. */
  | { kind: 'reopen' }
  /** The open dock fits nowhere and the user did not open it themselves: shrink it to its pill. */
  | { kind: 'shrink' }
  /** Put it here; `corner` is the place to keep. */
  | { kind: 'place'; left: number; top: number; corner: string }
  /**
   * No clear place even for the pill (a small window scrolled into a long register): it steps aside (hidden)
   * rather than cover rows, unless the user is in it, then it stays at this fallback place (bottom right).
   */
  | { kind: 'nowhere'; left: number; top: number };

/**
 * The dock (hint and summary) goes in a corner of the window where it covers none of the register's rows,
 * none of our badges and no text or control of the page; when the open dock fits nowhere it shrinks to its
 * pill, and opens again once there is room.
 */
export function dockStep(i: DockInput): DockStep {
  // Open again when the user left it open and the open dock now fits somewhere.
  if (i.autoCollapsed && i.openSize && placeDockBox(i.openSize, i.viewport, i.avoid, i.blank, i.corner)) return { kind: 'reopen' };
  const at = placeDockBox(i.size, i.viewport, i.avoid, i.blank, i.corner);
  if (!at && !i.shrunk && !i.userOpened) return { kind: 'shrink' };
  if (at) return { kind: 'place', left: Math.round(at.left), top: Math.round(at.top), corner: at.corner };
  // Nowhere at all, even as a pill. Bottom right is where it waits if the user is in it.
  return { kind: 'nowhere', left: Math.round(i.viewport.w - i.size.w - 8), top: Math.round(i.viewport.h - i.size.h - 8) };
}

/** The first-run hint's figures: shown while some badges are provisional (history incomplete), unless turned off or dismissed. */
export function firstRunHint(show: boolean, dismissed: boolean, badges: readonly { provisional?: boolean }[]): { provisional: number; total: number } | null {
  if (!show || dismissed) return null;
  const provisional = badges.reduce((n, b) => n + (b.provisional ? 1 : 0), 0);
  return provisional > 0 ? { provisional, total: badges.length } : null;
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Same keys to the same elements (callers re-read the page on every change: only new elements count). */
export function sameRows<E>(a: ReadonlyMap<string, E>, b: ReadonlyMap<string, E>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, el] of a) if (b.get(k) !== el) return false;
  return true;
}
