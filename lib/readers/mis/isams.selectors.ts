/**
 * iSAMS selectors and, beside them, how many times each matches each modelled fixture in
 * test/fixtures/mis/isams/ (checked by the selectors contract test).
 */
import type { SelectorCounts } from '../selector-table';

export const isamsSelectors = {
  brand: 'meta[name="application-name"][content^="iSAMS"], [data-isams-module]',
  content: 'main, #isams-content',
  heading: 'h1, h2, [data-register-title]',
  unsaved: '.unsaved, [data-unsaved]',
} as const;

/** Matches per saved page (a separate export, so the content-script bundle leaves it out). */
export const isamsSelectorCounts: SelectorCounts<typeof isamsSelectors> = {
  brand: { 'marks-grid-2024-layout.html': 2, 'marks-grid-broken.html': 2, 'marks-grid.html': 2, 'pupil-history-2024-layout.html': 2, 'pupil-history.html': 2, 'pupil-list-2024-layout.html': 2, 'pupil-list.html': 2, 'take-register-2024-layout.html': 2, 'take-register.html': 2 },
  content: { 'marks-grid-2024-layout.html': 1, 'marks-grid-broken.html': 1, 'marks-grid.html': 1, 'pupil-history-2024-layout.html': 1, 'pupil-history.html': 1, 'pupil-list-2024-layout.html': 1, 'pupil-list.html': 1, 'take-register-2024-layout.html': 1, 'take-register.html': 1 },
  heading: { 'marks-grid-2024-layout.html': 1, 'marks-grid-broken.html': 1, 'marks-grid.html': 1, 'pupil-history-2024-layout.html': 1, 'pupil-history.html': 1, 'pupil-list-2024-layout.html': 1, 'pupil-list.html': 1, 'take-register-2024-layout.html': 1, 'take-register.html': 2 },
  unsaved: { 'marks-grid-2024-layout.html': 0, 'marks-grid-broken.html': 0, 'marks-grid.html': 0, 'pupil-history-2024-layout.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 0, 'pupil-list.html': 0, 'take-register-2024-layout.html': 1, 'take-register.html': 0 },
};
