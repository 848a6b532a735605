/**
 * Arbor (tenants `<school>.uk.arbor.sc`, `<school>.arbor.education`; the demo MIS under `/arbor/`).
 * Modelled on mis-pages.md §1: the route sits in the query string (`/?/students-ui/…`); registers
 * in list view (a mark drop-down per student, option ids such as `PRESENT`) or profile view (cards
 * with Present / Late / Absent buttons, drawn as icons); roll-call marks grids; a student's
 * attendance by week; student lists with PP / SEN / EAL badges.
 *
 * Mapping: `PRESENT` and a tick or "Present" label → `/` (AM) or `\` (PM); `LATE` → `L`; "No Mark"
 * → blank. Arbor has no custom codes, so anything else is read as a national code or reported.
 * Unsaved: the default rule (mark-cell.ts), plus Arbor's `data-unsaved="true"` on an edited row.
 */
import { TICK, type MisMapping } from '../codes-map';
import { hostIs, isDemoPath, misReader } from '../mis-reader';
import { standardPages } from '../standard-pages';
import type { Reader } from '../types';
import { arborSelectors as S } from './arbor.selectors';

export function isArborHost(url: URL): boolean {
  return hostIs(url, 'arbor.sc', 'arbor.education');
}

/** Arbor's route: what follows `?/` in the address, or the path on the demo server. */
export function arborRoute(url: URL): string {
  if (url.search.startsWith('?/')) return decodeURIComponent(url.search.slice(1));
  return url.pathname;
}

export function isArborUrl(url: URL): boolean {
  return isArborHost(url) || isDemoPath(url, 'arbor');
}

/** `…/student-id/40219` or `…/student/40219` in the route. */
export function arborStudentId(url: URL): string | undefined {
  return /\/student(?:-id)?\/(\d+)/.exec(arborRoute(url))?.[1];
}

const mapping: MisMapping = (raw) => {
  const v = raw.value.trim().toUpperCase();
  if (v === 'PRESENT') return TICK;
  if (v === 'LATE') return 'L';
  if (/^no mark$/i.test(raw.text.trim())) return '';
  return undefined;
};

export const arbor: Reader = misReader({
  id: 'arbor',
  label: 'Arbor',
  // mis-pages.md §1: "Roll Call Marks attendance page" (the statutory AM/PM view) and a student's attendance page.
  historyPages: 'Students › Attendance › Roll Call Marks (a group’s weeks at once), or a student’s attendance page (their year)',
  matchesUrl: isArborUrl,
  brand: (doc) => !!doc.querySelector(S.brand),
  pages: standardPages({
    scope: S.content,
    heading: S.heading,
    mapping,
    badges: S.badges,
    marks: { unsaved: S.unsaved },
    cards: { list: S.cardList, card: S.card, name: S.cardName, mark: S.cardMark },
    pupilIdFromUrl: arborStudentId,
  }),
});
