/**
 * Arbor selectors and, beside them, how many times each matches each modelled fixture in
 * test/fixtures/mis/arbor/ (checked by test/unit/readers/selectors-contract.test.ts). When Arbor
 * changes its markup, add a dated fixture beside the old one and extend these, rather than swap.
 */
import type { SelectorCounts } from '../selector-table';

export const arborSelectors = {
  /** Arbor's shell: the React mount point, `mis-*` component classes, or the `/?/` route marker. */
  brand: '#react-container, [data-route^="/?/"], [class^="mis-"], [class*=" mis-"]',
  content: 'main, [role="main"]',
  /** The page header (title and subtitle with the register's date), else headings. */
  heading: 'main header, [data-field="register-date"], h1',
  badges: '[data-badge], abbr, .badge, [class*="pill"]',
  cardList: '[role="list"][aria-label*="register" i]',
  card: '[role="listitem"]',
  cardName: '[data-field="student-name"]',
  cardMark: '[role="radiogroup"]',
  unsaved: '[data-unsaved="true"]',
} as const;

/** Matches per saved page (a separate export, so the content-script bundle leaves it out). */
export const arborSelectorCounts: SelectorCounts<typeof arborSelectors> = {
  brand: { 'demo-arbor/marks-grid.html': 328, 'demo-arbor/pupil-history.html': 136, 'demo-arbor/pupil-list.html': 36, 'demo-arbor/take-register.html': 303, 'marks-grid-2025-layout.html': 33, 'marks-grid.html': 4, 'pupil-history-2024-layout.html': 24, 'pupil-history.html': 5, 'pupil-list-2024-layout.html': 7, 'pupil-list.html': 3, 'take-register-2024-layout.html': 35, 'take-register-broken.html': 8, 'take-register.html': 12 },
  content: { 'demo-arbor/marks-grid.html': 1, 'demo-arbor/pupil-history.html': 1, 'demo-arbor/pupil-list.html': 1, 'demo-arbor/take-register.html': 1, 'marks-grid-2025-layout.html': 1, 'marks-grid.html': 1, 'pupil-history-2024-layout.html': 1, 'pupil-history.html': 1, 'pupil-list-2024-layout.html': 1, 'pupil-list.html': 1, 'take-register-2024-layout.html': 1, 'take-register-broken.html': 1, 'take-register.html': 1 },
  heading: { 'demo-arbor/marks-grid.html': 2, 'demo-arbor/pupil-history.html': 2, 'demo-arbor/pupil-list.html': 2, 'demo-arbor/take-register.html': 2, 'marks-grid-2025-layout.html': 1, 'marks-grid.html': 1, 'pupil-history-2024-layout.html': 1, 'pupil-history.html': 1, 'pupil-list-2024-layout.html': 1, 'pupil-list.html': 1, 'take-register-2024-layout.html': 3, 'take-register-broken.html': 3, 'take-register.html': 3 },
  badges: { 'demo-arbor/marks-grid.html': 27, 'demo-arbor/pupil-history.html': 1, 'demo-arbor/pupil-list.html': 0, 'demo-arbor/take-register.html': 57, 'marks-grid-2025-layout.html': 0, 'marks-grid.html': 0, 'pupil-history-2024-layout.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 4, 'pupil-list.html': 4, 'take-register-2024-layout.html': 2, 'take-register-broken.html': 0, 'take-register.html': 3 },
  cardList: { 'demo-arbor/marks-grid.html': 0, 'demo-arbor/pupil-history.html': 0, 'demo-arbor/pupil-list.html': 0, 'demo-arbor/take-register.html': 0, 'marks-grid-2025-layout.html': 0, 'marks-grid.html': 0, 'pupil-history-2024-layout.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 0, 'pupil-list.html': 0, 'take-register-2024-layout.html': 1, 'take-register-broken.html': 0, 'take-register.html': 0 },
  card: { 'demo-arbor/marks-grid.html': 0, 'demo-arbor/pupil-history.html': 0, 'demo-arbor/pupil-list.html': 0, 'demo-arbor/take-register.html': 0, 'marks-grid-2025-layout.html': 0, 'marks-grid.html': 0, 'pupil-history-2024-layout.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 0, 'pupil-list.html': 0, 'take-register-2024-layout.html': 5, 'take-register-broken.html': 0, 'take-register.html': 0 },
  cardName: { 'demo-arbor/marks-grid.html': 0, 'demo-arbor/pupil-history.html': 0, 'demo-arbor/pupil-list.html': 0, 'demo-arbor/take-register.html': 0, 'marks-grid-2025-layout.html': 0, 'marks-grid.html': 0, 'pupil-history-2024-layout.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 0, 'pupil-list.html': 0, 'take-register-2024-layout.html': 5, 'take-register-broken.html': 0, 'take-register.html': 0 },
  cardMark: { 'demo-arbor/marks-grid.html': 0, 'demo-arbor/pupil-history.html': 0, 'demo-arbor/pupil-list.html': 0, 'demo-arbor/take-register.html': 0, 'marks-grid-2025-layout.html': 0, 'marks-grid.html': 0, 'pupil-history-2024-layout.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 0, 'pupil-list.html': 0, 'take-register-2024-layout.html': 5, 'take-register-broken.html': 0, 'take-register.html': 0 },
  unsaved: { 'demo-arbor/marks-grid.html': 0, 'demo-arbor/pupil-history.html': 0, 'demo-arbor/pupil-list.html': 0, 'demo-arbor/take-register.html': 0, 'marks-grid-2025-layout.html': 1, 'marks-grid.html': 0, 'pupil-history-2024-layout.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 0, 'pupil-list.html': 0, 'take-register-2024-layout.html': 1, 'take-register-broken.html': 0, 'take-register.html': 1 },
};
