/**
 * General rules learnt from blind round 10, on small awkward forms written here (not the fixtures): what a
 * figure "includes" never makes the field that thing; a figure asked over another period than the one held is
 * refused; the support chronology answers only a question about the school's actions.
 */
import { describe, expect, it } from 'vitest';
import { planOf, refusalFor, VALUES, written } from './helpers';

const figures = (rows: string) => `<form><h2>Attendance figures</h2><table><tbody>${rows}</tbody></table></form>`;
const row = (label: string, name: string) => `<tr><td><label for="${name}">${label}</label></td><td><input type="text" id="${name}" name="${name}"></td></tr>`;

describe('“including X” qualifies the figure, it does not name it', () => {
  it('“Present (incl. off-site approved educational activity)” is the sessions present', () => {
    const p = planOf(figures(row('Present (incl. off-site approved educational activity)', 'p') + row('Possible', 'q')));
    expect(p.actions.find((a) => a.field.name === 'p')?.key).toBe('att.sessions_present');
    expect(written(p)['att.sessions_present']).toBe(String(VALUES['att.sessions_present']));
    expect(p.actions.some((a) => a.key === 'att.sessions_aea')).toBe(false);
  });

  it('a head that names nothing is not filled from what it includes', () => {
    const p = planOf(figures(row('Missed sessions (including authorised absence)', 'm')));
    expect(p.actions.find((a) => a.field.name === 'm')).toBeUndefined();
  });
});

describe('a figure over a period of its own', () => {
  const pct = (label: string, values = VALUES) => planOf(figures(row(label, 'x')), values).actions.find((a) => a.field.name === 'x');

  it.each([
    'Attendance % prior to the managed move',
    'Overall attendance last academic year',
    'Authorised absence sessions after the review meeting',
    'Attendance % up to the start of the reduced timetable',
  ])('refuses “%s” and says why', (label) => {
    const p = planOf(figures(row(label, 'x')));
    expect(p.actions.find((a) => a.field.name === 'x')).toBeUndefined();
    expect(refusalFor(p, new RegExp(label.slice(0, 12)))).toMatch(/another period/);
  });

  it('fills a figure whose period is the one held, or that names none', () => {
    expect(pct('Attendance % since September')?.key).toBe('att.percentage');
    expect(pct('Attendance %')?.key).toBe('att.percentage');
    expect(pct('Attendance % this year')?.key).toBe('att.percentage');
    expect(pct('Attendance % (up to date)')?.key).toBe('att.percentage');
    expect(pct('Attendance % since the start of the academic year')?.key).toBe('att.percentage');
  });

  it('“since March” when the figures start in September is refused', () => {
    expect(pct('Attendance % since March')).toBeUndefined();
  });

  it('lateness before or after the register closed is no period', () => {
    const p = planOf(figures(row('Sessions late before the register closed', 'l') + row('Code U (arrived after registration closed)', 'u')));
    expect(p.refusals.map((r) => r.why).join(' ')).not.toMatch(/another period/);
  });
});

describe('the support chronology answers only a question about the school’s actions', () => {
  const box = (label: string) => planOf(`<form><h2>Referral</h2><p><label for="t">${label}</label><textarea id="t" name="t"></textarea></p></form>`);

  it('“Actions taken by the school so far” takes it', () => {
    expect(box('Actions taken by the school so far').actions[0]?.key).toBe('support.summary');
  });

  it.each([
    'Background to the referral and support already put in place',
    'Describe the concerns and the interventions tried',
    'Circumstances leading to the referral and support given so far',
  ])('“%s” is the person’s to write', (label) => {
    const p = box(label);
    expect(p.actions).toEqual([]);
    expect(p.refusals[0]?.why).toMatch(/more than the school’s actions/);
  });
});

describe('hidden twins of tick boxes and radios', () => {
  // Rails check_box: a hidden "0" before the box, same name; a radio group with an empty hidden input of its name.
  const form = `<form><h2>About the pupil</h2>
    <div><span>Gender</span><input type="hidden" name="r[gender]" value="">
      <label><input type="radio" name="r[gender]" value="F"> Female</label><label><input type="radio" name="r[gender]" value="M"> Male</label></div>
    <div><input type="hidden" name="r[fsm]" value="0"><input type="checkbox" name="r[fsm]" id="fsm" value="1"><label for="fsm">Eligible for free school meals</label></div>
    <div><input type="hidden" name="r[token]" value="abc"></div>
  </form>`;

  it('the visible control is filled and the twin is neither a field nor a “hidden” refusal', () => {
    const p = planOf(form, { ...VALUES, 'pupil.fsm': true });
    const w = written(p);
    expect(w['pupil.fsm']).toBe(true);
    expect(p.actions.find((a) => a.key === 'pupil.sex')?.field.type).toBe('radio');
    expect(p.refusals.filter((r) => /hidden/.test(r.why)).map((r) => r.field.name)).toEqual(['r[token]']);
  });
});

describe('a date over three drop-downs that say nothing of themselves', () => {
  const days = Array.from({ length: 31 }, (_x, i) => `<option>${i + 1}</option>`).join('');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((m) => `<option>${m}</option>`).join('');
  const monthNums = Array.from({ length: 12 }, (_x, i) => `<option value="${i + 1}">${i + 1}</option>`).join('');
  const years = Array.from({ length: 20 }, (_x, i) => `<option>${2020 - i}</option>`).join('');

  it('options 1–31, month names and years beside “Date of birth” (the page pre-chooses “Day”) make a date', () => {
    const p = planOf(`<form><table><tr><td><b>Date of birth</b></td><td>
      <select name="s1"><option selected>Day</option>${days}</select><select name="s2"><option selected>Month</option>${months}</select><select name="s3"><option selected>Year</option>${years}</select>
      </td></tr></table></form>`);
    const w = written(p);
    const [y, m, d] = String(VALUES['pupil.dob']).split('-');
    expect(w['pupil.dob#day']).toBe(String(Number(d)));
    expect(w['pupil.dob#month']).toBe(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]);
    expect(w['pupil.dob#year']).toBe(y);
  });

  it('numbered parts (Rails date_select) labelled only on the first', () => {
    const p = planOf(`<form><h2>The child</h2><div><label for="d3">Date of birth</label><div>
      <select id="d3" name="c[dob(3i)]"><option value=""></option>${days}</select><select name="c[dob(2i)]"><option value=""></option>${monthNums}</select><select name="c[dob(1i)]"><option value=""></option>${years}</select></div></div>
      <div><label for="yg">Year group</label><select id="yg" name="c[yg]"><option value="">Choose</option><option>8</option><option>9</option><option>10</option></select></div></form>`);
    const w = written(p);
    expect(w['pupil.dob#month']).toBe(String(Number(String(VALUES['pupil.dob']).slice(5, 7))));
    expect(w['pupil.dob#year']).toBe(String(VALUES['pupil.dob']).slice(0, 4));
    // The year part is not a second "Year" question beside the year group.
    expect(p.refusals.map((r) => r.why).join(' ')).not.toMatch(/ambiguous/);
  });

  it('one list of 1–31 alone (number of days) is no date part', () => {
    const p = planOf(`<form><p><label for="n">Number of days</label><select id="n" name="n">${days}</select></p></form>`);
    expect(p.actions.some((a) => a.part)).toBe(false);
  });
});

describe('rows of a formset numbered from 0 in their names', () => {
  const rowOf = (i: number) => `<tr><td><input type="text" name="kids-${i}-upn"></td><td><input type="text" name="kids-${i}-birth_date"></td><td><input type="number" name="kids-${i}-sessions_possible"></td></tr>`;
  const form = `<form><h2>Children returned</h2><table><thead><tr><th>UPN</th><th>Date of birth</th><th>Possible sessions</th></tr></thead><tbody>${rowOf(0)}${rowOf(1)}</tbody></table></form>`;

  it('row 1 is the chosen pupil’s, row 2 stays empty: the name’s “1” is the second row, not pupil 1', () => {
    const p = planOf(form);
    const byName = (n: string) => p.actions.find((a) => a.field.name === n)?.key;
    expect(byName('kids-0-birth_date')).toBe('pupil.dob');
    expect(byName('kids-0-sessions_possible')).toBe('att.sessions_possible');
    expect(p.actions.filter((a) => a.field.name.startsWith('kids-1-'))).toEqual([]);
    expect(p.refusals.map((r) => r.why).join(' ')).not.toMatch(/ambiguous/);
  });

  it('with two pupils chosen, row 2 takes the second', () => {
    const p = planOf(form, VALUES, { pupils: [VALUES, { ...VALUES, 'pupil.upn': 'B000000000002', 'att.sessions_possible': 12 }] });
    expect(p.actions.find((a) => a.field.name === 'kids-1-upn')?.value).toBe('B000000000002');
    expect(p.actions.find((a) => a.field.name === 'kids-1-sessions_possible')?.value).toBe('12');
  });
});

describe('carers in one table under bold full-width section rows', () => {
  const sec = (t: string) => `<tr><td colspan="4" bgcolor="#224466"><strong>${t}</strong></td></tr>`;
  const pair = (a: string, an: string, b: string, bn: string, big = false) => `<tr><td>${a}</td><td>${big ? `<textarea name="${an}"></textarea>` : `<input type="text" name="${an}">`}</td><td>${b}</td><td><input type="text" name="${bn}"></td></tr>`;
  const form = `<form><table>
    ${sec('Part B: about the young person')}
    ${pair('Full name', 'p1', 'Residential address', 'p2')}
    ${sec('Part C: main parent or carer (the person the young person lives with)')}
    ${pair('Name (incl. title)', 'c1', 'Relationship to young person', 'c2')}
    ${pair('Phone no.', 'c3', 'Email', 'c4')}
    ${sec('Part D: second parent or carer with parental responsibility')}
    ${pair('Name (incl. title)', 'd1', 'Relationship to young person', 'd2')}
    <tr><td>Address<br><small>(if different from young person)</small></td><td><textarea name="d3"></textarea></td><td>Phone no.</td><td><input type="text" name="d4"></td></tr>
  </table></form>`;
  const p = planOf(form);
  const key = (n: string) => p.actions.find((a) => a.field.name === n)?.key;

  it('each section’s contact rows are its own carer’s', () => {
    expect([key('c2'), key('c3'), key('c4')]).toEqual(['carer[0].relationship', 'carer[0].phone', 'carer[0].email']);
    expect([key('d2'), key('d4')]).toEqual(['carer[1].relationship', 'carer[1].phone']);
  });

  it('the second carer’s “Address (if different…)” is theirs, not a rival of the pupil’s address', () => {
    expect(key('d3')).toBe('carer[1].address.full');
    expect(p.refusals.map((r) => r.why).join(' ')).not.toMatch(/ambiguous/);
  });

  it('a carer section’s one-box “Name” is not the pupil’s, though the section names the pupil', () => {
    expect(key('c1')).toBeUndefined();
    expect(key('d1')).toBeUndefined();
  });
});

describe('figures tables: numbered questions, date formats in labels, rows named by their code', () => {
  const form = `<form><h2>Attendance</h2><p>7) Period these figures cover</p><table>
    ${row('Start (dd-mm-yyyy)', 'a')}${row('From (dd.mm.yyyy)', 'b')}${row('To (DD/MM/YYYY)', 'c')}</table>
    <p>8) Absence broken down by code</p><table>
    ${row('Unauthorised absence', 'u')}${row('G – holiday not agreed by the school', 'g')}${row('O (unauthorised absence not covered by another code)', 'o')}${row('U (late after registers closed)', 'lu')}${row('X (optional)', 'x')}</table>
    <p><label for="t">9. Date the penalty notice threshold was reached</label><input type="text" id="t" name="t"></p>
    <p><label for="s">3. School</label><input type="text" id="s" name="s"></p></form>`;
  const values = { ...VALUES, 'att.code_count.O': 17, 'att.code_count.G': 10, 'att.late_after_close': 3, 'pn.threshold_met_date': '2026-11-13' };
  const p = planOf(form, values);
  const key = (n: string) => p.actions.find((a) => a.field.name === n)?.key;

  it('“From (dd.mm.yyyy)” / “To (DD/MM/YYYY)” under a figures heading are the period', () => {
    expect(key('b')).toBe('att.period_start');
    expect(key('c')).toBe('att.period_end');
  });

  it('a row named by its code letter is that code’s count, and leaves “Unauthorised absence” unrivalled', () => {
    expect(key('g')).toBe('att.code_count.G');
    expect(key('o')).toBe('att.code_count.O');
    expect(key('lu')).toBe('att.late_after_close');
    expect(key('u')).toBe('att.sessions_unauthorised');
    expect(key('x')).toBeUndefined();
  });

  it('a numbered question is read without its number', () => {
    expect(key('t')).toBe('pn.threshold_met_date');
    expect(key('s')).toBe('school.name');
  });
});

describe('name blocks alike in shape, told apart by their question', () => {
  const nameBlock = (q: string) => `<fieldset class="item name"><legend class="title">${q}</legend>
    <div class="f"><label class="cap"><input type="text" name="given"> First</label></div><div class="f"><label class="cap"><input type="text" name="family"> Last</label></div></fieldset>`;
  const form = `<form><div class="list">
    <div class="item section page-section"><div class="title">Your details</div></div>
    ${nameBlock('Your name')}
    <div class="item"><label for="e">Email address</label><input type="email" id="e" name="e"></div>
    <div class="item"><label for="ph">Direct line</label><input type="text" id="ph" name="ph"></div>
    <div class="item section page-section"><div class="title">The child</div><div class="description">One child per form.</div></div>
    ${nameBlock("Child's legal name")}
    <div class="item section page-section"><div class="title">Parent</div></div>
    ${nameBlock('Parent or carer name')}
  </div></form>`;
  const p = planOf(form);
  const keys = p.actions.map((a) => a.key);

  it('the pupil’s block (the second of three) is the pupil’s name, not “row 2”', () => {
    expect(keys).toContain('pupil.legal_forename');
    expect(keys).toContain('pupil.legal_surname');
    expect(keys).toContain('carer[0].forename');
    expect(p.refusals.map((r) => r.why).join(' ')).not.toMatch(/row 2|row 3/);
  });

  it('contact boxes under a page-section titled “Your details” are the referrer’s', () => {
    expect(p.actions.find((a) => a.field.name === 'e')?.key).toBe('referrer.email');
    expect(p.actions.find((a) => a.field.name === 'ph')?.key).toBe('referrer.phone');
  });
});

describe('a field that already holds what we would write', () => {
  const sex = (checked: 'F' | 'M') => `<form><h2>Pupil</h2><fieldset><legend>Gender</legend>
    <label><input type="radio" name="g" value="1" ${checked === 'M' ? 'checked' : ''}> Male</label>
    <label><input type="radio" name="g" value="2" ${checked === 'F' ? 'checked' : ''}> Female</label></fieldset></form>`;

  it('a radio the page pre-chose that is the stored answer is planned, not “already filled”, and replaces nothing', () => {
    const p = planOf(sex('F'));
    const a = p.actions.find((x) => x.key === 'pupil.sex');
    expect(a?.value).toBe('Female');
    expect(a?.replaces).toBeUndefined();
  });

  it('a pre-chosen radio that differs from the stored answer waits for overwrite', () => {
    const p = planOf(sex('M'));
    expect(p.actions.find((x) => x.key === 'pupil.sex')).toBeUndefined();
    expect(refusalFor(p, /Gender/)).toMatch(/already filled.*overwrite/);
    expect(planOf(sex('M'), VALUES, { overwrite: true }).actions.find((x) => x.key === 'pupil.sex')?.replaces).toBe('Male');
  });
});
