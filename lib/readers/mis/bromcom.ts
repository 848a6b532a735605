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
import { yearContextFrom } from '../dates';
import { hostIs, isDemoPath, misReader, textOutside, type MisPage } from '../mis-reader';
import { misIdOf } from '../pupil-row';
import { findTable, headerWords, isSessionsOnlyTable } from '../page-kinds';
import { readGrid } from '../read-grid';
import { applyRegisterGroup } from '../register-group';
import { headingText, standardPages } from '../standard-pages';
import { joinGrids, logicalGrid } from '../table-grid';
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
  read: (marks, doc, _url, b) => {
    const names = namesTableFor(doc, marks)!;
    const left = logicalGrid(names);
    const right = logicalGrid(marks);
    const grid = joinGrids(left, right);
    if (!grid) {
      b.fail('table', `the names (${left.body.length} rows) and marks (${right.body.length} rows) halves do not line up`);
      return;
    }
    // Each marks row names its student: a row out of step with the names beside it is refused.
    grid.body.forEach((row, i) => {
      const id = misIdOf(row.el, ID_ATTRS);
      const own = right.body[i]?.el.querySelector(S.rowStudentId)?.getAttribute('value');
      if (id && own && id !== own) b.fail(`row ${i + 1}`, `the marks row is for student ${own}, beside the name of student ${id}`);
    });
    readGrid(grid, b, { columns: { year: yearContextFrom(textOutside(doc, marks.parentElement?.parentElement ?? marks)) }, marks: MARKS, idAttrs: ID_ATTRS, sessions: true });
    const dates = b.view.sessions.map((x) => x.date).sort();
    if (dates.length) {
      b.view.context.from = dates[0];
      b.view.context.to = dates[dates.length - 1];
    }
    applyRegisterGroup(b, headingText(doc, S.heading), doc.title);
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
