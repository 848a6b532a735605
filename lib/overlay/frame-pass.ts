/**
 * One measuring pass: read the rows' rects and where each badge fits, decide what to render, render,
 * write positions — all reads, then all writes, so the page's layout is flushed once. Our own badges are
 * never measured (they are right-anchored with CSS). The decisions are the pure steps of layout-pass.ts.
 */
import { clientBox, inDocumentOrder } from './anchors';
import type { BadgeRow, BadgeRows } from './badge-rows';
import type { DockPlacer } from './dock-placer';
import { coveredByPage, type BlankBoxes } from './hit-tests';
import { intersect, panelPlacement, type BadgePlacement, type Box } from './layout';
import { badgeWidths } from './badge-width';
import { probeY, rowsToRender, sameList, slotStyle, visibleByGroup } from './layout-pass';
import type { NearRows } from './near-rows';
import type { OutlineLayer } from './outline-layer';
import { besideTable } from './page-geometry';
import type { PanelController } from './panel-controller';
import type { RowMeasure } from './row-measure';
import type { SlotElements } from './view-render';
import { matchesFilter } from '../pupil/page-summary';

export interface FrameParts {
  doc: Document;
  win: Window;
  host: Element;
  /** The overlay's origin: slots and outlines are translated from it. */
  root: Element;
  rows: BadgeRows;
  near: NearRows;
  measure: RowMeasure;
  blanks: BlankBoxes;
  panel: PanelController;
  slots: SlotElements;
  outlines: OutlineLayer;
  dock: DockPlacer;
  /** The badges to render changed (`slots.rendered`): draw the view. */
  render(): void;
}

/**
 * `inFrame`: run from requestAnimationFrame, where the page's rendering is up to date and a hit test is
 * cheap; a synchronous pass (mount, update) skips the covered-by-a-dialog probe, which would force the
 * browser to bring its paint data up to date mid-task, and leaves it to a pass in the next frame.
 */
export function framePass(p: FrameParts, inFrame: boolean): void {
  const { doc, host, rows, panel } = p;
  const vw = p.win.innerWidth;
  const vh = p.win.innerHeight;
  const virtualise = rows.virtualise;
  // Badges live in document coordinates, so rows scrolled out of the window keep theirs (Tab still
  // reaches them and the browser scrolls them into view); only inner scroll containers clip.
  const unclipped: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };

  // Reads (the page's layout is flushed once, by the first of them).
  const origin = p.root.getBoundingClientRect();
  for (const g of rows.groups.values()) {
    let clip = unclipped;
    for (const c of g.clippers) clip = intersect(clip, clientBox(c));
    g.clip = clip;
    // A modal the page opened over the register marks the rest of the page inert or aria-hidden.
    g.hidden = !!g.parent.closest('[inert],[aria-hidden="true"]');
  }
  // Big grids: only rows near the viewport are read.
  if (virtualise) p.near.seedOnce(rows.list.map((e) => e.row), vh);
  for (const e of rows.list) {
    e.visible = false;
    e.rect = (virtualise && !p.near.has(e.row)) || !e.row.isConnected ? null : e.row.getBoundingClientRect();
  }
  const visible = visibleByGroup(rows.list, virtualise, vh);
  for (const list of visible.values()) for (const e of list) e.visible = true;
  if (inFrame) {
    for (const g of rows.groups.values()) g.covered = false;
    // Empty page beside the table? Hit tests in frame passes, walking past a split grid's marks pane.
    for (const [g, list] of visible) g.besideLeft = besideTable(doc, g.table, probeY(list.map((e) => e.rect!), vh), host, vw);
  }
  for (const [g, list] of visible) {
    if (inFrame ? !coveredByPage(doc, list.map((e) => e.rect!), g.table, g.clip, host, vw, vh) : !g.covered) continue;
    g.hidden = g.covered = true;
    for (const e of list) e.visible = false;
  }
  let want = rowsToRender(rows.list, virtualise, panel.ui.open?.key);
  if (virtualise) want = inDocumentOrder(want, (e) => e.row);
  const wantKeys = want.map((e) => e.key);
  // Where each badge to render goes: the page's geometry and the badges' text measure, read before anything
  // of ours is drawn or moved (a read after each slot's write would lay the page out again, row by row).
  const placements = new Map<string, BadgePlacement | null>();
  for (const e of want) placements.set(e.key, e.visible && e.rect ? placementOf(p, e, inFrame, vw, vh) : null);
  if (!sameList(wantKeys, p.slots.rendered)) {
    p.slots.rendered = wantKeys;
    p.render();
  }
  // The open panel's size: one read of our own content, only while a panel is open.
  const openEntry = panel.ui.open ? rows.byKey.get(panel.ui.open.key) : undefined;
  const panelEl = panel.panelEl;
  const panelSize = openEntry?.visible && panelEl ? { w: panelEl.offsetWidth, h: panelEl.offsetHeight } : null;

  // Writes.
  let unplaced = 0;
  for (const k of p.slots.rendered) {
    const e = rows.byKey.get(k);
    const el = p.slots.get(k);
    if (!e || !el) continue;
    const at = placements.get(k) ?? null;
    if (at && at.mode !== 'none') {
      e.at = at;
      const s = slotStyle(at, origin);
      if (s.transform !== e.lastTransform) el.style.transform = e.lastTransform = s.transform;
      if (s.maxWidth !== e.lastMaxWidth) el.style.maxWidth = e.lastMaxWidth = s.maxWidth;
      if (el.getAttribute('data-mode') !== at.mode) el.setAttribute('data-mode', at.mode);
      if (el.hasAttribute('data-hidden')) el.removeAttribute('data-hidden');
    } else {
      e.at = null;
      if (at) unplaced++; // on screen, but no room beside or within its row
      if (!el.hasAttribute('data-hidden')) el.setAttribute('data-hidden', '');
    }
  }
  if (unplaced !== panel.ui.unplaced) panel.dispatch({ type: 'unplaced', n: unplaced });
  if (openEntry?.at && panelSize && panelEl) {
    const place = panelPlacement(openEntry.at, panelSize, { w: vw, h: vh });
    panelEl.style.top = `${place.top}px`;
    panelEl.style.left = `${place.left}px`;
  }
  const highlight = panel.ui.highlight;
  p.outlines.draw(highlight ? rows.list.flatMap((e) => (e.visible && e.rect && matchesFilter(e.badge, highlight) ? [e.rect] : [])) : [], origin);
  p.dock.place(rows, panel.ui, (a) => panel.dispatch(a), (b) => p.blanks.blank(b, vw, vh), inFrame, { w: vw, h: vh });
}

/** Where this row's badge goes: row-measure.ts reads the page around the row, layout.ts decides. */
function placementOf(p: FrameParts, e: BadgeRow, inFrame: boolean, vw: number, vh: number): BadgePlacement {
  const widths = badgeWidths(p.rows.presentOf(e), p.doc);
  return p.measure.place({ row: e.row, rect: e.rect!, besideLeft: e.group.besideLeft, table: e.group.table, clip: e.group.clip, widths }, inFrame, vw, vh);
}
