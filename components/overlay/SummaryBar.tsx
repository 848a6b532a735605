import type { SummaryFilter } from '../../lib/pupil/page-summary';
import type { PageSummary } from '../../lib/pupil/badge';

export interface SummaryBarProps {
  summary: PageSummary;
  collapsed: boolean;
  highlight: SummaryFilter | null;
  /** Rows on screen whose badge has no room at this window size (0 when every badge is drawn). */
  unplaced?: number;
  onToggleCollapsed: () => void;
  onHighlight: (f: SummaryFilter) => void;
}

const ITEMS: { f: SummaryFilter; short: string; words: string }[] = [
  { f: 'SA', short: 'SA', words: 'severe absence (SA): 50% or more missed' },
  { f: 'PA', short: 'PA (incl. SA)', words: 'persistent absence (PA): 10% or more missed, severe absence included' },
  { f: 'pnThreshold', short: 'at PN threshold', words: 'at the penalty notice (PN) threshold' },
  { f: 'nOverdue', short: 'N unresolved', words: 'with N codes (reason not yet known) unresolved after 5 school days' },
  { f: 'returnsDue', short: 'returns due', words: 'with an attendance or sickness return due' },
];

/** "7RB: 3 SA, 6 PA, 2 at PN threshold, 4 N unresolved"; each count toggles an outline on those rows. */
export function SummaryBar({ summary, collapsed, highlight, unplaced = 0, onToggleCollapsed, onHighlight }: SummaryBarProps) {
  const group = summary.group ?? 'This page';
  const noRoom = unplaced > 0 ? unplacedNote(unplaced) : '';
  return (
    <div class="al-bar" role="region" aria-label={`Attendance Lens summary: ${group}`}>
      <button
        type="button"
        class="al-btn secondary"
        aria-expanded={!collapsed}
        aria-label={collapsed ? `${group} ▸: show the Attendance Lens summary${noRoom ? ` (${noRoom})` : ''}` : '◂: hide the Attendance Lens summary'}
        title={collapsed ? 'Show the Attendance Lens summary' : 'Shrink to a small button'}
        onClick={onToggleCollapsed}
      >
        {collapsed ? `${group} ▸` : '◂'}
      </button>
      {!collapsed && (
        <>
          <strong>{group}:</strong>
          {ITEMS.map(({ f, short, words }) => {
            const n = summary.counts[f];
            return (
              <button
                type="button"
                key={f}
                class="al-btn secondary"
                aria-pressed={highlight === f}
                disabled={n === 0}
                aria-label={`${n} ${short}: ${n === 1 ? '1 pupil' : `${n} pupils`} ${words}; ${highlight === f ? 'highlighted' : 'highlight rows'}`}
                title={words}
                onClick={() => onHighlight(f)}
              >
                {n} {short}
              </button>
            );
          })}
          {summary.provisional ? <span class="al-muted">({summary.provisional} provisional)</span> : null}
          {noRoom ? <span class="al-muted" role="status">{noRoom}</span> : null}
        </>
      )}
    </div>
  );
}

/** A badge is never drawn over the page's text; when a row has no room even for a dot, say so rather than lose the flag silently. */
export function unplacedNote(n: number): string {
  return n === 1 ? '1 flag not shown: its row has no room for it at this window size. Widen the window to see it.'
    : `${n} flags not shown: their rows have no room for them at this window size. Widen the window to see them.`;
}
