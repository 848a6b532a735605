/**
 * The page summary (the dock's counts) and which badges each count holds: one set of predicates for
 * the background's summary, the page's live recompute and the rows the summary highlights.
 */
import type { PageSummary, PupilBadge } from './badge';

const RETURN_MARKERS = new Set(['ATTENDANCE_RETURN', 'SICKNESS_RETURN']);

/** Which summary count a badge belongs to, for highlighting rows from the summary bar. */
export type SummaryFilter = keyof PageSummary['counts'];

export function matchesFilter(b: PupilBadge, f: SummaryFilter): boolean {
  switch (f) {
    case 'SA':
      return b.status === 'SA';
    case 'PA':
      return b.status === 'SA' || b.status === 'PA';
    case 'pnThreshold':
      return b.markers.some((m) => m.id === 'PN_THRESHOLD');
    case 'nOverdue':
      return b.markers.some((m) => m.id === 'N_OVERDUE');
    case 'returnsDue':
      return b.markers.some((m) => RETURN_MARKERS.has(m.id));
  }
}

const FILTERS: readonly SummaryFilter[] = ['SA', 'PA', 'pnThreshold', 'nOverdue', 'returnsDue'];

/** Counts for the page summary bar, by the same predicates the row highlighting uses. PA includes SA (rules §2). */
export function summaryFor(badges: readonly PupilBadge[], group: string | null): PageSummary {
  const counts = { SA: 0, PA: 0, pnThreshold: 0, nOverdue: 0, returnsDue: 0 };
  let provisional = 0;
  for (const b of badges) {
    for (const f of FILTERS) if (matchesFilter(b, f)) counts[f]++;
    if (b.provisional) provisional++;
  }
  return { group, counts, provisional };
}
