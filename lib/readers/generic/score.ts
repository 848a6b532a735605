/**
 * How register-like a read was. Three things must hold together: the rows are people (names), the
 * columns are sessions (headers we understood), and the cells hold attendance codes or nothing.
 * A duty rota has names and sessions but words in its cells; a mark book has names and dates but no
 * sessions; a timetable has neither names nor codes. Each fails a gate and stays under REFUSE_BELOW.
 *
 * The generic reader tops out at GENERIC_MAX, below what a reader that knows the MIS reports, so a
 * page's own reader wins whenever it is sure.
 */
export interface Stats {
  /** Rows with text in the name column, and how many of those read as person names. */
  rows: number;
  nameRows: number;
  /** Non-blank marks that are codes, unknown strings, or unreadable; blank marks. */
  known: number;
  unknown: number;
  unreadable: number;
  blank: number;
  /** Columns whose headers we understood, of all columns. */
  roles: number;
  width: number;
}

export const GENERIC_MAX = 0.8;
export const REFUSE_BELOW = 0.4;

export function confidenceOf(s: Stats): number {
  const nameFrac = s.rows ? s.nameRows / s.rows : 0;
  const marked = s.known + s.unknown + s.unreadable;
  // A register not yet taken is all blanks: register-like, but less sure.
  const codeFrac = marked ? s.known / marked : s.blank ? 0.6 : 0;
  const headerFrac = s.width ? Math.min(1, s.roles / s.width) : 0;
  let c = GENERIC_MAX * (0.35 * nameFrac + 0.15 * headerFrac + 0.5 * codeFrac);
  if (codeFrac < 0.6) c = Math.min(c, 0.25);
  if (nameFrac < 0.5 || s.nameRows === 0) c = Math.min(c, 0.2);
  return Math.round(c * 100) / 100;
}
