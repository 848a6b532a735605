/**
 * Draws the overlay on someone else's page and keeps it right as the page scrolls, resizes and
 * re-renders. One shadow-root host per page, appended to the root element: nothing is inserted into
 * the host's rows or cells, so its table layout, column widths and tab order do not change (badges
 * come after the page in tab order, in the order of the rows). Badges are positioned from
 * getBoundingClientRect in one pass per frame — all reads, then all writes; our own badges are never
 * measured (they are right-anchored with CSS) — and, on big grids, rendered only for rows an
 * IntersectionObserver reports near the viewport.
 */
import { h, render } from 'preact';
import { OverlayView, type OverlayCallbacks, type SlotModel } from '../../components/overlay/OverlayView';
import { clientBox, clippingAncestors, inDocumentOrder } from './anchors';
import { presentBadge, type BadgePresentation, type BadgeStyle } from './badge-text';
import { intersect, panelPlacement, placeDockBox, rowVisible, type BadgePlacement, type Box } from './layout';
import { besideTable } from './page-geometry';
import { badgeWidths } from './badge-width';
import { BlankBoxes, coveredByPage } from './hit-tests';
import { NearRows } from './near-rows';
import { dockShrunk, initialPanelState, panelReducer, type PanelAction } from './panel-state';
import { RowMeasure } from './row-measure';
import { matchesFilter, type SummaryFilter } from '../pupil/page-summary';
import { adoptOverlayStyles } from './styles';
import { OVERLAY_HOST_TAG } from './host';
import type { MarkerId, PageSummary, PupilBadge } from '../pupil/badge';

/** Above this many rows, only badges of visible rows are rendered. */
export const VIRTUALISE_ABOVE = 150;
const HOVER_OPEN_MS = 150;
const HOVER_CLOSE_MS = 250;

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

// Inline and !important: the page's own rules (even `* { … !important }`) cannot move or hide the host.
const HOST_STYLE = [
  'all:initial',
  'display:block',
  'position:absolute',
  'left:0',
  'top:0',
  'width:0',
  'height:0',
  'margin:0',
  'padding:0',
  'border:0',
  'overflow:visible',
  'visibility:visible',
  'opacity:1',
  'transform:none',
  'filter:none',
  'z-index:2147483646',
  'pointer-events:none',
]
  .map((d) => `${d} !important`)
  .join(';');

interface Group {
  parent: Element;
  clippers: Element[];
  clip: Box;
  /** The table (or grid) the rows belong to: the dock sits above it. */
  table: Element;
  hidden: boolean;
  /** Last hit test found the page drawing over this table (a dialog); kept until the next in-frame pass. */
  covered: boolean;
  /** Where empty page starts right of the table (and any grid beside it), from the last in-frame hit test. */
  besideLeft: number | null;
}

interface Entry {
  key: string;
  index: number;
  row: Element;
  badge: PupilBadge;
  /** Computed when first rendered: a 2,000-row grid only ever presents the rows it shows. */
  pres: BadgePresentation | null;
  group: Group;
  rect: Box | null;
  visible: boolean;
  at: BadgePlacement | null;
  lastTransform: string;
  lastMaxWidth: string;
}

const NO_OP: OverlayHandle = { update() {}, setPrefs() {}, relayout() {}, focusFirst: () => false, destroy() {}, host: null };

export function mountOverlay(opts: MountOptions): OverlayHandle {
  if (opts.signal?.aborted) return NO_OP;
  const firstRow = opts.rows.values().next().value as Element | undefined;
  const doc = opts.document ?? firstRow?.ownerDocument ?? document;
  const win = doc.defaultView;
  if (!win) return NO_OP;

  // One overlay per page: a host left behind by an invalidated content script is replaced.
  for (const old of Array.from(doc.querySelectorAll(OVERLAY_HOST_TAG))) old.remove();
  const host = doc.createElement(OVERLAY_HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptOverlayStyles(shadow);
  const root = doc.createElement('div');
  root.className = 'al-root';
  const outlines = doc.createElement('div');
  outlines.className = 'al-outlines';
  outlines.setAttribute('aria-hidden', 'true');
  const layer = doc.createElement('div');
  layer.className = 'al-layer';
  root.append(outlines, layer);
  shadow.append(root);
  doc.documentElement.append(host);

  let prefs = opts.prefs;
  let currentRows = opts.rows;
  let currentBadges = opts.badges;
  let summary = opts.summary;
  let entries: Entry[] = [];
  const byKey = new Map<string, Entry>();
  let groups = new Map<Element, Group>();
  const indexByKey = new Map<string, number>();
  let presCache = new WeakMap<PupilBadge, BadgePresentation>();
  const measure = new RowMeasure(doc, host);
  const blanks = new BlankBoxes(doc, host);

  /** Panel, highlight, dock and hint: a pure reducer (panel-state.ts); `dispatch` re-renders when it changed. */
  let ui = initialPanelState(opts.prefs.dockCollapsed === true);
  let openDockSize: { w: number; h: number } | null = null;
  /** The dock's corner: kept while it stays clear, so the dock does not hop between good places. */
  let dockCorner: string | null = null;
  let renderedKeys: string[] = [];
  const slotEls = new Map<string, HTMLDivElement>();
  const slotRefs = new Map<string, (el: HTMLDivElement | null) => void>();
  let panelEl: HTMLDivElement | null = null;
  let dockEl: HTMLDivElement | null = null;
  let hoverKey: string | null = null;
  let suppressFocusOpen: string | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let raf = 0;
  let destroyed = false;
  const outlinePool: HTMLDivElement[] = [];

  const listeners = new AbortController();
  // Something resized (the window, the table, a scrolling box): the dock's blank places are asked again.
  // Not on the observer's first report, which only says what every size was when observing began.
  let roPrimed = false;
  const ro = new ResizeObserver(() => {
    if (roPrimed) blanks.forget();
    roPrimed = true;
    schedule();
  });
  const pageMoved = () => {
    blanks.forget();
    schedule();
  };
  // Big grids: only rows near the viewport are read and rendered (near-rows.ts).
  let virtualise = false;
  const nearRows = new NearRows(() => schedule());

  const presentOf = (e: Entry): BadgePresentation => {
    if (e.pres) return e.pres;
    let p = presCache.get(e.badge);
    if (!p) presCache.set(e.badge, (p = presentBadge(e.badge, { style: prefs.style, markers: prefs.markers })));
    return (e.pres = p);
  };

  function build(rows: ReadonlyMap<string, Element>, badges: readonly PupilBadge[], rowsChanged: boolean): void {
    const previous = new Map(byKey);
    if (rowsChanged) groups = new Map();
    const next: Entry[] = [];
    for (const b of badges) {
      const row = rows.get(b.key);
      if (!row) continue;
      const parent = row.parentElement ?? row;
      let group = groups.get(parent);
      if (!group) {
        const table = row.closest('table,[role="grid"],[role="table"],[role="treegrid"]') ?? parent;
        group = { parent, table, clippers: clippingAncestors(row), clip: { left: 0, top: 0, right: 0, bottom: 0 }, hidden: false, covered: false, besideLeft: null };
        groups.set(parent, group);
      }
      let index = indexByKey.get(b.key);
      if (index === undefined) indexByKey.set(b.key, (index = indexByKey.size));
      const old = previous.get(b.key);
      const same = old && old.row === row && old.badge === b;
      next.push({
        key: b.key,
        index,
        row,
        badge: b,
        pres: same ? old.pres : null,
        group,
        rect: null,
        visible: false,
        at: null,
        lastTransform: old?.lastTransform ?? '',
        lastMaxWidth: old?.lastMaxWidth ?? '',
      });
    }
    const wasVirtual = virtualise;
    virtualise = next.length > VIRTUALISE_ABOVE;
    // Small registers: every badge is rendered, in row order. Big grids: only the rendered few are sorted.
    entries = virtualise ? next : inDocumentOrder(next, (e) => e.row);
    byKey.clear();
    for (const e of entries) byKey.set(e.key, e);
    ui = panelReducer(ui, { type: 'badges', keys: new Set(byKey.keys()) });
    if (rowsChanged || wasVirtual !== virtualise) nearRows.watch(virtualise ? entries.map((e) => e.row) : []);
    if (rowsChanged) {
      ro.disconnect();
      roPrimed = false;
      ro.observe(doc.documentElement);
      for (const g of groups.values()) {
        ro.observe(g.parent);
        for (const c of g.clippers) ro.observe(c);
      }
    }
  }

  const callbacks: OverlayCallbacks = {
    ...(opts.handlers.openInDashboard ? { openInDashboard: (b: PupilBadge) => opts.handlers.openInDashboard?.(b) } : {}),
    ...(opts.handlers.addAction ? { addAction: (b: PupilBadge) => opts.handlers.addAction?.(b) } : {}),
    ...(opts.handlers.startReferral ? { startReferral: (b: PupilBadge) => opts.handlers.startReferral?.(b) } : {}),
    onImportHistory: opts.handlers.importHistory,
    historyPages: opts.historyPages,
    slotRef(key) {
      let ref = slotRefs.get(key);
      if (!ref) {
        ref = (el) => {
          if (!el) return void slotEls.delete(key);
          slotEls.set(key, el);
          // A new element (a virtualised row back in view) has none of the cached styles.
          const e = byKey.get(key);
          if (e) e.lastTransform = e.lastMaxWidth = '';
        };
        slotRefs.set(key, ref);
      }
      return ref;
    },
    panelRef: (el) => {
      panelEl = el;
    },
    dockRef: (el) => {
      dockEl = el;
    },
    onBadgeClick(key) {
      dispatch({ type: 'click', key }, ui.open?.key !== key || !ui.open.pinned);
    },
    onPointerEnter(key) {
      clearTimeout(closeTimer);
      hoverKey = key;
      if (ui.open?.pinned || ui.open?.key === key) return;
      clearTimeout(openTimer);
      openTimer = setTimeout(() => dispatch({ type: 'preview', key, by: 'hover' }), HOVER_OPEN_MS);
    },
    onPointerLeave(key) {
      clearTimeout(openTimer);
      if (hoverKey === key) hoverKey = null;
      if (ui.open && !ui.open.pinned && ui.open.key === key && !focusWithin(key)) {
        closeTimer = setTimeout(() => {
          if (hoverKey !== key) dispatch({ type: 'close-preview', key });
        }, HOVER_CLOSE_MS);
      }
    },
    onFocusIn(key) {
      if (suppressFocusOpen === key) {
        suppressFocusOpen = null;
        return;
      }
      dispatch({ type: 'preview', key, by: 'focus' });
    },
    onFocusOut(key, e) {
      const to = e.relatedTarget as Node | null;
      if (to && slotEls.get(key)?.contains(to)) return;
      if (hoverKey !== key) dispatch({ type: 'close', key });
    },
    onClose(key) {
      dispatch({ type: 'close' });
      focusBadge(key);
    },
    onToggleCollapsed() {
      dispatch({ type: 'toggle-dock' });
      opts.handlers.dockCollapsed?.(ui.collapsed);
    },
    onHighlight(f) {
      dispatch({ type: 'highlight', filter: f });
      if (ui.highlight) revealHighlighted(ui.highlight);
      schedule();
    },
    onDismissHint() {
      dispatch({ type: 'dismiss-hint' });
      opts.handlers.dismissHint?.();
    },
  };

  function focusWithin(key: string): boolean {
    const a = shadow.activeElement;
    return !!a && !!slotEls.get(key)?.contains(a);
  }

  function focusBadge(key: string): void {
    const btn = slotEls.get(key)?.querySelector<HTMLButtonElement>('button.al-badge');
    if (!btn) return;
    suppressFocusOpen = key;
    btn.focus({ preventScroll: true });
    if (shadow.activeElement !== btn) suppressFocusOpen = null;
  }

  /**
   * One change of the panel state. A change of the open panel cancels pending hover timers, renders and
   * places it at once; `focusPanel` moves focus into a panel a click opened.
   */
  function dispatch(action: PanelAction, focusPanel = false): void {
    const before = ui;
    ui = panelReducer(ui, action);
    if (ui === before) return;
    if (ui.open !== before.open) {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      // A panel the user pinned open (not a hover preview) names the pupil in focus for the side panel
      // and prefill's "last opened".
      const wasPinned = before.open?.pinned && before.open.key === ui.open?.key;
      if (ui.open?.pinned && !wasPinned) {
        const b = byKey.get(ui.open.key)?.badge;
        if (b) opts.handlers.pupilOpened?.(b);
      }
      renderView();
      layout();
      if (ui.open && focusPanel) panelEl?.focus({ preventScroll: true });
    } else renderView();
  }

  function revealHighlighted(f: SummaryFilter): void {
    const matching = entries.filter((e) => matchesFilter(e.badge, f));
    if (matching.length && !matching.some((e) => e.visible)) matching[0]!.row.scrollIntoView({ block: 'center' });
  }

  function renderView(): void {
    if (destroyed) return;
    const slots: SlotModel[] = [];
    for (const k of renderedKeys) {
      const e = byKey.get(k);
      if (e) slots.push({ key: e.key, index: e.index, badge: e.badge, pres: presentOf(e) });
    }
    const provisional = entries.reduce((n, e) => n + (e.badge.provisional ? 1 : 0), 0);
    const hint =
      prefs.showFirstRunHint && !ui.hintDismissed && provisional > 0 ? { provisional, total: entries.length } : null;
    // A pass in the next frame measures what this render changed (the dock's size).
    schedule();
    render(
      h(OverlayView, {
        slots,
        open: ui.open,
        summary,
        showSummary: prefs.showSummary !== false,
        collapsed: dockShrunk(ui),
        highlight: ui.highlight,
        hint,
        cb: callbacks,
      }),
      layer,
    );
  }

  function schedule(): void {
    if (!raf && !destroyed) raf = requestAnimationFrame(() => layout(true));
  }

  /**
   * One pass: read the rows' rects, decide what to render, render, write positions. `inFrame`: run
   * from requestAnimationFrame, where the page's rendering is up to date and a hit test is cheap; a
   * synchronous pass (mount, update) skips the covered-by-a-dialog probe, which would force the
   * browser to bring its paint data up to date mid-task, and leaves it to a pass in the next frame.
   */
  function layout(inFrame = false): void {
    if (raf) cancelAnimationFrame(raf);
    raf = 0;
    if (destroyed) return;
    const vw = win!.innerWidth;
    const vh = win!.innerHeight;
    // Badges live in document coordinates, so rows scrolled out of the window keep theirs (Tab still
    // reaches them and the browser scrolls them into view); only inner scroll containers clip.
    const unclipped: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };

    // Reads (the page's layout is flushed once, by the first of them).
    const origin = root.getBoundingClientRect();
    for (const g of groups.values()) {
      let clip = unclipped;
      for (const c of g.clippers) clip = intersect(clip, clientBox(c));
      g.clip = clip;
      // A modal the page opened over the register marks the rest of the page inert or aria-hidden.
      g.hidden = !!g.parent.closest('[inert],[aria-hidden="true"]');
    }
    const visibleByGroup = new Map<Group, Entry[]>();
    if (virtualise) nearRows.seedOnce(entries.map((e) => e.row), vh);
    for (const e of entries) {
      e.visible = false;
      e.rect = null;
      if (virtualise && !nearRows.has(e.row)) continue;
      const r = e.row.isConnected ? e.row.getBoundingClientRect() : null;
      e.rect = r;
      if (virtualise && r && (r.bottom < 0 || r.top > vh)) continue; // rendered only near the viewport
      if (!r || e.group.hidden || !rowVisible(r, e.group.clip)) continue;
      e.visible = true;
      const list = visibleByGroup.get(e.group);
      if (list) list.push(e);
      else visibleByGroup.set(e.group, [e]);
    }
    for (const g of groups.values()) if (inFrame) g.covered = false;
    // Empty page beside the table? Hit tests in frame passes, walking past a split grid's marks pane.
    if (inFrame) {
      for (const [g, list] of visibleByGroup) {
        const r = list.find((e) => e.rect!.top >= 0 && e.rect!.bottom <= vh)?.rect ?? list[0]!.rect!;
        g.besideLeft = besideTable(doc, g.table, (r.top + r.bottom) / 2, host, vw);
      }
    }
    for (const [g, list] of visibleByGroup) {
      if (inFrame ? !coveredByPage(doc, list.map((e) => e.rect!), g.table, g.clip, host, vw, vh) : !g.covered) continue;
      g.hidden = g.covered = true;
      for (const e of list) e.visible = false;
    }
    let want: Entry[] = [];
    for (const e of entries) {
      if (!virtualise || e.visible || e.key === ui.open?.key) want.push(e);
    }
    if (virtualise) want = inDocumentOrder(want, (e) => e.row);
    const wantKeys = want.map((e) => e.key);
    if (!sameList(wantKeys, renderedKeys)) {
      renderedKeys = wantKeys;
      renderView();
    }
    // The open panel's size: one read of our own content, only while a panel is open.
    const openEntry = ui.open ? byKey.get(ui.open.key) : undefined;
    const panelSize = openEntry?.visible && panelEl ? { w: panelEl.offsetWidth, h: panelEl.offsetHeight } : null;

    // Writes.
    for (const k of renderedKeys) {
      const e = byKey.get(k);
      const el = slotEls.get(k);
      if (!e || !el) continue;
      const p = e.visible && e.rect ? placementOf(e, inFrame, vw, vh) : null;
      if (p && p.mode !== 'none') {
        e.at = p;
        const t = `translate(${p.left - origin.left}px,${p.y - origin.top}px)`;
        if (t !== e.lastTransform) el.style.transform = e.lastTransform = t;
        const mw = `${p.maxWidth}px`;
        if (mw !== e.lastMaxWidth) el.style.maxWidth = e.lastMaxWidth = mw;
        if (el.getAttribute('data-mode') !== p.mode) el.setAttribute('data-mode', p.mode);
        if (el.hasAttribute('data-hidden')) el.removeAttribute('data-hidden');
      } else {
        e.at = null;
        if (!el.hasAttribute('data-hidden')) el.setAttribute('data-hidden', '');
      }
    }
    if (openEntry?.at && panelSize && panelEl) {
      const place = panelPlacement(openEntry.at, panelSize, { w: vw, h: vh });
      panelEl.style.top = `${place.top}px`;
      panelEl.style.left = `${place.left}px`;
    }
    drawOutlines(origin);
    placeDock(inFrame, vw, vh);
    if (!inFrame) schedule();
  }

  /** Where this row's badge goes: row-measure.ts reads the page around the row, layout.ts decides. */
  function placementOf(e: Entry, inFrame: boolean, vw: number, vh: number): BadgePlacement {
    const widths = badgeWidths(presentOf(e), doc);
    return measure.place({ row: e.row, rect: e.rect!, besideLeft: e.group.besideLeft, table: e.group.table, clip: e.group.clip, widths }, inFrame, vw, vh);
  }

  /**
   * The dock (hint and summary) is fixed in a corner of the window where it covers none of the register's
   * rows, none of our badges and no text or control of the page; when the open dock fits nowhere it shrinks
   * to its pill, and opens again once there is room.
   */
  function placeDock(inFrame: boolean, vw: number, vh: number): void {
    if (!dockEl) return;
    // Under a dialog the page opened over the register, the dock hides with the badges.
    const covered = groups.size > 0 && [...groups.values()].every((g) => g.hidden);
    if (covered !== dockEl.hasAttribute('data-hidden')) dockEl.toggleAttribute('data-hidden', covered);
    if (!inFrame || covered) return;
    const size = { w: dockEl.offsetWidth, h: dockEl.offsetHeight };
    if (!dockShrunk(ui)) openDockSize = size;
    const avoid: Box[] = [];
    for (const g of groups.values()) {
      const t = g.table.getBoundingClientRect();
      avoid.push({ left: t.left, top: t.top, right: Math.max(t.right, g.besideLeft ?? t.right), bottom: t.bottom });
    }
    for (const e of entries) {
      if (!e.at || !e.visible) continue;
      avoid.push({ left: e.at.left, top: e.at.y, right: e.at.left + e.at.width, bottom: e.at.y + 20 });
    }
    const blank = (b: Box) => blanks.blank(b, vw, vh);
    // Open again when the user left it open and the open dock now fits somewhere.
    if (ui.autoCollapsed && openDockSize && placeDockBox(openDockSize, { w: vw, h: vh }, avoid, blank, dockCorner)) {
      dispatch({ type: 'dock-fits', fits: true });
      return;
    }
    const at = placeDockBox(size, { w: vw, h: vh }, avoid, blank, dockCorner);
    if (!at && !dockShrunk(ui) && !ui.userOpened) {
      dispatch({ type: 'dock-fits', fits: false });
      return;
    }
    // Nowhere at all, even as a pill: bottom-right corner, the least likely to hold the register.
    const pos = at ?? { left: vw - size.w - 8, top: vh - size.h - 8 };
    if (at) dockCorner = at.corner;
    dockEl.style.left = `${Math.round(pos.left)}px`;
    dockEl.style.top = `${Math.round(pos.top)}px`;
    if (!dockEl.classList.contains('al-fixed')) dockEl.classList.add('al-fixed');
  }

  function drawOutlines(origin: Box): void {
    let used = 0;
    const highlight = ui.highlight;
    if (highlight) {
      for (const e of entries) {
        if (!e.visible || !e.rect || !matchesFilter(e.badge, highlight)) continue;
        let box = outlinePool[used];
        if (!box) {
          box = doc.createElement('div');
          box.className = 'al-outline';
          outlines.append(box);
          outlinePool.push(box);
        }
        const r = e.rect;
        box.style.transform = `translate(${r.left - origin.left - 3}px,${r.top - origin.top - 3}px)`;
        box.style.width = `${r.right - r.left + 6}px`;
        box.style.height = `${r.bottom - r.top + 6}px`;
        box.style.display = 'block';
        used++;
      }
    }
    for (let i = used; i < outlinePool.length; i++) outlinePool[i]!.style.display = 'none';
  }

  function destroy(): void {
    if (destroyed) return;
    destroyed = true;
    if (raf) cancelAnimationFrame(raf);
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    listeners.abort();
    ro.disconnect();
    nearRows.disconnect();
    render(null, layer);
    host.remove();
  }

  // Events: scroll of any container (capture), resize, page-level Escape for a hover preview.
  const sig = listeners.signal;
  doc.addEventListener('scroll', pageMoved, { capture: true, passive: true, signal: sig });
  win.addEventListener('resize', pageMoved, { passive: true, signal: sig });
  shadow.addEventListener(
    'keydown',
    (e) => {
      const ke = e as KeyboardEvent;
      if (ke.key !== 'Escape' || !ui.open) return;
      const key = ui.open.key;
      const refocus = focusWithin(key);
      dispatch({ type: 'close' });
      if (refocus) focusBadge(key);
      ke.stopPropagation();
      ke.preventDefault();
    },
    { signal: sig },
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      // Content shown on hover must be dismissible without moving the pointer (WCAG 1.4.13).
      if (e.key === 'Escape') dispatch({ type: 'close-preview' });
    },
    { signal: sig },
  );
  // Focus moving into the page closes a hover preview, so nothing of ours covers the focused element (WCAG 2.4.11).
  doc.addEventListener(
    'focusin',
    (e) => {
      if (e.target !== host) dispatch({ type: 'close-preview' });
    },
    { capture: true, signal: sig },
  );
  opts.signal?.addEventListener('abort', destroy, { once: true, signal: sig });

  build(opts.rows, opts.badges, true);
  layout();

  return {
    host,
    update(badges, nextSummary, rows) {
      if (destroyed) return;
      summary = nextSummary;
      // The page changed (a note typed, a mark set): where its text is is asked again.
      measure.forget();
      blanks.forget();
      // Callers re-read the page on every change and pass its rows again: only new elements count.
      const rowsChanged = rows !== undefined && !sameRows(rows, currentRows);
      if (rows) currentRows = rows;
      currentBadges = badges;
      const before = entries.map((e) => e.key);
      build(currentRows, badges, rowsChanged);
      // Same rows, same pupils (a live edit): badges are right-anchored, so new text never moves them.
      // Render now and leave measuring to the next frame, rather than forcing the page's layout here.
      if (!rowsChanged && sameList(before, entries.map((e) => e.key))) {
        renderView();
        schedule();
      } else layout();
    },
    setPrefs(next) {
      if (destroyed) return;
      prefs = next;
      ui = panelReducer(ui, { type: 'prefs', collapsed: next.dockCollapsed });
      presCache = new WeakMap();
      build(currentRows, currentBadges, false);
      for (const e of entries) e.pres = null;
      renderView();
      schedule();
    },
    relayout: () => layout(),
    focusFirst() {
      if (destroyed) return false;
      layout();
      const first = renderedKeys.map((k) => byKey.get(k)).find((e) => e?.at);
      const btn = first ? slotEls.get(first.key)?.querySelector<HTMLButtonElement>('button.al-badge') : null;
      const target = btn ?? dockEl?.querySelector<HTMLButtonElement>('button');
      if (!target) return false;
      if (first) first.row.scrollIntoView({ block: 'nearest' });
      target.focus();
      return shadow.activeElement === target;
    },
    destroy,
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameRows(a: ReadonlyMap<string, Element>, b: ReadonlyMap<string, Element>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, el] of a) if (b.get(k) !== el) return false;
  return true;
}
