/**
 * The session heat map's colour categories: each cell of the week grid (see week-grid.ts) gets one of
 * a few categories, read by the engine's code table on the cell's date. The code itself is always
 * shown in the cell and in its accessible name: the colour only repeats it.
 */
import { normaliseMark } from '../engine/codes';
import type { GridCell } from './week-grid';

export type HeatCategory = 'present' | 'late' | 'aea' | 'authorised' | 'unauthorised' | 'not-counted' | 'no-mark' | 'closed';

/** In legend order, with the words the legend and screen readers use. */
export const HEAT_CATEGORIES: Record<HeatCategory, { label: string; example: string }> = {
  present: { label: 'Present', example: '/ \\' },
  late: { label: 'Late but present', example: 'L' },
  aea: { label: 'Educational activity off site (counts as attending)', example: 'V P K' },
  authorised: { label: 'Authorised absence', example: 'I M C' },
  unauthorised: { label: 'Unauthorised absence', example: 'O G N U' },
  'not-counted': { label: 'Not counted (not possible, blank or unknown code)', example: 'X Y1 #' },
  'no-mark': { label: 'School session with no mark stored', example: '–' },
  closed: { label: 'Not a school day, not on roll, or still to come', example: '' },
};
export const HEAT_CATEGORY_IDS = Object.keys(HEAT_CATEGORIES) as HeatCategory[];

export function heatCategory(cell: GridCell): HeatCategory {
  if (cell.code === null) return cell.kind === 'no-mark' ? 'no-mark' : 'closed';
  if (cell.kind !== 'mark') return 'not-counted';
  const m = normaliseMark(cell.code, cell.date);
  switch (m.category) {
    case 'present':
      return m.code === 'L' ? 'late' : 'present';
    case 'aea':
      return 'aea';
    case 'authorised':
      return 'authorised';
    case 'unauthorised':
      return 'unauthorised';
    default:
      return 'not-counted';
  }
}
