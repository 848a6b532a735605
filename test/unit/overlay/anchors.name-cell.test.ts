import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findAnchorCell } from '../../../lib/overlay/anchors';

const row = (cells: string) => parseHTML(`<table><tr id="r">${cells}</tr></table>`).document.getElementById('r')!;

describe('the cell a badge anchors to', () => {
  it('is the cell holding the name, in either name order', () => {
    const r = row('<td>260026</td><td>Baldock, Mateusz</td><td><select><option>/ Present</option></select></td>');
    expect(findAnchorCell(r, 'Mateusz Baldock').textContent).toBe('Baldock, Mateusz');
  });

  it('is still the name cell when it carries a hidden id input (Bromcom keeps one there)', () => {
    const r = row('<td>Baldock, Mateusz<input type="hidden" value="179"></td><td>260026</td><td><select><option>/</option></select></td>');
    expect(findAnchorCell(r, 'Baldock, Mateusz').textContent).toBe('Baldock, Mateusz');
  });

  it('skips cells with a visible control: a mark select lists every code label', () => {
    const r = row('<td>Ava</td><td><select><option>Ava Smith present</option></select></td><td>Smith</td>');
    expect(findAnchorCell(r, 'Ava Smith').textContent).toBe('Ava');
  });
});
