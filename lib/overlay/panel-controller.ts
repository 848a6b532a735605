/**
 * The overlay's interaction: pointer, focus and keyboard events on badges, the panel and the dock become
 * panel-state actions (panel-state.ts, pure); this holds what the reducer cannot — hover timers, which
 * badge the pointer is on, focus moves — and asks the mount to render and re-measure when state changed.
 */
import type { OverlayCallbacks } from '../../components/overlay/OverlayView';
import type { PupilBadge } from '../pupil/badge';
import type { SummaryFilter } from '../pupil/page-summary';
import { initialPanelState, panelReducer, type PanelAction, type PanelState } from './panel-state';
import { HoverTimers } from './timers';
import type { OverlayHandlers } from './mount-types';

export interface PanelDeps {
  shadow: ShadowRoot;
  /** The badge's slot element, while rendered. */
  slotEl(key: string): HTMLElement | undefined;
  badgeOf(key: string): PupilBadge | undefined;
  /** Draw the view again (the state changed). */
  render(): void;
  /** Measure and place now (the open panel changed: it is placed at once). */
  layout(): void;
  /** Measure in the next frame. */
  schedule(): void;
  /** Scroll the first row matching a highlight into view when none is on screen. */
  reveal(f: SummaryFilter): void;
  handlers: OverlayHandlers;
}

export type PanelCallbacks = Pick<
  OverlayCallbacks,
  'panelRef' | 'onBadgeClick' | 'onPointerEnter' | 'onPointerLeave' | 'onFocusIn' | 'onFocusOut' | 'onClose' | 'onToggleCollapsed' | 'onHighlight' | 'onDismissHint'
>;

export class PanelController {
  ui: PanelState;
  /** The open details panel's element (measured to place it). */
  panelEl: HTMLDivElement | null = null;
  private hoverKey: string | null = null;
  /** Focus we moved back to a badge must not open its preview again. */
  private suppressFocusOpen: string | null = null;
  private readonly timers = new HoverTimers();

  constructor(
    collapsed: boolean,
    private readonly d: PanelDeps,
  ) {
    this.ui = initialPanelState(collapsed);
  }

  /** A change the caller renders itself (new badges, new prefs). */
  reduce(action: PanelAction): void {
    this.ui = panelReducer(this.ui, action);
  }

  /**
   * One change of the panel state. A change of the open panel cancels pending hover timers, renders and
   * places it at once; `focusPanel` moves focus into a panel a click opened.
   */
  dispatch(action: PanelAction, focusPanel = false): void {
    const before = this.ui;
    this.ui = panelReducer(before, action);
    const ui = this.ui;
    if (ui === before) return;
    if (ui.open === before.open) return this.d.render();
    this.timers.cancel();
    // A panel the user pinned open (not a hover preview) names the pupil in focus for the side panel
    // and prefill's "last opened".
    const wasPinned = before.open?.pinned && before.open.key === ui.open?.key;
    if (ui.open?.pinned && !wasPinned) {
      const b = this.d.badgeOf(ui.open.key);
      if (b) this.d.handlers.pupilOpened?.(b);
    }
    this.d.render();
    this.d.layout();
    if (ui.open && focusPanel) this.panelEl?.focus({ preventScroll: true });
  }

  callbacks(): PanelCallbacks {
    return {
      panelRef: (el) => {
        this.panelEl = el;
      },
      onBadgeClick: (key) => this.dispatch({ type: 'click', key }, this.ui.open?.key !== key || !this.ui.open.pinned),
      onPointerEnter: (key) => {
        this.timers.cancelClose();
        this.hoverKey = key;
        if (this.ui.open?.pinned || this.ui.open?.key === key) return;
        this.timers.openLater(() => this.dispatch({ type: 'preview', key, by: 'hover' }));
      },
      onPointerLeave: (key) => {
        this.timers.cancelOpen();
        if (this.hoverKey === key) this.hoverKey = null;
        const open = this.ui.open;
        if (open && !open.pinned && open.key === key && !this.focusWithin(key)) {
          this.timers.closeLater(() => {
            if (this.hoverKey !== key) this.dispatch({ type: 'close-preview', key });
          });
        }
      },
      onFocusIn: (key) => {
        if (this.suppressFocusOpen === key) {
          this.suppressFocusOpen = null;
          return;
        }
        this.dispatch({ type: 'preview', key, by: 'focus' });
      },
      onFocusOut: (key, e) => {
        const to = e.relatedTarget as Node | null;
        if (to && this.d.slotEl(key)?.contains(to)) return;
        if (this.hoverKey !== key) this.dispatch({ type: 'close', key });
      },
      onClose: (key) => {
        this.dispatch({ type: 'close' });
        this.focusBadge(key);
      },
      onToggleCollapsed: () => {
        this.dispatch({ type: 'toggle-dock' });
        this.d.handlers.dockCollapsed?.(this.ui.collapsed);
      },
      onHighlight: (f) => {
        this.dispatch({ type: 'highlight', filter: f });
        if (this.ui.highlight) this.d.reveal(this.ui.highlight);
        this.d.schedule();
      },
      onDismissHint: () => {
        this.dispatch({ type: 'dismiss-hint' });
        this.d.handlers.dismissHint?.();
      },
    };
  }

  /** Escape closes the panel (focus back to its badge); Escape or focus moving into the page closes a preview. */
  listen(doc: Document, host: Element, signal: AbortSignal): void {
    this.d.shadow.addEventListener(
      'keydown',
      (e) => {
        const ke = e as KeyboardEvent;
        if (ke.key !== 'Escape' || !this.ui.open) return;
        const key = this.ui.open.key;
        const refocus = this.focusWithin(key);
        this.dispatch({ type: 'close' });
        if (refocus) this.focusBadge(key);
        ke.stopPropagation();
        ke.preventDefault();
      },
      { signal },
    );
    doc.addEventListener(
      'keydown',
      (e) => {
        // Content shown on hover must be dismissible without moving the pointer (WCAG 1.4.13).
        if (e.key === 'Escape') this.dispatch({ type: 'close-preview' });
      },
      { signal },
    );
    // Focus moving into the page closes a hover preview, so nothing of ours covers the focused element (WCAG 2.4.11).
    doc.addEventListener(
      'focusin',
      (e) => {
        if (e.target !== host) this.dispatch({ type: 'close-preview' });
      },
      { capture: true, signal },
    );
  }

  stop(): void {
    this.timers.cancel();
  }

  private focusWithin(key: string): boolean {
    const a = this.d.shadow.activeElement;
    return !!a && !!this.d.slotEl(key)?.contains(a);
  }

  private focusBadge(key: string): void {
    const btn = this.d.slotEl(key)?.querySelector<HTMLButtonElement>('button.al-badge');
    if (!btn) return;
    this.suppressFocusOpen = key;
    btn.focus({ preventScroll: true });
    if (this.d.shadow.activeElement !== btn) this.suppressFocusOpen = null;
  }
}
