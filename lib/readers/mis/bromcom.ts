/**
 * Bromcom (`cloudmis.bromcom.com/Nucleus/…aspx`; the demo MIS under `/bromcom/`). Modelled on
 * mis-pages.md §2: WebForms pages with Kendo-style grids; Manage Attendance (pupils × days of AM,
 * lesson periods and PM, each an editable box holding the code); the take-register class list with
 * present / late / absent toggles; the student's attendance panel; the student list.
 *
 * Mapping: Bromcom shows statutory codes as typed; a present toggle is `/` (AM) or `\` (PM), "Late"
 * is `L`. Lesson-period columns (P1, P2 …) are not the AM/PM register and are left out.
 * Manage Attendance may come as two tables side by side (frozen names, scrolling marks), joined by
 * row position and checked by the student id each marks row carries.
 * Unsaved: the default rule (an input whose value differs from its saved value), plus Bromcom's
 * "changed" marker (yellow cell) on an edited box.
 */
import { hostIs, isDemoPath, misReader, type MisPage } from '../mis-reader';
import { findTable, headerWords, isSessionsOnlyTable } from '../page-kinds';
import { standardPages, withGrid } from '../standard-pages';
import type { Reader } from '../types';
import { bromcomSelectors as S } from './bromcom.selectors';

export function isBromcomUrl(url: URL): boolean {
  if (isDemoPath(url, 'bromcom')) return true;
  return hostIs(url, 'bromcom.com', 'bromcomcloud.com') && /^\/nucleus\//i.test(url.pathname);
}

/** `StudentDetails.aspx?StudentIDs=129` → `129` (one pupil only). */
export function bromcomStudentId(url: URL): string | undefined {
  const ids = url.searchParams.get('StudentIDs') ?? url.searchParams.get('studentId') ?? undefined;
  return ids && /^\d+$/.test(ids) ? ids : undefined;
}

const ID_ATTRS = ['data-studentid', 'data-student-id'];
const MARKS = { unsaved: S.unsaved };

/** The names table beside a marks-only table: the closest earlier table with a name column. */
function namesTableFor(doc: Document, marks: Element): Element | undefined {
  const tables: Element[] = Array.from(doc.getElementsByTagName('table'));
  const before = tables.slice(0, tables.indexOf(marks)).reverse();
  return before.find((t) => /\bname\b/i.test(headerWords(t).join(' ')) && t.querySelector('tbody tr'));
}

const splitGrid: MisPage = {
  kind: 'marks-grid',
  find: (doc) => {
    const marks = findTable(doc, isSessionsOnlyTable, 'table');
    return marks && namesTableFor(doc, marks) ? marks : null;
  },
  // Read by the `grid` part (grid-reads.ts), loaded on demand.
  part: 'grid',
  read: (marks, doc, _url, b) => {
    const names = namesTableFor(doc, marks)!;
    withGrid(b, (g) => g.readSplitGrid(marks, names, doc, b, { heading: S.heading, idAttrs: ID_ATTRS, marks: MARKS, rowStudentId: S.rowStudentId }));
  },
};

export const bromcom: Reader = misReader({
  id: 'bromcom',
  label: 'Bromcom',
  // mis-pages.md §2: "Modules>Attendance>Manage Attendance … a Tutor Group … Date Range".
  historyPages: 'Modules › Attendance › Manage Attendance (a tutor group over a date range), or a student’s details page (their year)',
  matchesUrl: isBromcomUrl,
  brand: (doc) => !!doc.querySelector(S.brand),
  pages: [
    ...standardPages({
      scope: S.content,
      heading: S.heading,
      idAttrs: ID_ATTRS,
      marks: MARKS,
      pupilIdFromUrl: bromcomStudentId,
    }),
    splitGrid,
  ],
});
