// @vitest-environment happy-dom
/**
 * Custom (ARIA) controls as component libraries draw them: a role=switch button, role=checkbox and
 * role=radio spans in a radiogroup, an ARIA 1.2 select-only combobox (a button with aria-controls →
 * role=listbox of role=option) and contenteditable text boxes. Collected like their native
 * counterparts, planned like them, filled by clicks and typing through a miniature framework that
 * keeps its state in script (so a bare attribute write would not hold), and undone.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { collectForm } from '../../../lib/prefill/collect';
import { FILLED_ATTR, fillForm } from '../../../lib/prefill/fill';
import { plan } from '../../../lib/prefill/plan';
import type { FormSnapshot } from '../../../lib/prefill/snapshot';

const FORM = `<form aria-label="Early help request">
  <h2>Child</h2>
  <span id=fnl>Child's legal first name</span>
  <div id=fn role=textbox contenteditable=true aria-labelledby=fnl></div>
  <label for=sn>Legal surname</label><div id=sn role=textbox contenteditable=true></div>
  <span id=yl>Year group</span>
  <button type=button id=year role=combobox aria-labelledby=yl aria-controls=year-list aria-expanded=false aria-haspopup=listbox>Choose a year</button>
  <ul id=year-list role=listbox hidden>
    <li role=option id=y5 aria-selected=false>Year 5</li>
    <li role=option id=y6 aria-selected=false>Year 6</li>
    <li role=option id=y7 aria-selected=false>Year 7</li>
  </ul>
  <span id=sexl>Sex</span>
  <div role=radiogroup aria-labelledby=sexl>
    <span role=radio id=m aria-checked=false tabindex=0>Male</span>
    <span role=radio id=f aria-checked=false tabindex=-1>Female</span>
  </div>
  <span id=lacl>Looked after child</span>
  <button type=button role=switch id=lac aria-checked=true aria-labelledby=lacl><span>On</span></button>
  <div role=checkbox id=ehcp aria-checked=true tabindex=0>Has an EHC plan</div>
  <span id=rl>Reasons for concern</span>
  <div id=why role=textbox aria-multiline=true contenteditable=true aria-labelledby=rl></div>
  <div role=checkbox id=decl aria-checked=false tabindex=0>I confirm the information given is true and accurate</div>
  <button type=submit>Send</button>
</form>`;

/** The framework in miniature: state in script; the DOM is re-rendered from it after each event. */
function mount() {
  document.body.innerHTML = FORM;
  const state = { year: '', sex: '', lac: true, ehcp: true, decl: false, fn: '', sn: '', why: '' };
  const $ = (id: string) => document.getElementById(id)!;
  const render = () => {
    $('year').textContent = state.year || 'Choose a year';
    for (const o of Array.from(document.querySelectorAll('[role=option]'))) o.setAttribute('aria-selected', String(o.textContent === state.year));
    $('m').setAttribute('aria-checked', String(state.sex === 'M'));
    $('f').setAttribute('aria-checked', String(state.sex === 'F'));
    $('lac').setAttribute('aria-checked', String(state.lac));
    $('lac').firstElementChild!.textContent = state.lac ? 'On' : 'Off';
    $('ehcp').setAttribute('aria-checked', String(state.ehcp));
    $('decl').setAttribute('aria-checked', String(state.decl));
  };
  // Opens on click; an option click chooses and closes.
  $('year').addEventListener('click', () => {
    const open = $('year').getAttribute('aria-expanded') !== 'true';
    $('year').setAttribute('aria-expanded', String(open));
    $('year-list').hidden = !open;
  });
  $('year-list').addEventListener('click', (e) => {
    const o = (e.target as Element).closest('[role=option]');
    if (!o || $('year-list').hidden) return;
    state.year = o.textContent!;
    $('year').setAttribute('aria-expanded', 'false');
    $('year-list').hidden = true;
    render();
  });
  $('m').addEventListener('click', () => { state.sex = 'M'; render(); });
  $('f').addEventListener('click', () => { state.sex = 'F'; render(); });
  $('lac').addEventListener('click', () => { state.lac = !state.lac; render(); });
  // This tick box listens to the keyboard only (Space), as some do: a click alone does nothing.
  $('ehcp').addEventListener('keydown', (e) => { if ((e as KeyboardEvent).key === ' ') { state.ehcp = !state.ehcp; render(); } });
  $('decl').addEventListener('click', () => { state.decl = !state.decl; render(); });
  for (const id of ['fn', 'sn', 'why'] as const) $(id).addEventListener('input', () => { state[id] = $(id).textContent ?? ''; });
  render();
  return { state, $ };
}

const byLabel = (s: FormSnapshot, label: string) => s.fields.find((f) => f.labels[0]?.text === label)!;

describe('collecting custom (ARIA) controls', () => {
  it('reads each as its native counterpart, with its name, options and state (linkedom, no layout)', () => {
    const { document: doc } = parseHTML(`<!doctype html><html><head><title>Early help</title></head><body>${FORM}</body></html>`);
    const s = collectForm(doc as unknown as Document)!;
    expect(s.fields.map((f) => [f.labels[0]?.text, f.tag, f.type, f.widget])).toEqual([
      ["Child's legal first name", 'input', 'text', 'textbox'],
      ['Legal surname', 'input', 'text', 'textbox'],
      ['Year group', 'select', 'select', 'combobox'],
      ['Male', 'input', 'radio', 'radio'],
      ['Female', 'input', 'radio', 'radio'],
      ['Looked after child', 'input', 'checkbox', 'switch'],
      ['Has an EHC plan', 'input', 'checkbox', 'checkbox'],
      ['Reasons for concern', 'textarea', 'textarea', 'textbox'],
      ['I confirm the information given is true and accurate', 'input', 'checkbox', 'checkbox'],
    ]);
    const year = byLabel(s, 'Year group');
    expect(year.options.map((o) => o.text)).toEqual(['Year 5', 'Year 6', 'Year 7']);
    // The prompt it shows ("Choose a year") is no value; the list's options are no text before a field.
    expect(year.value).toBe('');
    expect(byLabel(s, 'Male').legends).toEqual(['Sex']);
    expect(byLabel(s, 'Male').labels.some((l) => /Year 7/.test(l.text))).toBe(false);
    expect(byLabel(s, 'Looked after child').checked).toBe(true);
    expect(byLabel(s, 'Has an EHC plan').checked).toBe(true);
  });

  it('reads a chosen option, a ticked radio and typed text as the current values', () => {
    const html = FORM.replace('>Choose a year<', '>Year 6<').replace('id=f aria-checked=false', 'id=f aria-checked=true').replace('aria-labelledby=fnl></div>', 'aria-labelledby=fnl>Amy</div>');
    const { document: doc } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const s = collectForm(doc as unknown as Document)!;
    expect(byLabel(s, 'Year group').value).toBe('Year 6');
    expect(byLabel(s, 'Female').checked).toBe(true);
    expect(byLabel(s, "Child's legal first name").value).toBe('Amy');
  });

  it('takes aria-disabled and a hidden custom control as not fillable', () => {
    const html = FORM.replace('role=switch id=lac', 'role=switch id=lac aria-disabled=true').replace('<div role=checkbox id=ehcp', '<div hidden role=checkbox id=ehcp');
    const { document: doc } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const s = collectForm(doc as unknown as Document)!;
    expect(byLabel(s, 'Looked after child').disabled).toBe(true);
    expect(byLabel(s, 'Has an EHC plan').hidden).toBe(true);
  });

  it('picks a form made only of custom controls', () => {
    const { document: doc } = parseHTML('<!doctype html><html><body><div><span id=l>Surname</span><div role=textbox contenteditable aria-labelledby=l></div></div></body></html>');
    expect(collectForm(doc as unknown as Document)?.fields).toHaveLength(1);
  });
});

describe('a list whose options are drawn only while it is open', () => {
  it('is left to the person, with the reason', () => {
    const { document: doc } = parseHTML(`<!doctype html><html><body><form><span id=l>Year group</span>
      <div role=combobox tabindex=0 aria-labelledby=l aria-controls=menu aria-expanded=false>Choose</div></form></body></html>`);
    const p = plan({ snapshot: collectForm(doc as unknown as Document)!, values: { 'pupil.nc_year': '6' } });
    expect(p.actions).toEqual([]);
    expect(p.refusals[0]!.why).toMatch(/options only when opened/);
  });
});

describe('planning and filling custom controls', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  const values = { 'pupil.legal_forename': 'Amelia', 'pupil.legal_surname': 'Example', 'pupil.nc_year': '6', 'pupil.sex': 'F', 'pupil.lac': false, 'pupil.ehcp': false };

  it('plans them like native ones, and never the declaration tick box', () => {
    mount();
    const s = collectForm(document)!;
    const p = plan({ snapshot: s, values, overwrite: true });
    const w = Object.fromEntries(p.actions.map((a) => [a.key, a.value]));
    expect(w).toEqual({ 'pupil.legal_forename': 'Amelia', 'pupil.legal_surname': 'Example', 'pupil.nc_year': 'Year 6', 'pupil.sex': 'Female', 'pupil.lac': false, 'pupil.ehcp': false });
    expect(p.refusals.find((r) => /I confirm/.test(r.field.label))?.why).toMatch(/declaration/);
    expect(p.refusals.find((r) => /Reasons for concern/.test(r.field.label))?.why).toMatch(/yours to answer|no key/);
  });

  it('fills by clicks and typing so the page’s own state holds the values, and marks what it filled', () => {
    const { state, $ } = mount();
    const s = collectForm(document)!;
    const p = plan({ snapshot: s, values, overwrite: true });
    expect(state).toMatchObject({ year: '', sex: '', lac: true, ehcp: true, fn: '' });
    const out = fillForm(document, s, p.actions);
    expect(out.ok).toBe(true);
    expect(state).toMatchObject({ year: 'Year 6', sex: 'F', lac: false, ehcp: false, fn: 'Amelia', sn: 'Example', decl: false });
    expect($('year').textContent).toBe('Year 6');
    expect($('year-list').hidden).toBe(true);
    expect($('f').getAttribute('aria-checked')).toBe('true');
    expect($('lac').getAttribute(FILLED_ATTR)).toBe('pupil.lac');
    expect(out.filled.map((f) => f.key).sort()).toEqual(['pupil.ehcp', 'pupil.lac', 'pupil.legal_forename', 'pupil.legal_surname', 'pupil.nc_year', 'pupil.sex']);
  });

  it('undo puts every custom control back through the page’s own handlers', () => {
    const { state } = mount();
    const s = collectForm(document)!;
    const out = fillForm(document, s, plan({ snapshot: s, values, overwrite: true }).actions);
    out.undo();
    expect(state).toMatchObject({ lac: true, ehcp: true, fn: '', sn: '' });
    // A custom radio cannot be unticked by a person, nor a list without an empty choice emptied, and
    // neither had a value before: they stay as filled.
    expect(state).toMatchObject({ sex: 'F', year: 'Year 6' });
    expect(document.querySelectorAll(`[${FILLED_ATTR}]`)).toHaveLength(0);
  });

  it('chooses an option with one click on it, as a person does', () => {
    const { $ } = mount();
    let clicks = 0;
    $('year-list').addEventListener('click', () => clicks++);
    const s = collectForm(document)!;
    fillForm(document, s, plan({ snapshot: s, values, overwrite: true }).actions);
    expect(clicks).toBe(1);
  });

  it('undo of a list puts back the option chosen before', () => {
    const { state, $ } = mount();
    $('year').click();
    document.getElementById('y5')!.click();
    expect(state.year).toBe('Year 5');
    const s = collectForm(document)!;
    const out = fillForm(document, s, plan({ snapshot: s, values, overwrite: true }).actions);
    expect(state.year).toBe('Year 6');
    out.undo();
    expect(state.year).toBe('Year 5');
  });

  it('does not count a control that ignored the change as filled', () => {
    const { state, $ } = mount();
    // A switch whose page handler is gone: the click changes nothing.
    const dead = $('lac').cloneNode(true) as HTMLElement;
    $('lac').replaceWith(dead);
    const s = collectForm(document)!;
    const out = fillForm(document, s, plan({ snapshot: s, values, overwrite: true }).actions);
    expect(out.filled.map((f) => f.key)).not.toContain('pupil.lac');
    expect(dead.getAttribute('aria-checked')).toBe('true');
    expect(dead.hasAttribute(FILLED_ATTR)).toBe(false);
    expect(state.sex).toBe('F');
  });
});
