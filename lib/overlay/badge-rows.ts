/**
 * The overlay's model of the page: one entry per badge whose row is on the page, grouped by the element
 * holding the rows (each group knows its table and scroll containers), with what the last frame pass
 * read and placed. Presentations (badge text) are made when a badge is first rendered and kept per badge.
 */
import { clippingAncestors, inDocumentOrder } from './anchors';
import { presentBadge, type BadgePresentation, type BadgeStyle } from './badge-text';
import type { BadgePlacement, Box } from './layout';
import { sameRows } from './layout-pass';
import type { MarkerId, PupilBadge } from '../pupil/badge';

/** Above this many rows, only badges of visible rows are rendered. */
export const VIRTUALISE_ABOVE = 150;

export interface RowGroup {
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

export interface BadgeRow {
  key: string;
  /** Stable for the life of the mount (ids in the view). */
  index: number;
  row: Element;
  badge: PupilBadge;
  /** Computed when first rendered: a 2,000-row grid only ever presents the rows it shows. */
  pres: BadgePresentation | null;
  group: RowGroup;
  rect: Box | null;
  visible: boolean;
  at: BadgePlacement | null;
  /** The styles last written to its slot, so unchanged ones are not written again. */
  lastTransform: string;
  lastMaxWidth: string;
}

export interface PresentStyle {
  style: BadgeStyle;
  markers?: readonly MarkerId[];
}

export class BadgeRows {
  /** In row order on a small register; in badge order on a big grid (only the rendered few are sorted). */
  list: BadgeRow[] = [];
  readonly byKey = new Map<string, BadgeRow>();
  groups = new Map<Element, RowGroup>();
  /** More than VIRTUALISE_ABOVE rows: only rows near the viewport are read and rendered. */
  virtualise = false;
  private rows: ReadonlyMap<string, Element>;
  private badges: readonly PupilBadge[];
  private readonly indexByKey = new Map<string, number>();
  private presCache = new WeakMap<PupilBadge, BadgePresentation>();

  constructor(
    rows: ReadonlyMap<string, Element>,
    badges: readonly PupilBadge[],
    private present: PresentStyle,
  ) {
    this.rows = rows;
    this.badges = badges;
  }

  /**
   * New badges, and the page's rows when it re-rendered them (only new elements count). Returns whether
   * the rows' elements changed and whether the rows to watch did (new rows, or virtualisation switched).
   */
  update(badges: readonly PupilBadge[], rows?: ReadonlyMap<string, Element>, first = false): { rowsChanged: boolean; watchChanged: boolean } {
    const rowsChanged = first || (rows !== undefined && !sameRows(rows, this.rows));
    if (rows) this.rows = rows;
    this.badges = badges;
    const wasVirtual = this.virtualise;
    this.build(rowsChanged);
    return { rowsChanged, watchChanged: rowsChanged || wasVirtual !== this.virtualise };
  }

  /** New display choices: every presentation is made again when next rendered. */
  restyle(present: PresentStyle): void {
    this.present = present;
    this.presCache = new WeakMap();
    for (const e of this.list) e.pres = null;
    this.build(false);
  }

  presentOf(e: BadgeRow): BadgePresentation {
    if (e.pres) return e.pres;
    let p = this.presCache.get(e.badge);
    if (!p) this.presCache.set(e.badge, (p = presentBadge(e.badge, { style: this.present.style, markers: this.present.markers })));
    return (e.pres = p);
  }

  keys(): string[] {
    return this.list.map((e) => e.key);
  }

  private build(rowsChanged: boolean): void {
    const previous = new Map(this.byKey);
    if (rowsChanged) this.groups = new Map();
    const next: BadgeRow[] = [];
    for (const b of this.badges) {
      const row = this.rows.get(b.key);
      if (!row) continue;
      const parent = row.parentElement ?? row;
      let group = this.groups.get(parent);
      if (!group) {
        const table = row.closest('table,[role="grid"],[role="table"],[role="treegrid"]') ?? parent;
        group = { parent, table, clippers: clippingAncestors(row), clip: { left: 0, top: 0, right: 0, bottom: 0 }, hidden: false, covered: false, besideLeft: null };
        this.groups.set(parent, group);
      }
      let index = this.indexByKey.get(b.key);
      if (index === undefined) this.indexByKey.set(b.key, (index = this.indexByKey.size));
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
    this.virtualise = next.length > VIRTUALISE_ABOVE;
    // Small registers: every badge is rendered, in row order. Big grids: only the rendered few are sorted.
    this.list = this.virtualise ? next : inDocumentOrder(next, (e) => e.row);
    this.byKey.clear();
    for (const e of this.list) this.byKey.set(e.key, e);
  }
}
