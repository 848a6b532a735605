/**
 * ScholarPack selectors and, beside them, how many times each matches each modelled fixture in
 * test/fixtures/mis/scholarpack/ (checked by the selectors contract test).
 */
import type { SelectorCounts } from '../selector-table';

export const scholarpackSelectors = {
  brand: 'meta[name="application-name"][content="ScholarPack"], [data-sp-page]',
  content: '#sp-content, main',
  heading: 'h1, h2, [data-sp-register-date]',
  /** The session semicircle: coloured, with the mark only in its title. */
  unsaved: '[data-dirty="1"]',
  noSession: '[data-sp-off-roll]',
} as const;

/** Matches per saved page (a separate export, so the content-script bundle leaves it out). */
export const scholarpackSelectorCounts: SelectorCounts<typeof scholarpackSelectors> = {
  brand: { 'marks-grid-2024-layout.html': 2, 'marks-grid-broken.html': 2, 'marks-grid.html': 2, 'pupil-history-2024-layout.html': 2, 'pupil-history.html': 2, 'pupil-list-2024-layout.html': 2, 'pupil-list.html': 2, 'take-register-2024-layout.html': 2, 'take-register.html': 2 },
  content: { 'marks-grid-2024-layout.html': 1, 'marks-grid-broken.html': 1, 'marks-grid.html': 1, 'pupil-history-2024-layout.html': 1, 'pupil-history.html': 1, 'pupil-list-2024-layout.html': 1, 'pupil-list.html': 1, 'take-register-2024-layout.html': 1, 'take-register.html': 1 },
  heading: { 'marks-grid-2024-layout.html': 1, 'marks-grid-broken.html': 1, 'marks-grid.html': 1, 'pupil-history-2024-layout.html': 1, 'pupil-history.html': 1, 'pupil-list-2024-layout.html': 1, 'pupil-list.html': 1, 'take-register-2024-layout.html': 2, 'take-register.html': 2 },
  unsaved: { 'marks-grid-2024-layout.html': 1, 'marks-grid-broken.html': 0, 'marks-grid.html': 0, 'pupil-history-2024-layout.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 0, 'pupil-list.html': 0, 'take-register-2024-layout.html': 0, 'take-register.html': 1 },
  noSession: { 'marks-grid-2024-layout.html': 10, 'marks-grid-broken.html': 0, 'marks-grid.html': 0, 'pupil-history-2024-layout.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 0, 'pupil-list.html': 0, 'take-register-2024-layout.html': 0, 'take-register.html': 0 },
};
