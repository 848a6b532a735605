/** The pupil list's name search and coverage words (the lists themselves: work-lists.ts). Pure. */
import type { PupilSummary } from './pupil-summary';

/** Case- and accent-insensitive, every word must match somewhere in the name, UPN or groups. */
export function matchesSearch(p: PupilSummary, search: string): boolean {
  const words = fold(search).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = fold([p.name, p.row.displayName, p.row.legalForename, p.row.legalSurname, p.row.upn, p.row.regGroup].filter(Boolean).join(' '));
  return words.every((w) => hay.includes(w));
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Coverage in a few words for the list: the figure stands on complete history, or not yet. */
export function coverageWords(p: PupilSummary): string {
  const c = p.badge.coverage;
  if (c.schoolDaysOnRoll === 0) return 'No school days on roll yet';
  return p.badge.provisional ? `Provisional: ${c.daysWithMarks} of ${c.schoolDaysOnRoll} days` : `Complete (${c.schoolDaysOnRoll} days)`;
}
