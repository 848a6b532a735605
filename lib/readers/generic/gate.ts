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

/**
 * The gate: grids, mark controls and loose radios. Of the labelled elements the card reader considers
 * (any `[aria-label]` or `[title]` — nearly every page has some), only those whose label could be a
 * mark's ("Mark", "Attendance code", …) pass: the card reader itself accepts no others.
 */
const GATE = [
  GRID_ROOTS,
  'select, input:not([type]), input[type="text"], [role="radiogroup"], [role="group"]',
  CARD_RADIOS,
  '[aria-label$="mark" i], [aria-label$="code" i], [title$="mark" i], [title$="code" i]',
].join(', ');

export function mayHoldRegister(doc: Document): boolean {
  return doc.querySelector(GATE) !== null;
}
