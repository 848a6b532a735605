/** The pupil list's filter, name search and sort. Pure: summaries in, the rows to show out. */
import type { PupilSummary } from './pupil-summary';

export type ListFilter = 'all' | 'SA' | 'PA' | 'at-risk' | 'flags';
export type SortKey = 'name' | 'attendance';
export type SortDir = 'asc' | 'desc';

export interface ListQuery {
  filter: ListFilter;
  search: string;
  sort: SortKey;
  dir: SortDir;
}

export const DEFAULT_QUERY: ListQuery = { filter: 'all', search: '', sort: 'attendance', dir: 'asc' };

/** Exhaustive over ListFilter: PA includes SA (rules §2: a severe absentee is also persistent). */
export const FILTERS: Record<ListFilter, { label: string; test: (p: PupilSummary) => boolean }> = {
  all: { label: 'All pupils', test: () => true },
  SA: { label: 'Severe absence (SA)', test: (p) => p.badge.status === 'SA' },
  PA: { label: 'Persistent absence (PA, including SA)', test: (p) => p.badge.status === 'PA' || p.badge.status === 'SA' },
  'at-risk': { label: 'At risk of persistent absence', test: (p) => p.badge.status === 'at-risk' },
  flags: { label: 'With a time-window flag', test: (p) => p.badge.markers.length > 0 },
};
export const FILTER_IDS = Object.keys(FILTERS) as ListFilter[];

/** Case- and accent-insensitive, every word must match somewhere in the name, UPN or groups. */
export function matchesSearch(p: PupilSummary, search: string): boolean {
  const words = fold(search).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = fold([p.name, p.row.displayName, p.row.legalForename, p.row.legalSurname, p.row.upn, p.row.regGroup].filter(Boolean).join(' '));
  return words.every((w) => hay.includes(w));
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Attendance compared on the exact fraction (88.95% and 88.96% both display 89.0%); pupils with no
 * possible sessions go last whichever way the list is sorted; ties fall back to the name.
 */
export function compareAttendance(a: PupilSummary, b: PupilSummary): number {
  const x = a.badge.attendance;
  const y = b.badge.attendance;
  return x.attended * y.possible - y.attended * x.possible;
}

export function listRows(all: readonly PupilSummary[], q: ListQuery): PupilSummary[] {
  const test = FILTERS[q.filter].test;
  const rows = all.filter((p) => test(p) && matchesSearch(p, q.search));
  const sign = q.dir === 'asc' ? 1 : -1;
  const byName = (a: PupilSummary, b: PupilSummary) => a.sortName.localeCompare(b.sortName) || a.pupilId.localeCompare(b.pupilId);
  return rows.sort((a, b) => {
    if (q.sort === 'name') return sign * byName(a, b);
    const na = a.badge.attendance.possible === 0;
    const nb = b.badge.attendance.possible === 0;
    if (na !== nb) return na ? 1 : -1;
    return sign * compareAttendance(a, b) || byName(a, b);
  });
}

export function filterCounts(all: readonly PupilSummary[]): Record<ListFilter, number> {
  const out = {} as Record<ListFilter, number>;
  for (const id of FILTER_IDS) out[id] = all.filter(FILTERS[id].test).length;
  return out;
}

/** Coverage in a few words for the list: the figure stands on complete history, or not yet. */
export function coverageWords(p: PupilSummary): string {
  const c = p.badge.coverage;
  if (c.schoolDaysOnRoll === 0) return 'No school days on roll yet';
  return p.badge.provisional ? `Provisional: ${c.daysWithMarks} of ${c.schoolDaysOnRoll} days` : `Complete (${c.schoolDaysOnRoll} days)`;
}
