/**
 * Places the dock (hint and summary) on the page: reads its size and the tables' boxes, asks the pure
 * `dockStep` (layout-pass.ts) where it goes, and writes that — or tells the panel state it must shrink
 * to its pill or may open again.
 */
import type { BadgeRows } from './badge-rows';
import type { Box, Size } from './layout';
import { dockAvoid, dockStep } from './layout-pass';
import { dockShrunk, type PanelAction, type PanelState } from './panel-state';

export class DockPlacer {
  /** The dock's element, while rendered. */
  el: HTMLDivElement | null = null;
  /** Its size when last drawn open. */
  private openSize: Size | null = null;
  /** Its place: kept while it stays clear, so the dock does not hop between good places. */
  private corner: string | null = null;
  /** No clear place at the last frame pass: hidden (stepped aside) until there is one. */
  private nowhere = false;

  /**
   * `inFrame`: a pass in an animation frame, where hit tests are cheap; other passes only hide or show it.
   * `blank`: whether the page shows nothing in a box.
   */
  place(rows: BadgeRows, ui: PanelState, dispatch: (a: PanelAction) => void, blank: (b: Box) => boolean, inFrame: boolean, viewport: Size): void {
    const el = this.el;
    if (!el) return;
    // Under a dialog the page opened over the register, the dock hides with the badges.
    const groups = [...rows.groups.values()];
    const covered = groups.length > 0 && groups.every((g) => g.hidden);
    const hide = (h: boolean) => {
      if (h !== el.hasAttribute('data-hidden')) el.toggleAttribute('data-hidden', h);
    };
    hide(covered || this.nowhere);
    if (!inFrame || covered) return;
    const size = { w: el.offsetWidth, h: el.offsetHeight };
    if (!dockShrunk(ui)) this.openSize = size;
    const tables = groups.map((g) => ({ rect: g.table.getBoundingClientRect(), besideLeft: g.besideLeft }));
    const badges = rows.list.flatMap((e) => (e.at && e.visible ? [{ at: e.at, width: e.at.width }] : []));
    const step = dockStep({
      size,
      openSize: this.openSize,
      viewport,
      avoid: dockAvoid(tables, badges),
      blank,
      corner: this.corner,
      autoCollapsed: ui.autoCollapsed,
      shrunk: dockShrunk(ui),
      userOpened: ui.userOpened,
    });
    if (step.kind === 'reopen' || step.kind === 'shrink') return dispatch({ type: 'dock-fits', fits: step.kind === 'reopen' });
    // Nowhere clear: it never covers rows or the page's text, so it steps aside (and leaves the Tab order)
    // until a scroll or resize makes room, unless focus is in it (the user just opened it, or works in it).
    this.nowhere = step.kind === 'nowhere' && !el.matches(':focus-within');
    hide(this.nowhere);
    if (step.kind === 'place') this.corner = step.corner;
    el.style.left = `${step.left}px`;
    el.style.top = `${step.top}px`;
    if (!el.classList.contains('al-fixed')) el.classList.add('al-fixed');
  }
}
