/**
 * General rules learnt from blind round 8 (Verint dform HTML widgets, legacy ASP.NET tables with <font><b>
 * labels, Cognito's read-only drop-downs, Formstack, Ninja Forms), each on a small awkward form written here:
 * bold lines between fields title a block; a section title inside the text before a field is not its label;
 * a bracketed list of examples does not name the question; day / month / year lists are found by their
 * options; a read-only box that opens a list is a list to choose from; nameless tick boxes far apart are
 * separate questions; key words for the last-100 count, a chronology of actions, the last day in school and a
 * locality. And, seen again in round 6 (Salesforce): a toggle's state texts inside its label are no part of
 * its name; a list that names itself in aria-labelledby adds its prompt, not its label; and in round 7
 * (Typeform): a fieldset named by aria-labelledby instead of a legend; questions asked in conversation.
 */
import { describe, expect, it } from 'vitest';
import { planOf, refusalFor, snapshotOf, VALUES, written } from './helpers';

const keyOf = (p: ReturnType<typeof planOf>, name: string) => p.actions.find((a) => a.field.name === name)?.key;

describe('bold lines between fields title a block of fields', () => {
  // Two adults in one section, told apart only by a bold paragraph (with a note under one of them).
  const household = `<form>
    <h2>Household</h2>
    <div class="w"><p><b>Parent or carer A</b></p></div>
    <div class="w"><label for="a1">Forename</label><input id="a1" name="a1"></div>
    <div class="w"><label for="a2">Surname</label><input id="a2" name="a2"></div>
    <div class="w"><label for="a3">Mobile</label><input id="a3" name="a3" type="tel"></div>
    <div class="w"><p><strong>Parent or carer B</strong></p><p>Only if they hold parental responsibility.</p></div>
    <input type="hidden" name="state" value="x">
    <div class="w"><label for="b1">Forename</label><input id="b1" name="b1"></div>
    <div class="w"><label for="b2">Surname</label><input id="b2" name="b2"></div>
    <div class="w"><label for="b3">Mobile</label><input id="b3" name="b3" type="tel"></div>
    <h2>About you</h2>
    <div class="w"><label for="r1">Mobile</label><input id="r1" name="r1" type="tel"></div>
  </form>`;

  it('each bold line is the owner of the fields after it, until the next one', () => {
    const p = planOf(household);
    expect(keyOf(p, 'a1')).toBe('carer[0].forename');
    expect(keyOf(p, 'a2')).toBe('carer[0].surname');
    expect(keyOf(p, 'a3')).toBe('carer[0].phone');
    expect(keyOf(p, 'b1')).toBe('carer[1].forename');
    expect(keyOf(p, 'b3')).toBe('carer[1].phone');
    expect(written(p)['carer[1].forename']).toBe(VALUES['carer[1].forename']);
  });

  it('a heading ends the bold line’s block', () => {
    const s = snapshotOf(household);
    expect(s.fields.find((f) => f.name === 'r1')!.legends).toEqual([]);
    expect(s.fields.find((f) => f.name === 'b1')!.legends).toEqual(['Parent or carer B']);
    expect(keyOf(planOf(household), 'r1')).toBe('referrer.phone');
  });

  it('a question’s own fieldset inside the block keeps its legend innermost', () => {
    const form = `<form><h2>Family</h2>
      <div><p><b>Parent or carer 2</b></p><p>If there is one.</p></div>
      <div><label for="f">First name</label><input id="f" name="f"></div>
      <fieldset><legend>Lives with the pupil</legend><label><input type="radio" name="l" value="y"> Yes</label><label><input type="radio" name="l" value="n"> No</label></fieldset></form>`;
    expect(snapshotOf(form).fields.find((f) => f.name === 'l')!.legends).toEqual(['Parent or carer 2', 'Lives with the pupil']);
    const p = planOf(form);
    expect(p.actions.find((a) => a.field.name === 'l')).toMatchObject({ key: 'carer[1].lives_with_pupil', value: 'No' });
  });

  it('a bold line straight before a box is that box’s label, not a title over the fields after it', () => {
    const s = snapshotOf(`<form><h2>About you</h2>
      <div><p><strong>Email</strong></p><input name="e" type="email"></div>
      <div><label for="n">Name</label><input id="n" name="n"></div></form>`);
    expect(s.fields.map((f) => f.legends)).toEqual([[], []]);
  });

  it('a bold question or a bold label with a colon is no title', () => {
    const s = snapshotOf(`<form><h2>Family</h2>
      <p><b>Is there a second parent?</b></p><p>Tell us below.</p><label for="x">Forename</label><input id="x" name="x">
      <p><b>Carer 2:</b></p><p>Optional.</p><label for="y">Forename</label><input id="y" name="y"></form>`);
    expect(s.fields.map((f) => f.legends)).toEqual([[], []]);
  });

  it('a bold line with ordinary text in it is a paragraph, not a title', () => {
    const s = snapshotOf(`<form><h2>Family</h2><p><b>Note:</b> both parents must be told.</p><label for="x">Forename</label><input id="x" name="x"></form>`);
    expect(s.fields[0]!.legends).toEqual([]);
  });
});

describe('a section title in the text before a field', () => {
  // A table layout without <label>s: the intro paragraph, a section row and the question all run into the text before the first box.
  const table = `<form><table>
    <tr><td colspan="2"><font size="4"><b>Missing pupil referral</b></font><br><font>Send this once phone calls, letters and home visits have failed to find the pupil.</font></td></tr>
    <tr><td colspan="2" bgcolor="#333"><font color="#fff"><b>PART 1 - YOUNG PERSON</b></font></td></tr>
    <tr><td colspan="2"><font><b>Family name:</b></font><br><input name="p1"><br><font><b>Given name:</b></font><br><input name="p2"></td></tr>
    <tr><td colspan="2" bgcolor="#333"><font color="#fff"><b>PART 3 - PERSON REFERRING</b></font></td></tr>
    <tr><td colspan="2"><font><b>Name of school:</b></font><br><input name="s1"><br><font><b>Your name:</b></font><br><input name="s2"><br><font><b>Tel No:</b></font><br><input name="s3"></td></tr>
  </table></form>`;

  it('the question after the title is the label; the paragraph above it is not read as the question', () => {
    const p = planOf(table, VALUES, { title: 'Missing pupil referral' });
    expect(keyOf(p, 'p1')).toBe('pupil.legal_surname');
    expect(keyOf(p, 'p2')).toBe('pupil.legal_forename');
    expect(keyOf(p, 's1')).toBe('school.name');
    expect(keyOf(p, 's2')).toBe('referrer.name');
    expect(p.actions.find((a) => a.field.name === 's1')?.evidence).toMatch(/^“Name of school:”/);
  });

  it('a title that is the only text before a box is still read (the question itself)', () => {
    const p = planOf(`<form><fieldset><legend>Date of birth</legend><input name="d" type="date"></fieldset></form>`);
    expect(keyOf(p, 'd')).toBe('pupil.dob');
  });
});

describe('a bracketed list of examples', () => {
  it('says what the answer may cover, not what is asked', () => {
    const p = planOf(`<form><h2>Child missing education</h2><label for="c">Checks made by the school (phone calls, home visits, other schools)</label><textarea id="c" name="c"></textarea></form>`);
    expect(keyOf(p, 'c')).toBe('cme.enquiries_made');
    expect(written(p)['cme.enquiries_made']).toBe(VALUES['cme.enquiries_made']);
  });

  it('what the whole label rules out still holds for the question before the brackets', () => {
    const p = planOf(`<form><h2>Attendance</h2><label for="u">Unauthorised absence (in days, e.g. 2.5)</label><input id="u" name="u"></form>`);
    expect(keyOf(p, 'u')).not.toBe('att.sessions_unauthorised');
  });
});

describe('day, month and year lists found by their options', () => {
  const days = ['<option value="0">--</option>', ...Array.from({ length: 31 }, (_x, i) => `<option value="${i + 1}">${i + 1}</option>`)].join('');
  const months = ['<option value="">Month</option>', ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map((m, i) => `<option value="${i + 1}">${m}</option>`)].join('');
  const years = ['<option value="">----</option>', ...Array.from({ length: 12 }, (_x, i) => `<option>${2020 - i}</option>`)].join('');

  it('three lists with no names saying so, in a table cell under the question, are one date', () => {
    const p = planOf(`<form><table><tr><td>Child's date of birth<br><select name="x1">${days}</select><select name="x2">${months}</select><select name="x3">${years}</select></td></tr></table></form>`);
    const w = written(p);
    expect(w['pupil.dob#day']).toBe('2');
    expect(w['pupil.dob#month']).toBe('March');
    expect(w['pupil.dob#year']).toBe('2015');
  });

  it('a lone list of 1 to 31 is no date part', () => {
    const s = snapshotOf(`<form><label for="n">Number of school days</label><select id="n" name="n">${days}</select></form>`);
    expect(s.fields[0]!.datePart).toBeNull();
  });

  it('years that skip are no run of years', () => {
    const s = snapshotOf(`<form><div><select name="a">${days}</select><select name="b"><option>2010</option><option>2015</option><option>2020</option></select></div></form>`);
    expect(s.fields.map((f) => f.datePart)).toEqual([null, null]);
  });
});

describe('a read-only box that opens a list of options (filled: aria-readonly-combobox.fill.test.ts)', () => {
  const combo = (attrs: string) => `<form><h2>About the child</h2>
    <div id="yl">Year group</div>
    <div class="sel"><input id="yr" role="combobox" aria-labelledby="yl" aria-controls="yr-list" aria-expanded="false" aria-haspopup="listbox" ${attrs} placeholder="Choose">
    <ul id="yr-list" role="listbox" hidden><li role="option" aria-selected="false">Year 5</li><li role="option" aria-selected="false">Year 6</li><li role="option" aria-selected="false">Year 7</li></ul></div>
    <label for="ref">Case reference</label><input id="ref" name="ref" readonly></form>`;

  it('is a list to choose from, not a read-only field; a plain read-only box stays read-only', () => {
    const s = snapshotOf(combo('readonly'));
    expect(s.fields[0]).toMatchObject({ tag: 'select', widget: 'combobox', readonly: false });
    expect(s.fields[1]!.readonly).toBe(true);
    const p = planOf(combo('readonly'));
    expect(written(p)['pupil.nc_year']).toBe('Year 6');
    expect(refusalFor(p, /Case reference/)).toBe('read-only');
  });

  it('with its options drawn only when open, it is left to the person, saying why', () => {
    const p = planOf(`<form><h2>About the child</h2><div id="yl">Year group</div><input id="yr" role="combobox" aria-labelledby="yl" aria-haspopup="listbox" aria-expanded="false" readonly></form>`);
    expect(p.actions).toEqual([]);
    expect(refusalFor(p, /Year group/)).toMatch(/only when opened/);
  });

  it('a read-only box with role=combobox but no list to open stays read-only', () => {
    expect(refusalFor(planOf(`<form><div id="yl">Year group</div><input id="yr" role="combobox" aria-labelledby="yl" readonly value=""></form>`), /Year group/)).toBe('read-only');
  });

  it('marked aria-readonly, or disabled, it is not filled', () => {
    expect(refusalFor(planOf(combo('readonly aria-readonly="true"')), /Year group/)).toBe('read-only');
    expect(refusalFor(planOf(combo('readonly disabled')), /Year group/)).toBe('disabled');
  });

});

describe('tick boxes with no name and no group', () => {
  const form = `<form>
    <h3>First parent</h3><label for="f1">Forename</label><input id="f1" name="f1">
    <label><input type="checkbox" id="pr1"> Has parental responsibility</label>
    <h3>Second parent</h3><label for="f2">Forename</label><input id="f2" name="f2">
    <label><input type="checkbox" id="pr2"> Has parental responsibility</label>
    <h3>Sending</h3><label><input type="checkbox" id="decl"> I confirm the parents have been told</label>
  </form>`;

  it('far apart, each is its own question: a fact about a carer is filled, the declaration is not', () => {
    const p = planOf(form);
    const pr = p.actions.filter((a) => /parental_responsibility/.test(a.key)).map((a) => [a.key, a.value]);
    expect(pr).toEqual([['carer[0].parental_responsibility', true], ['carer[1].parental_responsibility', true]]);
    expect(refusalFor(p, /I confirm/)).toMatch(/declaration/);
  });

  it('side by side ("Yes [ ] No [ ]") they are still one question', () => {
    const p = planOf(`<form><h2>About the pupil</h2><p>Free school meals</p><label><input type="checkbox"> Yes</label><label><input type="checkbox"> No</label></form>`, { ...VALUES, 'pupil.fsm': true });
    expect(p.actions.map((a) => [a.key, a.value, a.field.label])).toEqual([['pupil.fsm', true, 'Free school meals']]);
  });
});

describe('key words', () => {
  const one = (label: string, tagName = 'input', values = VALUES, title = 'Attendance referral') => planOf(`<form><h2>Attendance</h2><label for="x">${label}</label><${tagName} id="x" name="x"></${tagName}></form>`, values, { title });

  it('a count over the most recent 100 sessions is the last-100 figure, not the period’s totals', () => {
    for (const label of ['Unauthorised sessions in the most recent 100 possible sessions', 'Unauthorised absences in the previous 100 sessions', 'Possible sessions: past 100 (unauthorised)']) {
      expect(keyOf(one(label), 'x'), label).toBe('att.unauth_last_100');
    }
  });

  it('a chronology of the school’s actions is the support summary; a chronology of an incident is not', () => {
    expect(keyOf(one('Chronology of school actions', 'textarea'), 'x')).toBe('support.summary');
    expect(keyOf(one('Chronology of actions taken', 'textarea'), 'x')).toBe('support.summary');
    expect(keyOf(one('Chronology of the incident', 'textarea'), 'x')).toBeUndefined();
  });

  it('the last day in school is the last day attended', () => {
    const p = one('Last day in school');
    expect(keyOf(p, 'x')).toBe('att.last_attended_date');
  });

  it('a locality is the line under the street beside a town box, and is left when there is no town box', () => {
    const values = { ...VALUES, 'pupil.address.line2': 'Lower Example' };
    const withTown = planOf(`<form><h2>Pupil's address</h2><label for="a">Street</label><input id="a" name="a"><label for="b">Locality</label><input id="b" name="b"><label for="c">Town</label><input id="c" name="c"></form>`, values);
    expect(written(withTown)['pupil.address.line2']).toBe('Lower Example');
    const noTown = planOf(`<form><h2>Pupil's address</h2><label for="a">Street</label><input id="a" name="a"><label for="b">Locality</label><input id="b" name="b"><label for="c">Postcode</label><input id="c" name="c"></form>`, values);
    expect(keyOf(noTown, 'b')).toBeUndefined();
    expect(refusalFor(noTown, /Locality/)).toMatch(/town/);
  });
});

describe('names read as a screen reader reads them', () => {
  it('a toggle’s "Yes" / "No" state texts inside its label (its aria-describedby) are not its name', () => {
    const toggle = (id: string, label: string) => `<label class="toggle"><span class="lbl">${label}</span><input type="checkbox" name="${id}" id="${id}" aria-describedby="${id}-d"><span id="${id}-d" class="faux"><span class="on">Yes</span><span class="off">No</span></span></label>`;
    const form = `<form><h2>About the child</h2>${toggle('t1', 'Child looked after')}${toggle('t2', 'Eligible for free school meals')}</form>`;
    expect(snapshotOf(form).fields.map((f) => f.labels[0]!.text)).toEqual(['Child looked after', 'Eligible for free school meals']);
    const w = written(planOf(form, { ...VALUES, 'pupil.lac': false, 'pupil.fsm': true }));
    expect(w).toMatchObject({ 'pupil.lac': false, 'pupil.fsm': true });
  });

  it('a list whose aria-labelledby names its own button takes the label, not the "Select an Option" it shows', () => {
    const form = `<form><h2>Parent or carer</h2><label id="tl">Title</label>
      <button type="button" id="tb" role="combobox" aria-labelledby="tl tb" aria-haspopup="listbox" aria-controls="tlist">Select an Option</button>
      <div id="tlist" role="listbox" aria-label="Title"><div role="option" aria-selected="false">Mr</div><div role="option" aria-selected="false">Mrs</div></div></form>`;
    expect(snapshotOf(form).fields[0]!.labels[0]).toEqual({ source: 'aria-labelledby', text: 'Title' });
    expect(written(planOf(form))['carer[0].title']).toBe(VALUES['carer[0].title']);
  });
});

describe('what the school has done, and what it asks for', () => {
  const one = (label: string) => planOf(`<form><h2>Statutory intervention request</h2><label for="x">${label}</label><textarea id="x" name="x"></textarea></form>`, VALUES, { title: 'Attendance' });

  it('“What has the school done to support attendance?” and “What has the school already tried?” are the support summary', () => {
    expect(keyOf(one('What has the school done to support attendance?'), 'x')).toBe('support.summary');
    expect(keyOf(one('What has the school already tried?'), 'x')).toBe('support.summary');
  });

  it('the intervention asked for, and why it is needed now, are not', () => {
    expect(keyOf(one('Which intervention are you asking for?'), 'x')).toBeUndefined();
    expect(keyOf(one('Why is statutory intervention needed now?'), 'x')).toBeUndefined();
  });

  it('a job role is the referrer’s role', () => {
    const p = planOf(`<form><h2>Your details</h2><label for="r">Job role</label><input id="r" name="r"></form>`);
    expect(written(p)['referrer.role']).toBe(VALUES['referrer.role']);
  });
});

describe('questions asked in conversation (one question a screen)', () => {
  const q = (title: string, answer: string) => `<div class="block"><span id="t${answer.length}" class="title">${title}</span>${answer.replace('LBL', `t${answer.length}`)}</div>`;

  it('a fieldset named by aria-labelledby (no legend) names its day / month / year boxes', () => {
    const form = `<form>${q('When was the pupil born?', `<fieldset aria-labelledby="LBL"><label for="d">Day</label><input id="d" maxlength="2"><label for="m">Month</label><input id="m" maxlength="2"><label for="y">Year</label><input id="y" maxlength="4"></fieldset>`)}</form>`;
    expect(snapshotOf(form).fields[0]!.legends).toEqual(['When was the pupil born?']);
    expect(written(planOf(form))).toMatchObject({ 'pupil.dob#day': '02', 'pupil.dob#month': '03', 'pupil.dob#year': '2015' });
  });

  it('where someone was born is no date of birth', () => {
    const p = planOf(`<form><label for="b">Where was the child born?</label><input id="b" name="b"></form>`);
    expect(keyOf(p, 'b')).toBeUndefined();
  });

  it.each([
    // A percentage is written to one decimal place.
    ["What is the pupil's attendance so far this year (%)?", 'att.percentage', (Math.round(Number(VALUES['att.percentage']) * 10) / 10).toFixed(1)],
    ['How many times have they arrived after the register closed?', 'att.late_after_close', String(VALUES['att.late_after_close'])],
    ['Which school are you from?', 'school.name', VALUES['school.name']],
  ])('“%s” → %s', (label, key, value) => {
    const p = planOf(`<form><h1>Request a consultation about attendance</h1><label for="x">${label}</label><input id="x" name="x"></form>`);
    expect(keyOf(p, 'x')).toBe(key);
    expect(written(p)[key]).toBe(value);
  });
});
