// @vitest-environment happy-dom
/**
 * A role=listbox that is a question of its own (as Google Forms draws a drop-down: the list named by the
 * question's heading, its options inside, "Choose" selected first) is collected as a select, planned by
 * option text and filled by a click on the option through the page's own handlers; a listbox that is a
 * combobox's popup is no field of its own.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { collectForm } from '../../../lib/prefill/collect';
import { fillForm } from '../../../lib/prefill/fill';
import { plan } from '../../../lib/prefill/plan';

const FORM = `<form>
  <div id=yq role=heading aria-level=3>Year group</div>
  <div id=yr role=listbox aria-labelledby=yq aria-expanded=false tabindex=0>
    <div role=option aria-selected=true data-value="">Choose</div>
    <div role=option aria-selected=false data-value="Yr 6">Yr 6</div>
    <div role=option aria-selected=false data-value="Yr 7">Yr 7</div>
  </div>
  <input type=hidden name="entry.1">
  <span id=cl>Ethnicity</span>
  <button type=button id=eth role=combobox aria-labelledby=cl aria-controls=eth-list aria-expanded=false>Choose</button>
  <ul id=eth-list role=listbox><li role=option aria-selected=false>White British</li></ul>
</form>`;

describe('a standalone listbox', () => {
  it('is collected as a list of options named by its question; a combobox’s own listbox is not a second field', () => {
    const { document } = parseHTML(`<html><body>${FORM}</body></html>`);
    const snap = collectForm(document as unknown as Document)!;
    const lists = snap.fields.filter((f) => f.tag === 'select');
    expect(lists.map((f) => [f.widget, f.labels[0]?.text])).toEqual([['listbox', 'Year group'], ['combobox', 'Ethnicity']]);
    expect(lists[0]!.options.map((o) => o.text)).toEqual(['Choose', 'Yr 6', 'Yr 7']);
    expect(lists[0]!.value).toBe('');
  });

  it('is filled by a click on the option, the page’s state holds it, and undo puts “Choose” back', () => {
    document.body.innerHTML = FORM;
    const state = { year: '' };
    const yr = document.getElementById('yr')!;
    const render = () => {
      for (const o of Array.from(yr.querySelectorAll('[role=option]'))) o.setAttribute('aria-selected', String((o.getAttribute('data-value') ?? '') === state.year));
      (document.querySelector('[name="entry.1"]') as HTMLInputElement).value = state.year;
    };
    yr.addEventListener('click', (e) => {
      const o = (e.target as Element).closest('[role=option]');
      if (o) { state.year = o.getAttribute('data-value') ?? ''; yr.setAttribute('aria-expanded', 'false'); render(); }
      else yr.setAttribute('aria-expanded', 'true');
    });
    const snap = collectForm(document)!;
    const p = plan({ snapshot: snap, values: { 'pupil.nc_year': '7' } });
    const a = p.actions.find((x) => x.key === 'pupil.nc_year')!;
    expect(a.value).toBe('Yr 7');
    const out = fillForm(document, snap, p.actions);
    expect(out.filled.map((f) => f.key)).toEqual(['pupil.nc_year']);
    expect(state.year).toBe('Yr 7');
    expect((document.querySelector('[name="entry.1"]') as HTMLInputElement).value).toBe('Yr 7');
    out.undo();
    expect(state.year).toBe('');
  });
});

describe('a listbox where several may be chosen', () => {
  it('is a multiple choice, which is not filled', () => {
    const { document } = parseHTML(`<html><body><form><span id=q>Year group</span><div role=listbox aria-multiselectable=true aria-labelledby=q>
      <div role=option aria-selected=false>Yr 7</div><div role=option aria-selected=false>Yr 8</div></div></form></body></html>`);
    const snap = collectForm(document as unknown as Document)!;
    expect(snap.fields[0]!.type).toBe('select-multiple');
    const p = plan({ snapshot: snap, values: { 'pupil.nc_year': '7' } });
    expect(p.actions).toEqual([]);
    expect(p.refusals[0]!.why).toMatch(/multiple-choice/);
  });
});
