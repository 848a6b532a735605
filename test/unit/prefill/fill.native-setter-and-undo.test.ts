// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectForm } from '../../../lib/prefill/collect';
import { FILLED_ATTR, fillForm } from '../../../lib/prefill/fill';
import { plan } from '../../../lib/prefill/plan';

const FORM = `<form>
  <label for=fn>Legal first name</label><input id=fn name=fn>
  <label for=dob>Date of birth</label><input id=dob type=date name=dob>
  <fieldset><legend>Sex</legend><input type=radio id=m name=sex value=M><label for=m>Male</label><input type=radio id=f name=sex value=F><label for=f>Female</label></fieldset>
  <label for=y>Year group</label><select id=y name=y><option value="">Choose</option><option value="5">Year 5</option><option value="6">Year 6</option></select>
  <label><input type=checkbox name=lac> Looked after child</label>
  <label for=ln>Legal surname</label><input id=ln name=ln value="Smith">
</form>`;

function setup() {
  document.body.innerHTML = FORM;
  // A controlled-input framework in miniature: state changes only through input events, and every
  // blur re-renders the DOM from state (a bare .value = … would be put back).
  const state: Record<string, string> = {};
  const form = document.querySelector('form')!;
  form.addEventListener('input', (e) => { const t = e.target as HTMLInputElement; if (t.type !== 'radio' && t.type !== 'checkbox') state[t.name] = t.value; });
  form.addEventListener('focusout', () => { for (const [k, v] of Object.entries(state)) (form.elements.namedItem(k) as HTMLInputElement).value = v; });
  const snapshot = collectForm(document)!;
  const p = plan({ snapshot, values: { 'pupil.legal_forename': 'Amelia', 'pupil.legal_surname': 'Example', 'pupil.dob': '2015-03-02', 'pupil.sex': 'F', 'pupil.nc_year': '6', 'pupil.lac': true } });
  return { state, snapshot, p };
}

describe('fillForm', () => {
  it('writes nothing until called, then writes through the native setter so the page state agrees', () => {
    const { state, snapshot, p } = setup();
    expect((document.getElementById('fn') as HTMLInputElement).value).toBe('');
    const out = fillForm(document, snapshot, p.actions);
    expect(out.ok).toBe(true);
    expect(state.fn).toBe('Amelia');
    expect((document.getElementById('fn') as HTMLInputElement).value).toBe('Amelia');
    expect((document.getElementById('dob') as HTMLInputElement).value).toBe('2015-03-02');
    expect((document.getElementById('f') as HTMLInputElement).checked).toBe(true);
    expect((document.getElementById('y') as HTMLSelectElement).value).toBe('6');
    expect((document.querySelector('[name=lac]') as HTMLInputElement).checked).toBe(true);
    // Filled only empty fields: the surname already typed stays.
    expect((document.getElementById('ln') as HTMLInputElement).value).toBe('Smith');
    expect(document.getElementById('fn')!.getAttribute(FILLED_ATTR)).toBe('pupil.legal_forename');
    expect(out.filled.map((f) => f.key)).toEqual(['pupil.legal_forename', 'pupil.dob', 'pupil.sex', 'pupil.nc_year', 'pupil.lac']);
  });

  it('undo restores every field and removes the marks', () => {
    const { snapshot, p } = setup();
    const out = fillForm(document, snapshot, p.actions);
    out.undo();
    expect((document.getElementById('fn') as HTMLInputElement).value).toBe('');
    expect((document.getElementById('dob') as HTMLInputElement).value).toBe('');
    expect((document.getElementById('f') as HTMLInputElement).checked).toBe(false);
    expect((document.getElementById('y') as HTMLSelectElement).selectedIndex).toBe(0);
    expect((document.querySelector('[name=lac]') as HTMLInputElement).checked).toBe(false);
    expect(document.querySelectorAll(`[${FILLED_ATTR}]`)).toHaveLength(0);
  });

  it('writes nothing when the form changed since the plan was made', () => {
    const { snapshot, p } = setup();
    document.querySelector('label[for=fn]')!.textContent = 'Name of your pet';
    const out = fillForm(document, snapshot, p.actions);
    expect(out.ok).toBe(false);
    expect(out.why).toMatch(/form changed/);
    expect((document.getElementById('dob') as HTMLInputElement).value).toBe('');
  });
});
