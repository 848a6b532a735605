/**
 * The render step: the overlay's Preact view drawn from the rows to render, the panel state and the
 * display choices; and the registry of rendered badge slots (their elements, which the frame pass
 * positions, and the stable ref callbacks the view attaches them with).
 */
import { h, render } from 'preact';
import { OverlayView, type OverlayCallbacks, type SlotModel } from '../../components/overlay/OverlayView';
import type { BadgeRows } from './badge-rows';
import { firstRunHint } from './layout-pass';
import type { OverlayDisplayPrefs } from './mount-types';
import { dockShrunk, type PanelState } from './panel-state';
import type { PageSummary } from '../pupil/badge';

export class SlotElements {
  /** The keys of the badges rendered, in the order rendered. */
  rendered: string[] = [];
  private readonly els = new Map<string, HTMLDivElement>();
  private readonly refs = new Map<string, (el: HTMLDivElement | null) => void>();

  /** `added`: a new element for the key (a virtualised row back in view), which has none of the styles written before. */
  constructor(private readonly added: (key: string) => void) {}

  get(key: string): HTMLDivElement | undefined {
    return this.els.get(key);
  }

  /** One ref per key for the life of the mount, so Preact does not detach and re-attach it on each render. */
  ref(key: string): (el: HTMLDivElement | null) => void {
    let ref = this.refs.get(key);
    if (!ref) {
      ref = (el) => {
        if (!el) return void this.els.delete(key);
        this.els.set(key, el);
        this.added(key);
      };
      this.refs.set(key, ref);
    }
    return ref;
  }
}

export interface ViewModel {
  rows: BadgeRows;
  keys: readonly string[];
  ui: PanelState;
  summary: PageSummary;
  prefs: OverlayDisplayPrefs;
  cb: OverlayCallbacks;
}

export function renderView(layer: Element, m: ViewModel): void {
  const slots: SlotModel[] = [];
  for (const k of m.keys) {
    const e = m.rows.byKey.get(k);
    if (e) slots.push({ key: e.key, index: e.index, badge: e.badge, pres: m.rows.presentOf(e) });
  }
  const hint = firstRunHint(m.prefs.showFirstRunHint, m.ui.hintDismissed, m.rows.list.map((e) => e.badge));
  render(
    h(OverlayView, {
      slots,
      open: m.ui.open,
      summary: m.summary,
      showSummary: m.prefs.showSummary !== false,
      collapsed: dockShrunk(m.ui),
      highlight: m.ui.highlight,
      unplaced: m.ui.unplaced,
      hint,
      cb: m.cb,
    }),
    layer,
  );
}

/** The view taken down (the overlay destroyed). */
export function clearView(layer: Element): void {
  render(null, layer);
}
