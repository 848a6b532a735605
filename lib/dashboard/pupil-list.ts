/** The pupil list's name search and coverage words (the lists themselves: work-lists.ts). Pure. */
import type { ListSummary } from './list-pupil';

/** Case- and accent-insensitive, every word must match somewhere in the name, UPN or groups. */
export function matchesSearch(p: ListSummary, search: string): boolean {
  return matchesWords(p, searchWords(search));
}

/** The search box's words, folded once per keystroke (not once per pupil). */
export function searchWords(search: string): string[] {
  return fold(search).split(/\s+/).filter(Boolean);
}

// Each pupil's folded text, made on the first search and kept with the summary (a summary is not changed
// in place: a re-read of the store makes new ones), so a keystroke only runs `includes` over 2,000 strings.
const hays = new WeakMap<ListSummary, string>();
const hayOf = (p: ListSummary): string => {
  let hay = hays.get(p);
  if (hay === undefined) hays.set(p, (hay = fold([p.name, p.row.displayName, p.row.legalForename, p.row.legalSurname, p.row.upn, p.row.regGroup].filter(Boolean).join(' '))));
  return hay;
};

export function matchesWords(p: ListSummary, words: readonly string[]): boolean {
  if (!words.length) return true;
  const hay = hayOf(p);
  return words.every((w) => hay.includes(w));
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Coverage in a few words for the list: the figure stands on complete history, or not yet. */
export function coverageWords(p: ListSummary): string {
  const c = p.badge.coverage;
  if (c.schoolDaysOnRoll === 0) return 'No school days on roll yet';
  return p.badge.provisional ? `Provisional: ${c.daysWithMarks} of ${c.schoolDaysOnRoll} days` : `Complete (${c.schoolDaysOnRoll} days)`;
}
