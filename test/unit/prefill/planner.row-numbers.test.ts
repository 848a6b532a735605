/**
 * Row numbers a page shows from 0 (a framework's zero-based form index printed as text) name no pupil: the
 * planner must neither crash on them nor take "row 0" as the first pupil's row.
 */
import { describe, expect, it } from 'vitest';
import { pupilNumberIn } from '../../../lib/prefill/match';
import { planOf, VALUES } from './helpers';

const rows = (first: number) => `<form><h2>Pupils absent through illness</h2><table><thead><tr><th>Row</th><th>Surname</th><th>Forename</th></tr></thead><tbody>
  ${[first, first + 1].map((n) => `<tr><th scope="row">Row ${n}</th><td><input type="text" name="p-${n}-surname" aria-label="Surname"></td><td><input type="text" name="p-${n}-forename" aria-label="Forename"></td></tr>`).join('')}
</tbody></table></form>`;

describe('row numbers counted from 0', () => {
  it('"row 0" names no pupil; "row 1" is the first', () => {
    expect(pupilNumberIn('Row 0')).toBeNull();
    expect(pupilNumberIn('Row 1')).toBe(0);
    expect(pupilNumberIn('Pupil 2')).toBe(1);
  });

  it('a table numbered from 0 is planned without error, and no value lands on a row it cannot place', () => {
    const p = planOf(rows(0));
    for (const a of p.actions) expect(a.pupilIndex).toBeGreaterThanOrEqual(0);
    // One pupil chosen: the second row never takes the first pupil's name.
    expect(p.actions.filter((a) => a.value === VALUES['pupil.legal_surname']).length).toBeLessThanOrEqual(1);
  });

  it('the same table numbered from 1 fills the first row for the one pupil chosen', () => {
    const p = planOf(rows(1));
    expect(p.actions.find((a) => a.field.name === 'p-1-surname')?.value).toBe(VALUES['pupil.legal_surname']);
    expect(p.actions.find((a) => a.field.name === 'p-2-surname')).toBeUndefined();
  });
});
