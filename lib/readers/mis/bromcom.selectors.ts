/**
 * Bromcom selectors and, beside them, how many times each matches each modelled fixture in
 * test/fixtures/mis/bromcom/ (checked by test/unit/readers/selectors-contract.test.ts).
 */
import type { SelectorCounts } from '../selector-table';

export const bromcomSelectors = {
  /** ASP.NET WebForms shell: the page form and its view state. */
  brand: 'form#aspnetForm, input[name="__VIEWSTATE"]',
  content: '#aspnetForm, main',
  /** Page title and the filter bar (group, date, period) above a register. */
  heading: 'h1, h2, .page-title, .filters, [data-field="register-title"]',
  /** A mark edited on screen: Bromcom turns the cell yellow (a "changed" class) until saved. */
  unsaved: '.att-changed, [data-changed="true"]',
  /** Manage Attendance split in two tables: the scrolling marks half carries each row's student id. */
  rowStudentId: 'input[type="hidden"][name$="sid"]',
} as const;

/** Matches per saved page (a separate export, so the content-script bundle leaves it out). */
export const bromcomSelectorCounts: SelectorCounts<typeof bromcomSelectors> = {
  brand: { 'demo-bromcom/marks-grid.html': 2, 'demo-bromcom/pupil-history.html': 0, 'demo-bromcom/pupil-list.html': 0, 'demo-bromcom/take-register.html': 2, 'marks-grid-2024-layout.html': 2, 'marks-grid-broken.html': 2, 'marks-grid.html': 2, 'pupil-history-2024-layout.html': 2, 'pupil-history.html': 2, 'pupil-list-2024-layout.html': 2, 'pupil-list.html': 2, 'take-register-2024-layout.html': 2, 'take-register.html': 2 },
  content: { 'demo-bromcom/marks-grid.html': 1, 'demo-bromcom/pupil-history.html': 0, 'demo-bromcom/pupil-list.html': 0, 'demo-bromcom/take-register.html': 1, 'marks-grid-2024-layout.html': 2, 'marks-grid-broken.html': 2, 'marks-grid.html': 2, 'pupil-history-2024-layout.html': 2, 'pupil-history.html': 2, 'pupil-list-2024-layout.html': 2, 'pupil-list.html': 2, 'take-register-2024-layout.html': 2, 'take-register.html': 2 },
  heading: { 'demo-bromcom/marks-grid.html': 3, 'demo-bromcom/pupil-history.html': 1, 'demo-bromcom/pupil-list.html': 2, 'demo-bromcom/take-register.html': 2, 'marks-grid-2024-layout.html': 1, 'marks-grid-broken.html': 2, 'marks-grid.html': 3, 'pupil-history-2024-layout.html': 1, 'pupil-history.html': 1, 'pupil-list-2024-layout.html': 1, 'pupil-list.html': 1, 'take-register-2024-layout.html': 1, 'take-register.html': 2 },
  unsaved: { 'demo-bromcom/marks-grid.html': 0, 'demo-bromcom/pupil-history.html': 0, 'demo-bromcom/pupil-list.html': 0, 'demo-bromcom/take-register.html': 0, 'marks-grid-2024-layout.html': 0, 'marks-grid-broken.html': 0, 'marks-grid.html': 1, 'pupil-history-2024-layout.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 0, 'pupil-list.html': 0, 'take-register-2024-layout.html': 1, 'take-register.html': 1 },
  rowStudentId: { 'demo-bromcom/marks-grid.html': 30, 'demo-bromcom/pupil-history.html': 0, 'demo-bromcom/pupil-list.html': 0, 'demo-bromcom/take-register.html': 0, 'marks-grid-2024-layout.html': 0, 'marks-grid-broken.html': 0, 'marks-grid.html': 0, 'pupil-history-2024-layout.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 0, 'pupil-list.html': 0, 'take-register-2024-layout.html': 0, 'take-register.html': 0 },
};
