/**
 * Where the generic reader looks, as one cheap query: the MIS content script loads the generic reader
 * (and teach mode) only on pages that have at least one such structure and no MIS reader of their own.
 */

/** Tables and ARIA grids: read as pupil grids or registration certificates. */
export const GRID_ROOTS = 'table, [role="grid"], [role="table"], [role="treegrid"]';
/** Mark controls outside any table (pupil cards with a drop-down, box or labelled group per session). */
export const CARD_CONTROLS = 'select, input:not([type]), input[type="text"], [role="radiogroup"], [role="group"], [aria-label], [title]';
/** Loose radio buttons, grouped by name into one control per session. */
export const CARD_RADIOS = 'input[type="radio"][name]';

export function mayHoldRegister(doc: Document): boolean {
  return doc.querySelector(`${GRID_ROOTS}, ${CARD_CONTROLS}, ${CARD_RADIOS}`) !== null;
}
