/**
 * General rules learnt from blind round 9 (Kendo, Vuetify, SurveyMonkey, pdf.js annotation layer, select2,
 * MudBlazor), on small forms written here: a box that offers options takes one of them or nothing.
 */
import { describe, expect, it } from 'vitest';
import { planOf, refusalFor, VALUES, written } from './helpers';

describe('a text box that offers options', () => {
  // An autocomplete whose menu is drawn at the end of the page, tied by aria-controls.
  const auto = (opts: string[]) => `<form><h2>About the child</h2>
    <label for="eth">Ethnic background</label><input id="eth" type="text" role="combobox" aria-controls="pop-1" aria-expanded="false">
    </form><div class="overlay"><div id="pop-1"><ul role="listbox">${opts.map((o) => `<li role="option">${o}</li>`).join('')}</ul></div></div>`;

  it('takes the option’s own text when the stored value differs only in punctuation', () => {
    const w = written(planOf(auto(['Asian / Indian', 'White -- British!', 'Black: Caribbean']), { ...VALUES, 'pupil.ethnicity': 'White: British' }));
    expect(w['pupil.ethnicity']).toBe('White -- British!');
  });

  it('is refused, naming the value, when no option matches: never typed free', () => {
    const p = planOf(auto(['Asian / Indian', 'Black: Caribbean']), { ...VALUES, 'pupil.ethnicity': 'White British' });
    expect(written(p)['pupil.ethnicity']).toBeUndefined();
    expect(refusalFor(p, /Ethnic/)).toMatch(/White British.*options this box offers/);
  });

  it('a datalist is held to its suggestions too', () => {
    const p = planOf(`<form><label for="e">Ethnicity</label><input id="e" list="l"><datalist id="l"><option value="Mixed (White and Asian)"><option value="Mixed (White and Black African)"></datalist></form>`,
      { ...VALUES, 'pupil.ethnicity': 'Mixed - White and Asian' });
    expect(written(p)['pupil.ethnicity']).toBe('Mixed (White and Asian)');
  });
});
