// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BadgeRows, VIRTUALISE_ABOVE } from '../../../lib/overlay/badge-rows';
import { makeBadge } from './badge-factory';

function page(n: number, tables = 1) {
  document.body.innerHTML = '';
  const rows = new Map<string, Element>();
  for (let t = 0; t < tables; t++) {
    const table = document.createElement('table');
    const body = table.createTBody();
    for (let i = 0; i < n; i++) {
      const tr = body.insertRow();
      tr.insertCell().textContent = `Pupil ${t}-${i}`;
      rows.set(`k${t}-${i}`, tr);
    }
    document.body.append(table);
  }
  return rows;
}
const badgesFor = (rows: Map<string, Element>) => [...rows.keys()].map((key) => makeBadge(180, 200, { key }));

describe('the overlay’s model of the page', () => {
  it('one entry per badge whose row is on the page, grouped by the rows’ parent with its table', () => {
    const rows = page(3, 2);
    const badges = [...badgesFor(rows), makeBadge(1, 2, { key: 'not-on-the-page' })];
    const m = new BadgeRows(rows, badges, { style: 'compact' });
    const { rowsChanged, watchChanged } = m.update(badges, rows, true);
    expect(rowsChanged && watchChanged).toBe(true);
    expect(m.keys()).toEqual(['k0-0', 'k0-1', 'k0-2', 'k1-0', 'k1-1', 'k1-2']);
    expect(m.groups.size).toBe(2);
    const [g0] = m.groups.values();
    expect(g0!.table.tagName).toBe('TABLE');
    expect(m.byKey.get('k1-2')!.group.table).not.toBe(g0!.table);
  });

  it('small registers in row order, whatever the badges’ order; indexes stay with their pupil', () => {
    const rows = page(3);
    const badges = badgesFor(rows).reverse();
    const m = new BadgeRows(rows, badges, { style: 'compact' });
    m.update(badges, rows, true);
    expect(m.keys()).toEqual(['k0-0', 'k0-1', 'k0-2']);
    const index = m.byKey.get('k0-1')!.index;
    m.update(badgesFor(rows));
    expect(m.byKey.get('k0-1')!.index).toBe(index);
  });

  it('only new row elements count as a change, and a big grid switches virtualisation on', () => {
    const rows = page(3);
    const m = new BadgeRows(rows, badgesFor(rows), { style: 'compact' });
    m.update(badgesFor(rows), rows, true);
    expect(m.update(badgesFor(rows), new Map(rows))).toEqual({ rowsChanged: false, watchChanged: false });
    expect(m.virtualise).toBe(false);
    const big = page(VIRTUALISE_ABOVE + 1);
    expect(m.update(badgesFor(big), big)).toEqual({ rowsChanged: true, watchChanged: true });
    expect(m.virtualise).toBe(true);
  });

  it('makes a badge’s presentation once, keeps it while the badge is the same, and makes it again for new display choices', () => {
    const rows = page(1);
    const badges = badgesFor(rows);
    const m = new BadgeRows(rows, badges, { style: 'compact' });
    m.update(badges, rows, true);
    const first = m.presentOf(m.list[0]!);
    m.update(badges);
    expect(m.presentOf(m.list[0]!)).toBe(first);
    m.update([makeBadge(100, 200, { key: 'k0-0' })]);
    expect(m.presentOf(m.list[0]!)).not.toBe(first);
    const before = m.presentOf(m.list[0]!);
    m.restyle({ style: 'full' });
    expect(m.list[0]!.pres).toBeNull();
    expect(m.presentOf(m.list[0]!)).not.toBe(before);
  });
});
