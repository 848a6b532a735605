/**
 * SIMS web (SIMS Primary / Next Gen style) selectors and, beside them, how many times each matches each
 * modelled fixture in test/fixtures/mis/sims/ (checked by the selectors contract test).
 */
import type { SelectorCounts } from '../selector-table';

export const simsSelectors = {
  /** The app declares itself; SIMS reports carry "SIMS" in their generator meta. */
  brand: 'meta[name="application-name"][content*="SIMS"], meta[name="generator"][content*="SIMS"]',
  content: 'main, [role="main"]',
  heading: 'h1, h2, [role="heading"]',
  tileList: 'ul[aria-label^="Take Register"]',
  tile: 'li[data-pupil-id]',
  tileName: '[data-role="pupil-name"]',
  tileMark: '[role="radiogroup"]',
  /** The comment indicator in a cell's corner: not part of the mark. */
  note: '[title="Note"], [data-note]',
  unsaved: '[aria-description="Not saved"]',
} as const;

/** Matches per saved page (a separate export, so the content-script bundle leaves it out). */
export const simsSelectorCounts: SelectorCounts<typeof simsSelectors> = {
  brand: { 'marks-grid-2024-layout.html': 1, 'marks-grid.html': 1, 'pupil-history-2024-layout.html': 1, 'pupil-history-broken.html': 1, 'pupil-history.html': 1, 'pupil-list-2024-layout.html': 1, 'pupil-list.html': 1, 'take-register-2024-layout.html': 1, 'take-register.html': 1 },
  content: { 'marks-grid-2024-layout.html': 1, 'marks-grid.html': 1, 'pupil-history-2024-layout.html': 1, 'pupil-history-broken.html': 1, 'pupil-history.html': 1, 'pupil-list-2024-layout.html': 1, 'pupil-list.html': 1, 'take-register-2024-layout.html': 1, 'take-register.html': 1 },
  heading: { 'marks-grid-2024-layout.html': 1, 'marks-grid.html': 1, 'pupil-history-2024-layout.html': 1, 'pupil-history-broken.html': 1, 'pupil-history.html': 1, 'pupil-list-2024-layout.html': 1, 'pupil-list.html': 1, 'take-register-2024-layout.html': 2, 'take-register.html': 2 },
  tileList: { 'marks-grid-2024-layout.html': 0, 'marks-grid.html': 0, 'pupil-history-2024-layout.html': 0, 'pupil-history-broken.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 0, 'pupil-list.html': 0, 'take-register-2024-layout.html': 1, 'take-register.html': 0 },
  tile: { 'marks-grid-2024-layout.html': 0, 'marks-grid.html': 0, 'pupil-history-2024-layout.html': 0, 'pupil-history-broken.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 0, 'pupil-list.html': 0, 'take-register-2024-layout.html': 5, 'take-register.html': 0 },
  tileName: { 'marks-grid-2024-layout.html': 0, 'marks-grid.html': 0, 'pupil-history-2024-layout.html': 0, 'pupil-history-broken.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 0, 'pupil-list.html': 0, 'take-register-2024-layout.html': 5, 'take-register.html': 0 },
  tileMark: { 'marks-grid-2024-layout.html': 0, 'marks-grid.html': 0, 'pupil-history-2024-layout.html': 0, 'pupil-history-broken.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 0, 'pupil-list.html': 0, 'take-register-2024-layout.html': 5, 'take-register.html': 0 },
  note: { 'marks-grid-2024-layout.html': 0, 'marks-grid.html': 1, 'pupil-history-2024-layout.html': 0, 'pupil-history-broken.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 0, 'pupil-list.html': 0, 'take-register-2024-layout.html': 0, 'take-register.html': 1 },
  unsaved: { 'marks-grid-2024-layout.html': 1, 'marks-grid.html': 0, 'pupil-history-2024-layout.html': 0, 'pupil-history-broken.html': 0, 'pupil-history.html': 0, 'pupil-list-2024-layout.html': 0, 'pupil-list.html': 0, 'take-register-2024-layout.html': 1, 'take-register.html': 0 },
};
