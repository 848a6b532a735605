/**
 * What the overlay shows besides the badges — which details panel is open (and whether pinned by a click
 * or only a hover/focus preview), the summary's highlight, the dock's collapsed state, the hint — as a pure
 * reducer. panel-controller.ts keeps the timers and DOM events and dispatches here; nothing here touches the page.
 */
import type { SummaryFilter } from '../pupil/page-summary';

export interface PanelState {
  /** The open details panel: pinned by a click, else a hover or focus preview. */
  open: { key: string; pinned: boolean } | null;
  highlight: SummaryFilter | null;
  /** The user shrank the dock to its pill (remembered in the overlay prefs). */
  collapsed: boolean;
  /** Shrunk because the open dock fits nowhere without covering rows or text (not the user's choice). */
  autoCollapsed: boolean;
  /** The user opened the dock themselves: it stays open (where it fits best) until they shrink it. */
  userOpened: boolean;
  hintDismissed: boolean;
  /** Rows on screen whose badge has no room at this window size (drawn nowhere rather than over the page). */
  unplaced: number;
}

export type PanelAction =
  /** A badge clicked: opens its panel pinned, or closes it when it was the pinned one. */
  | { type: 'click'; key: string }
  /**
   * A preview: the pointer rested on a badge (after the hover delay), or focus reached it. Hovering never
   * replaces a pinned panel; focus moving to another badge does (the panel follows the keyboard).
   */
  | { type: 'preview'; key: string; by: 'hover' | 'focus' }
  /** Closes the panel (only `key`'s, when given). */
  | { type: 'close'; key?: string }
  /** Closes a preview only (Escape on the page, focus moving into the page, the pointer gone); a pinned panel stays. */
  | { type: 'close-preview'; key?: string }
  /** The badges now on the page: a panel whose badge is gone closes. */
  | { type: 'badges'; keys: ReadonlySet<string> }
  | { type: 'toggle-dock' }
  | { type: 'dock-fits'; fits: boolean }
  /** The stored preference changed (another tab, the settings page). */
  | { type: 'prefs'; collapsed: boolean | undefined }
  | { type: 'highlight'; filter: SummaryFilter }
  | { type: 'dismiss-hint' }
  /** How many rows on screen have no room for even a dot: the summary says so, so no flag is lost silently. */
  | { type: 'unplaced'; n: number };

export function initialPanelState(collapsed: boolean): PanelState {
  return { open: null, highlight: null, collapsed, autoCollapsed: false, userOpened: false, hintDismissed: false, unplaced: 0 };
}

/** The dock as drawn: shrunk by the user or because it fits nowhere open. */
export const dockShrunk = (s: PanelState): boolean => s.collapsed || s.autoCollapsed;

export function panelReducer(s: PanelState, a: PanelAction): PanelState {
  switch (a.type) {
    case 'click':
      return { ...s, open: s.open?.key === a.key && s.open.pinned ? null : { key: a.key, pinned: true } };
    case 'preview':
      if (s.open?.key === a.key || (a.by === 'hover' && s.open?.pinned)) return s;
      return { ...s, open: { key: a.key, pinned: false } };
    case 'close':
      return s.open && (a.key === undefined || s.open.key === a.key) ? { ...s, open: null } : s;
    case 'close-preview':
      return s.open && !s.open.pinned && (a.key === undefined || s.open.key === a.key) ? { ...s, open: null } : s;
    case 'badges':
      return s.open && !a.keys.has(s.open.key) ? { ...s, open: null } : s;
    case 'toggle-dock': {
      const collapsed = !dockShrunk(s);
      return { ...s, collapsed, userOpened: !collapsed, autoCollapsed: false };
    }
    case 'dock-fits':
      // Shrink on its own only when the user has not opened it themselves; open again once it fits.
      if (a.fits) return s.autoCollapsed ? { ...s, autoCollapsed: false } : s;
      return s.collapsed || s.autoCollapsed || s.userOpened ? s : { ...s, autoCollapsed: true };
    case 'prefs':
      return a.collapsed === undefined || a.collapsed === s.collapsed ? s : { ...s, collapsed: a.collapsed };
    case 'highlight':
      return { ...s, highlight: s.highlight === a.filter ? null : a.filter };
    case 'dismiss-hint':
      return s.hintDismissed ? s : { ...s, hintDismissed: true };
    case 'unplaced':
      return s.unplaced === a.n ? s : { ...s, unplaced: a.n };
  }
}
