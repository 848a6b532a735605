// @vitest-environment happy-dom
/**
 * A read-only text box that opens a list of options (Element UI and Cognito drop-downs: <input
 * role=combobox readonly aria-controls=list>), filled as a person does it: open the box, click the option,
 * through a miniature library that keeps the choice in script. Planning it: planner.round8-lessons.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectForm } from '../../../lib/prefill/collect';
import { FILLED_ATTR, fillForm } from '../../../lib/prefill/fill';
import { plan } from '../../../lib/prefill/plan';

describe('a read-only combobox over a list', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  const combo = (attrs: string) => `<form><h2>About the child</h2>
    <div id="yl">Year group</div>
    <div class="sel"><input id="yr" role="combobox" aria-labelledby="yl" aria-controls="yr-list" aria-expanded="false" aria-haspopup="listbox" ${attrs} placeholder="Choose">
    <ul id="yr-list" role="listbox" hidden><li role="option" aria-selected="false">Year 5</li><li role="option" aria-selected="false">Year 6</li><li role="option" aria-selected="false">Year 7</li></ul></div>
    <label for="ref">Case reference</label><input id="ref" name="ref" readonly></form>`;

  it('is filled by opening it and clicking the option, which the page’s own script takes', () => {
    document.body.innerHTML = combo('readonly');
    const input = document.getElementById('yr') as HTMLInputElement;
    const list = document.getElementById('yr-list')!;
    // The library: a click on the box opens the list; a click on an option writes it into the box and closes the list.
    let chosen = '';
    input.addEventListener('click', () => { list.hidden = false; input.setAttribute('aria-expanded', 'true'); });
    for (const o of Array.from(list.querySelectorAll('[role=option]'))) {
      o.addEventListener('click', () => {
        chosen = o.textContent ?? '';
        input.value = chosen;
        list.querySelectorAll('[role=option]').forEach((x) => x.setAttribute('aria-selected', String(x === o)));
        list.hidden = true;
        input.setAttribute('aria-expanded', 'false');
      });
    }
    const s = collectForm(document)!;
    const out = fillForm(document, s, plan({ snapshot: s, values: { 'pupil.nc_year': '6' } }).actions);
    expect(out.filled.map((f) => f.key)).toEqual(['pupil.nc_year']);
    expect(chosen).toBe('Year 6');
    expect(input.value).toBe('Year 6');
    expect(input.getAttribute(FILLED_ATTR)).toBe('pupil.nc_year');
    // A list with no empty choice cannot be emptied by a person either: undo leaves the option and removes our mark.
    out.undo();
    expect(input.value).toBe('Year 6');
    expect(input.hasAttribute(FILLED_ATTR)).toBe(false);
  });

  it('is planned as a list: what is written is the option’s own text', () => {
    document.body.innerHTML = combo('readonly');
    const s = collectForm(document)!;
    const p = plan({ snapshot: s, values: { 'pupil.nc_year': '7' } });
    expect(p.actions.map((a) => [a.key, a.value, a.field.type])).toEqual([['pupil.nc_year', 'Year 7', 'select']]);
  });
});
