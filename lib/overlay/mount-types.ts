/** What the overlay's mount takes and gives: display choices, the content script's handlers, the handle. */
import type { BadgeStyle } from './badge-text';
import type { MarkerId, PageSummary, PupilBadge } from '../pupil/badge';

export interface OverlayDisplayPrefs {
  style: BadgeStyle;
  /** Markers to show; absent = all. */
  markers?: readonly MarkerId[];
  /** Show the first-run hint while history is incomplete (false once the user dismissed it). */
  showFirstRunHint: boolean;
  /** Show the page summary bar (default true). */
  showSummary?: boolean;
  /** The dock (hint and summary) shrunk to a pill, as the user last left it. */
  dockCollapsed?: boolean;
}

export interface OverlayHandlers {
  openInDashboard?: (b: PupilBadge) => void;
  addAction?: (b: PupilBadge) => void;
  startReferral?: (b: PupilBadge) => void;
  /** A pupil's panel was opened by click or keyboard (not a hover preview). */
  pupilOpened?: (b: PupilBadge) => void;
  importHistory?: () => void;
  /** The user dismissed the first-run hint: remember it (overlay prefs). */
  dismissHint?: () => void;
  /** The user shrank or opened the dock: remember it (overlay prefs). */
  dockCollapsed?: (collapsed: boolean) => void;
}

export interface MountOptions {
  rows: ReadonlyMap<string, Element>;
  badges: readonly PupilBadge[];
  summary: PageSummary;
  prefs: OverlayDisplayPrefs;
  handlers: OverlayHandlers;
  /** Where this page's MIS shows many sessions at once (the reader's `historyPages`), for the first-run hint. */
  historyPages?: string;
  /** The content script's invalidation signal: everything is removed when it aborts. */
  signal?: AbortSignal;
  /** Defaults to the rows' document. */
  document?: Document;
}

export interface OverlayHandle {
  /** New badges (e.g. after a live edit) and summary; new rows when the page re-rendered them. */
  update(badges: readonly PupilBadge[], summary: PageSummary, rows?: ReadonlyMap<string, Element>): void;
  setPrefs(prefs: OverlayDisplayPrefs): void;
  /** Re-measures now instead of at the next frame (after the caller moved the page's rows). */
  relayout(): void;
  /** Moves keyboard focus to the first badge in row order, else the summary (the extension's shortcut). */
  focusFirst(): boolean;
  destroy(): void;
  readonly host: HTMLElement | null;
}
