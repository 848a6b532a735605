/**
 * Grids that draw only the columns in view (ag-grid's column virtualisation): the grid declares how
 * many columns it has (`aria-colcount`) and places each drawn cell by `aria-colindex`, so a read sees
 * the header and cells of a band of columns, with holes where the others would be. A read of such a
 * grid says which columns it saw and which session cells of which pupils it read (ReadResult.columns);
 * the Accumulator merges the bands as the user scrolls sideways and completes only when every declared
 * column was drawn and every pupil's every session cell was read — never a silent partial.
 */
import type { LogicalGrid } from '../table-grid';
import type { ColumnCoverage } from '../view';

/**
 * Columns the grid declares, when it declares more than this read drew; else undefined. A column
 * counts as drawn when its header is (body cells of a column whose header is not drawn yet are a
 * frame of scrolling, read once the header is there); a grid without header rows, by any cell.
 */
export function virtualColumns(grid: LogicalGrid): { of: number; drawn: Set<number> } | undefined {
  const declared = Number(grid.root.getAttribute('aria-colcount') ?? grid.root.closest('[aria-colcount]')?.getAttribute('aria-colcount'));
  if (!Number.isInteger(declared) || declared < 1) return undefined;
  const drawn = new Set<number>();
  for (const row of grid.header.length ? grid.header : grid.body) row.cells.forEach((c, k) => c && drawn.add(k));
  return drawn.size < declared ? { of: declared, drawn } : undefined;
}

export function coverage(of: number, drawn: Set<number>, cells: string[], at: [number, string][]): ColumnCoverage {
  return { of, drawn: [...drawn].sort((a, b) => a - b), cells, at };
}
