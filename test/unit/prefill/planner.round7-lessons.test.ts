/**
 * General rules learnt from blind round 7 (Zoho sub-labels, Drupal webform composites, SmartSurvey contact
 * rows), on small forms written here: a label after a box in its own wrapper is that box's; a shown date
 * pattern is the one written; a Title under the child's name is not a carer's; "Address" over "Address 2" is
 * line 1; a meeting about attendance is no day attended; a "-Select-" prompt is no answer.
 */
import { describe, expect, it } from 'vitest';
import { planOf, refusalFor, VALUES, written } from './helpers';

describe('sub-labels after their boxes', () => {
  const carer = `<form><h2>Parent or carer</h2>
    <div class="q"><label class="title">Full name</label>
      <div class="parts"><span><select name="s"><option value="">Choose</option><option>Mr</option><option>Mrs</option></select><label>Prefix</label></span>
      <span><input type="text" name="a"><label>First</label></span>
      <span><input type="text" name="b"><label>Last</label></span></div></div>
    <div class="q"><label class="title">Mobile</label><div><span><input type="text" name="c"><label>Number</label></span></div></div>
  </form>`;

  it('each box takes the label inside its own wrapper, not the one before it', () => {
    const w = written(planOf(carer));
    expect(w['carer[0].title']).toBe('Mrs');
    expect(w['carer[0].forename']).toBe(VALUES['carer[0].forename']);
    expect(w['carer[0].surname']).toBe(VALUES['carer[0].surname']);
    expect(planOf(carer).actions.find((a) => a.field.name === 'a')?.key).toBe('carer[0].forename');
  });

  it('a lone box keeps its question; its sub-label is only a hint', () => {
    const p = planOf(carer);
    expect(p.actions.find((a) => a.field.name === 'c')?.key ?? refusalFor(p, /Mobile/)).not.toMatch(/surname|forename/);
  });

  it('when only some boxes have a sub-label, the rest take none of them', () => {
    const p = planOf(`<form><h2>Parent or carer</h2><div><label class="t">Name</label><div>
      <span><input type="text" name="a"><label>First</label></span><input type="text" name="b"></div></div></form>`);
    expect(p.actions.find((a) => a.field.name === 'b')?.key).not.toBe('carer[0].forename');
  });
});

describe('the date pattern a field shows', () => {
  const at = (hint: string) => planOf(`<form><h2>Pupil</h2><div><label class="t">Date of birth</label><div><span><input type="text" name="d"><label>${hint}</label></span></div></div></form>`);

  it.each([
    ['dd-MMM-yyyy', '02-Mar-2015'],
    ['d MMMM yyyy', '2 March 2015'],
    ['MM/DD/YYYY', '03/02/2015'],
    ['dd.mm.yy', '02.03.15'],
    ['DD/MM/YYYY', '02/03/2015'],
  ])('%s → %s', (hint, want) => {
    expect(written(at(hint))['pupil.dob']).toBe(want);
  });

  it('a placeholder pattern counts as well', () => {
    const p = planOf(`<form><label for="d">Date of birth</label><input id="d" name="d" placeholder="dd-Mon-yyyy"></form>`);
    expect(written(p)['pupil.dob']).toBe('02-Mar-2015');
  });

  it('a pattern asking for more than a date (a time) is refused', () => {
    const p = planOf(`<form><label for="d">Date of birth</label><input id="d" name="d" placeholder="DD/MM/YYYY hh:mm"></form>`);
    expect(p.actions).toEqual([]);
    expect(refusalFor(p, /Date of birth/)).toMatch(/date format/);
  });
});

describe('whose title', () => {
  it('a Title in the child’s name block is the pupil’s: not held, so refused', () => {
    const p = planOf(`<form><fieldset><legend>Child's name</legend>
      <label for="t">Title</label><select id="t" name="t"><option value="">- Select -</option><option>Mr</option><option>Mrs</option><option>Miss</option></select>
      <label for="f">First</label><input id="f" name="f"></fieldset></form>`);
    expect(written(p)['carer[0].title']).toBeUndefined();
    expect(refusalFor(p, /Title/)).toMatch(/pupil/);
    expect(written(p)['pupil.legal_forename']).toBe('Amelia');
  });

  it('a Title in a parent’s block is still the parent’s', () => {
    const p = planOf(`<form><fieldset><legend>Parent or carer 1</legend>
      <label for="t">Title</label><select id="t" name="t"><option value="">- Select -</option><option>Mr</option><option>Mrs</option></select></fieldset></form>`);
    expect(written(p)['carer[0].title']).toBe('Mrs');
  });
});

describe('an address over several boxes', () => {
  const values = { ...VALUES, 'pupil.address.full': '1 Example Street, Maidstone, ME1 1AA' };

  it('“Address” followed by “Address 2” takes the first line, not the whole address', () => {
    const p = planOf(`<form><h2>Pupil</h2><label for="a">Address</label><input id="a" name="a"><label for="b">Address 2</label><input id="b" name="b"><label for="c">Postcode</label><input id="c" name="c"></form>`, values);
    expect(written(p)['pupil.address.line1']).toBe('1 Example Street');
    expect(written(p)['pupil.address.full']).toBeUndefined();
  });

  it('a carer’s line 1 is not held: refused, not given the whole address', () => {
    const p = planOf(`<form><h2>Parent or carer 2</h2><label for="a">Address</label><input id="a" name="a"><label for="b">Address 2</label><input id="b" name="b"></form>`, values);
    expect(Object.keys(written(p)).filter((k) => k.includes('address'))).toEqual([]);
  });

  it('“Address” alone still takes the whole address', () => {
    const p = planOf(`<form><h2>Pupil</h2><label for="a">Address</label><input id="a" name="a"><label for="c">Postcode</label><input id="c" name="c"></form>`, values);
    expect(written(p)['pupil.address.full']).toBe('1 Example Street, Maidstone, ME1 1AA');
  });
});

describe('a meeting about attendance', () => {
  it('“Date of the last attendance meeting” is the meeting, not the last day attended', () => {
    const p = planOf(`<form><label for="m">Date of the last attendance meeting with parents</label><input id="m" name="m" placeholder="DD/MM/YYYY"></form>`);
    expect(written(p)['att.last_attended_date']).toBeUndefined();
    expect(written(p)['support.formal_meeting_date']).toBe('15/10/2026');
  });

  it('“Date last attended” is still the last day attended', () => {
    const p = planOf(`<form><label for="m">Date last attended</label><input id="m" name="m" placeholder="DD/MM/YYYY"></form>`);
    expect(written(p)['att.last_attended_date']).toBe('13/11/2026');
  });
});

describe('a prompt option chosen by default', () => {
  it('“-Select-” with a value of its own is empty, so the list is filled', () => {
    const p = planOf(`<form><label for="y">Year group</label><select id="y" name="y"><option selected value="-Select-">-Select-</option><option value="5">5</option><option value="6">6</option></select></form>`);
    expect(written(p)['pupil.nc_year']).toBe('6');
  });

  it('a real answer chosen by default is kept', () => {
    const p = planOf(`<form><label for="y">Year group</label><select id="y" name="y"><option value="">-Select-</option><option value="5" selected>5</option><option value="6">6</option></select></form>`);
    expect(written(p)['pupil.nc_year']).toBeUndefined();
    expect(refusalFor(p, /Year group/)).toMatch(/already filled/);
  });
});

describe('text the page does not show', () => {
  it('a hidden error message or note is no label for the next box', () => {
    const p = planOf(`<form><label for="a">Surname</label><input id="a" name="a">
      <p style="display: none">Invalid value</p><span hidden>Date of birth</span><input name="b"></form>`);
    expect(p.actions.find((a) => a.field.name === 'b')).toBeUndefined();
    expect(written(p)['pupil.legal_surname']).toBe('Example');
  });
});

describe('two name questions with the same sub-labels', () => {
  it('“Your name” and “Pupil name”, each over First / Last, are two questions, not two rows of one', () => {
    const q = (title: string, n: string) => `<li><label class="t">${title}</label><div><span><input type="text" name="${n}1"><label>First</label></span><span><input type="text" name="${n}2"><label>Last</label></span></div></li>`;
    const p = planOf(`<form><ul>${q('Your name', 'r')}${q('Pupil name', 'p')}</ul></form>`, { ...VALUES, 'referrer.name': 'Ann Teacher' });
    expect(p.actions.find((a) => a.field.name === 'p1')?.key).toBe('pupil.legal_forename');
    expect(p.actions.find((a) => a.field.name === 'p2')?.key).toBe('pupil.legal_surname');
    expect(p.refusals.map((r) => r.why).join(' ')).not.toMatch(/no pupil chosen for row/);
  });
});

describe('labels added from round 7', () => {
  it('“Middle” in a name block is the middle names', () => {
    const p = planOf(`<form><fieldset><legend>Child's name</legend><label for="m">Middle</label><input id="m" name="m"></fieldset></form>`, { ...VALUES, 'pupil.middle_names': 'Rose' });
    expect(written(p)['pupil.middle_names']).toBe('Rose');
  });

  it('“Date the threshold for a penalty notice was met” is the threshold date', () => {
    const p = planOf(`<form><label for="t">Date the threshold for a penalty notice was met</label><input id="t" name="t" type="date"></form>`, { ...VALUES, 'pn.threshold_met_date': '2026-11-20' });
    expect(written(p)['pn.threshold_met_date']).toBe('2026-11-20');
  });
});
