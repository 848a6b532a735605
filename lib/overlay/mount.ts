/**
 * Draws the overlay on someone else's page and keeps it right as the page scrolls, resizes and
 * re-renders: a thin composition. One shadow-root host per page (shadow-host.ts); the badges' model
 * (badge-rows.ts); one measuring pass per frame (frame-pass.ts over the pure steps of layout-pass.ts,
 * scheduled by timers.ts, asked for by page-watch.ts); the panel state and its events
 * (panel-controller.ts over panel-state.ts); the render step (view-render.ts). Badges come after the
 * page in tab order, in the order of the rows; on big grids only rows near the viewport are rendered.
 */
import type { OverlayCallbacks } from '../../components/overlay/OverlayView';
import { BadgeRows } from './badge-rows';
import { DockPlacer } from './dock-placer';
import { framePass, type FrameParts } from './frame-pass';
import { BlankBoxes } from './hit-tests';
import { sameList } from './layout-pass';
import type { MountOptions, OverlayHandle } from './mount-types';
import { OutlineLayer } from './outline-layer';
import { PageWatch } from './page-watch';
import { PanelController } from './panel-controller';
import { RowMeasure } from './row-measure';
import { createOverlayShadow } from './shadow-host';
import { FrameScheduler } from './timers';
import { clearView, renderView, SlotElements } from './view-render';
import { matchesFilter } from '../pupil/page-summary';
import type { PupilBadge } from '../pupil/badge';

export type { MountOptions, OverlayDisplayPrefs, OverlayHandle, OverlayHandlers } from './mount-types';
export { VIRTUALISE_ABOVE } from './badge-rows';

const NO_OP: OverlayHandle = { update() {}, setPrefs() {}, relayout() {}, focusFirst: () => false, destroy() {}, host: null };

export function mountOverlay(opts: MountOptions): OverlayHandle {
  if (opts.signal?.aborted) return NO_OP;
  const firstRow = opts.rows.values().next().value as Element | undefined;
  const doc = opts.document ?? firstRow?.ownerDocument ?? document;
  const win = doc.defaultView;
  if (!win) return NO_OP;

  const { host, shadow, root, outlines, layer } = createOverlayShadow(doc);
  let prefs = opts.prefs;
  let summary = opts.summary;
  let destroyed = false;
  const rows = new BadgeRows(opts.rows, opts.badges, prefs);
  const listeners = new AbortController();
  const frames = new FrameScheduler(globalThis, () => layout(true));
  const schedule = () => frames.schedule();
  const blanks = new BlankBoxes(doc, host);
  const watch = new PageWatch(doc, win, blanks, schedule, listeners.signal);
  // A new slot element (a virtualised row back in view) has none of the cached styles.
  const slots = new SlotElements((key) => {
    const e = rows.byKey.get(key);
    if (e) e.lastTransform = e.lastMaxWidth = '';
  });
  const dock = new DockPlacer();
  const panel = new PanelController(prefs.dockCollapsed === true, {
    shadow,
    slotEl: (key) => slots.get(key),
    badgeOf: (key) => rows.byKey.get(key)?.badge,
    render: draw,
    layout: () => layout(),
    schedule,
    reveal(f) {
      const matching = rows.list.filter((e) => matchesFilter(e.badge, f));
      if (matching.length && !matching.some((e) => e.visible)) matching[0]!.row.scrollIntoView({ block: 'center' });
    },
    handlers: opts.handlers,
  });
  const h = opts.handlers;
  const callbacks: OverlayCallbacks = {
    ...(h.openInDashboard ? { openInDashboard: (b: PupilBadge) => h.openInDashboard?.(b) } : {}),
    ...(h.addAction ? { addAction: (b: PupilBadge) => h.addAction?.(b) } : {}),
    ...(h.startReferral ? { startReferral: (b: PupilBadge) => h.startReferral?.(b) } : {}),
    onImportHistory: h.importHistory,
    historyPages: opts.historyPages,
    slotRef: (key) => slots.ref(key),
    dockRef: (el) => {
      dock.el = el;
    },
    ...panel.callbacks(),
  };
  const parts: FrameParts = { doc, win, host, root, rows, near: watch.near, measure: new RowMeasure(doc, host), blanks, panel, slots, outlines: new OutlineLayer(doc, outlines), dock, render: draw };

  /** New badges or rows: the model is rebuilt, a panel whose badge is gone closes, new rows are watched. */
  function rebuild(badges: MountOptions['badges'], nextRows?: MountOptions['rows'], first = false): boolean {
    const { rowsChanged, watchChanged } = rows.update(badges, nextRows, first);
    panel.reduce({ type: 'badges', keys: new Set(rows.byKey.keys()) });
    if (watchChanged) watch.near.watch(rows.virtualise ? rows.list.map((e) => e.row) : []);
    if (rowsChanged) watch.observe(rows.groups.values());
    return rowsChanged;
  }

  function draw(): void {
    if (destroyed) return;
    // A pass in the next frame measures what this render changed (the dock's size).
    schedule();
    renderView(layer, { rows, keys: slots.rendered, ui: panel.ui, summary, prefs, cb: callbacks });
  }

  /** A measuring pass now (`inFrame`: from the animation frame; see frame-pass.ts). */
  function layout(inFrame = false): void {
    frames.cancel();
    if (destroyed) return;
    framePass(parts, inFrame);
    if (!inFrame) schedule();
  }

  function destroy(): void {
    if (destroyed) return;
    destroyed = true;
    frames.stop();
    panel.stop();
    listeners.abort();
    watch.disconnect();
    clearView(layer);
    host.remove();
  }

  panel.listen(doc, host, listeners.signal);
  opts.signal?.addEventListener('abort', destroy, { once: true, signal: listeners.signal });
  rebuild(opts.badges, opts.rows, true);
  layout();

  return {
    host,
    update(badges, nextSummary, nextRows) {
      if (destroyed) return;
      summary = nextSummary;
      // The page changed (a note typed, a mark set): where its text is is asked again.
      parts.measure.forget();
      blanks.forget();
      const before = rows.keys();
      const rowsChanged = rebuild(badges, nextRows);
      // Same rows, same pupils (a live edit): badges are right-anchored, so new text never moves them.
      // Render now and leave measuring to the next frame, rather than forcing the page's layout here.
      if (!rowsChanged && sameList(before, rows.keys())) {
        draw();
        schedule();
      } else layout();
    },
    setPrefs(next) {
      if (destroyed) return;
      prefs = next;
      panel.reduce({ type: 'prefs', collapsed: next.dockCollapsed });
      rows.restyle(next);
      draw();
      schedule();
    },
    relayout: () => layout(),
    focusFirst() {
      if (destroyed) return false;
      layout();
      const first = slots.rendered.map((k) => rows.byKey.get(k)).find((e) => e?.at);
      const btn = first ? slots.get(first.key)?.querySelector<HTMLButtonElement>('button.al-badge') : null;
      const target = btn ?? dock.el?.querySelector<HTMLButtonElement>('button');
      if (!target) return false;
      if (first) first.row.scrollIntoView({ block: 'nearest' });
      target.focus();
      return shadow.activeElement === target;
    },
    destroy,
  };
}
