import { Component, type Ref } from 'preact';
import type { BadgePresentation } from '../../lib/overlay/badge-text';
import type { SummaryFilter } from '../../lib/pupil/page-summary';
import type { PageSummary, PupilBadge } from '../../lib/pupil/badge';
import { Badge } from './Badge';
import { DetailsPanel, type PanelActions } from './DetailsPanel';
import { FirstRunHint } from './FirstRunHint';
import { SummaryBar } from './SummaryBar';

export interface SlotModel {
  key: string;
  /** Stable per mount, safe for ids. */
  index: number;
  badge: PupilBadge;
  pres: BadgePresentation;
}

/** Everything the view calls back into; lib/overlay/panel-controller.ts and mount.ts own the state. */
export interface OverlayCallbacks extends PanelActions {
  slotRef: (key: string) => Ref<HTMLDivElement>;
  panelRef: Ref<HTMLDivElement>;
  dockRef: Ref<HTMLDivElement>;
  onBadgeClick: (key: string) => void;
  onPointerEnter: (key: string) => void;
  onPointerLeave: (key: string) => void;
  onFocusIn: (key: string) => void;
  onFocusOut: (key: string, e: FocusEvent) => void;
  onClose: (key: string) => void;
  onToggleCollapsed: () => void;
  onHighlight: (f: SummaryFilter) => void;
  onDismissHint: () => void;
  onImportHistory?: () => void;
  /** Where the MIS shows many sessions at once, named in the hint. */
  historyPages?: string;
}

export interface OverlayViewProps {
  slots: SlotModel[];
  open: { key: string; pinned: boolean } | null;
  summary: PageSummary;
  showSummary: boolean;
  collapsed: boolean;
  highlight: SummaryFilter | null;
  /** Rows on screen whose badge has no room at this window size. */
  unplaced: number;
  hint: { provisional: number; total: number } | null;
  cb: OverlayCallbacks;
}

interface SlotProps {
  slot: SlotModel;
  isOpen: boolean;
  pinned: boolean;
  cb: OverlayCallbacks;
}

/**
 * One pupil's badge and, when open, its panel. Re-renders only when its own badge or open state
 * changes, so a live edit re-renders one slot, not the register.
 */
class Slot extends Component<SlotProps> {
  override shouldComponentUpdate(next: SlotProps): boolean {
    const p = this.props;
    return next.slot.pres !== p.slot.pres || next.slot.badge !== p.slot.badge || next.isOpen !== p.isOpen || next.pinned !== p.pinned;
  }

  override render({ slot: s, isOpen, pinned, cb }: SlotProps) {
    const panelId = `al-panel-${s.index}`;
    return (
      <div
        class={isOpen ? 'al-slot al-open' : 'al-slot'}
        ref={cb.slotRef(s.key)}
        onPointerEnter={() => cb.onPointerEnter(s.key)}
        onPointerLeave={() => cb.onPointerLeave(s.key)}
        onFocusIn={() => cb.onFocusIn(s.key)}
        onFocusOut={(e) => cb.onFocusOut(s.key, e)}
      >
        <Badge pres={s.pres} expanded={isOpen} panelId={panelId} onClick={() => cb.onBadgeClick(s.key)} />
        {isOpen && (
          <DetailsPanel
            badge={s.badge}
            pres={s.pres}
            id={panelId}
            pinned={pinned}
            actions={cb}
            onClose={() => cb.onClose(s.key)}
            panelRef={cb.panelRef}
          />
        )}
      </div>
    );
  }
}

/**
 * The overlay layer: one slot per pupil row near the viewport (in row order, so Tab visits badges in
 * the order of the register), each slot holding its badge and, when open, its details panel right
 * after it; then the dock with the first-run hint and the page summary, placed by the controller just
 * above the register's top-right corner. Slots are positioned by the
 * controller, never through props, so scrolling never re-renders.
 */
export function OverlayView({ slots, open, summary, showSummary, collapsed, highlight, unplaced, hint, cb }: OverlayViewProps) {
  return (
    <>
      <div class="al-badges" role="group" aria-label="Attendance Lens flags">
        {slots.map((s) => (
          <Slot key={s.key} slot={s} isOpen={open?.key === s.key} pinned={open?.key === s.key && open.pinned} cb={cb} />
        ))}
      </div>
      {(hint || showSummary) && (
        <div class="al-dock" ref={cb.dockRef}>
          {hint && !(collapsed && showSummary) && (
            <FirstRunHint
              provisional={hint.provisional}
              total={hint.total}
              onImportHistory={cb.onImportHistory}
              historyPages={cb.historyPages}
              onDismiss={cb.onDismissHint}
            />
          )}
          {showSummary && (
            <SummaryBar
              summary={summary}
              collapsed={collapsed}
              highlight={highlight}
              unplaced={unplaced}
              onToggleCollapsed={cb.onToggleCollapsed}
              onHighlight={cb.onHighlight}
            />
          )}
        </div>
      )}
    </>
  );
}
