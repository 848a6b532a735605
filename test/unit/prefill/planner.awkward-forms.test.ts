import { describe, expect, it } from 'vitest';
import { planOf, refusalFor, written } from './helpers';

describe('planner on awkward forms', () => {
  it('refuses both of two fields with the same label and context (ambiguity, never a guess)', () => {
    const p = planOf(`<form><label for=a>Date of birth</label><input id=a type=date><label for=b>Date of birth</label><input id=b type=date></form>`);
    expect(p.actions).toEqual([]);
    expect(p.refusals).toHaveLength(2);
    expect(p.refusals[0]!.why).toMatch(/ambiguous: 2 fields look like pupil\.dob/);
  });

  it('tells duplicate labels apart by their sections: pupil and each parent', () => {
    const p = planOf(`<form>
      <fieldset><legend>Child's details</legend><label for=a>First name</label><input id=a></fieldset>
      <fieldset><legend>Parent 1</legend><label for=b>First name</label><input id=b></fieldset>
      <fieldset><legend>Parent 2</legend><label for=c>First name</label><input id=c></fieldset></form>`);
    expect(written(p)).toEqual({ 'pupil.legal_forename': 'Amelia', 'carer[0].forename': 'Jane', 'carer[1].forename': 'John' });
  });

  it('never fills hidden, aria-hidden, disabled or read-only fields, and says why', () => {
    const p = planOf(`<form>
      <div hidden><label for=a>UPN</label><input id=a></div>
      <div style="display: none"><label for=b>Surname</label><input id=b></div>
      <label for=c>Ethnicity</label><input id=c disabled>
      <label for=d>Postcode</label><input id=d readonly>
      <div aria-hidden="true"><label for=e>Email</label><input id=e></div>
      <label for=f>First language</label><input id=f></form>`);
    expect(written(p)).toEqual({ 'pupil.home_language': 'English' });
    expect(refusalFor(p, /^UPN/)).toMatch(/hidden/);
    expect(refusalFor(p, /Surname/)).toMatch(/hidden/);
    expect(refusalFor(p, /Ethnicity/)).toBe('disabled');
    expect(refusalFor(p, /Postcode/)).toBe('read-only');
  });

  it('reads label-less inputs from the text before them, aria-label and placeholder', () => {
    const p = planOf(`<form><p>Unique pupil number</p><input name=q1:q1>
      <input aria-label="Pupil surname" name=q1:q2><input placeholder="Date of birth (dd/mm/yyyy)" name=q1:q3></form>`);
    expect(written(p)).toEqual({ 'pupil.upn': 'A123456789012', 'pupil.legal_surname': 'Example', 'pupil.dob': '02/03/2015' });
    const upn = p.actions.find((a) => a.key === 'pupil.upn')!;
    expect(upn.evidence).toMatch(/text before the field/);
    expect(upn.confidence).toBeLessThan(0.95);
  });

  it('reads fields inside a label-less table from the cell to the left and the column header', () => {
    const p = planOf(`<form><h2>Pupil</h2><table>
      <tr><td>Legal surname</td><td><input name=x1></td></tr>
      <tr><td>D.O.B.</td><td><input name=x2></td></tr></table>
      <h2>Parents</h2><table><thead><tr><th></th><th>Parent 1</th><th>Parent 2</th></tr></thead>
      <tr><th>Surname</th><td><input name=y1></td><td><input name=y2></td></tr>
      <tr><th>Telephone</th><td><input name=y3></td><td><input name=y4></td></tr></table></form>`);
    expect(written(p)).toEqual({
      'pupil.legal_surname': 'Example', 'pupil.dob': '02/03/2015',
      'carer[0].surname': 'Example', 'carer[1].surname': 'Example', 'carer[0].phone': '07700 900001', 'carer[1].phone': '07700 900002',
    });
  });

  it('splits a date into day, month and year fields, unpadded when the hint shows it so', () => {
    const p = planOf(`<form><fieldset role=group aria-describedby=h><legend>Date of birth</legend><div id=h>For example, 27 3 2007</div>
      <label for=d>Day</label><input id=d name=dob-day><label for=m>Month</label><input id=m name=dob-month><label for=y>Year</label><input id=y name=dob-year></fieldset></form>`);
    expect(written(p)).toEqual({ 'pupil.dob#day': '2', 'pupil.dob#month': '3', 'pupil.dob#year': '2015' });
  });

  it('fills split dates with a month select by the month name', () => {
    const months = ['January', 'February', 'March', 'April'].map((m, i) => `<option value="${i + 1}">${m}</option>`).join('');
    const p = planOf(`<form><fieldset><legend>Date last attended</legend><input placeholder=DD name=a><select aria-label=Month name=b><option value="">Month</option>${months}</select><input placeholder=YYYY name=c></fieldset></form>`,
      { 'att.last_attended_date': '2026-03-13' });
    expect(written(p)).toEqual({ 'att.last_attended_date#day': '13', 'att.last_attended_date#month': 'March', 'att.last_attended_date#year': '2026' });
  });

  it('answers radios without a fieldset from the text before them', () => {
    const p = planOf(`<form><div>Gender</div><input type=radio name=g id=g1 value=1><label for=g1>Boy</label><input type=radio name=g id=g2 value=2><label for=g2>Girl</label>
      <p>Is the child looked after?</p><label><input type=radio name=l value=y> Y</label><label><input type=radio name=l value=n> N</label></form>`);
    expect(written(p)).toEqual({ 'pupil.sex': 'Girl', 'pupil.lac': 'N' });
  });

  it('chooses select options by text and synonyms, and refuses when no option fits', () => {
    const p = planOf(`<form><label for=a>Relationship to child</label><select id=a><option></option><option>Mum</option><option>Dad</option></select>
      <label for=b>NC year</label><select id=b><option value="">Choose</option><option value="Y5">Y5</option><option value="Y6">Y6</option></select>
      <label for=c>SEN</label><select id=c><option>None</option><option>SEN Support</option><option>EHCP</option></select>
      <label for=d>Ethnicity</label><select id=d><option>White - British (WBRI)</option><option>White - Irish</option></select>
      <label for=e>Home language</label><select id=e><option>French</option><option>Polish</option></select></form>`);
    expect(written(p)).toEqual({ 'carer[0].relationship': 'Mum', 'pupil.nc_year': 'Y6', 'pupil.sen_status': 'SEN Support', 'pupil.ethnicity': 'White - British (WBRI)' });
    expect(refusalFor(p, /Home language/)).toMatch(/no option matches "English"/);
  });

  it('never fills declarations, signatures, uploads or consent, even when a key seems to match', () => {
    const p = planOf(`<form><fieldset><legend>Declaration</legend><label for=a>Name</label><input id=a><label for=b>Date</label><input id=b type=date></fieldset>
      <label><input type=checkbox name=c> I confirm the pupil is not looked after</label>
      <label for=d>Signature</label><input id=d><label for=e>Attendance certificate</label><input id=e type=file>
      <label><input type=checkbox name=f> I consent to share the pupil's details</label></form>`);
    expect(p.actions).toEqual([]);
    expect(p.refusals.map((r) => r.why)).toEqual([
      'part of “Declaration”: yours to complete', 'part of “Declaration”: yours to complete', 'declaration: yours to confirm',
      'signature: yours to sign', 'file upload: yours to attach', 'declaration: yours to confirm',
    ]);
  });

  it('leaves filled fields alone unless overwrite is ticked for them', () => {
    const html = `<form><label for=a>Surname</label><input id=a value="Smith"><label for=b>UPN</label><input id=b></form>`;
    const p = planOf(html);
    expect(written(p)).toEqual({ 'pupil.upn': 'A123456789012' });
    expect(refusalFor(p, /Surname/)).toMatch(/already filled \(“Smith”\)/);
    const p2 = planOf(html, undefined, { overwrite: [0] });
    expect(p2.actions.find((a) => a.key === 'pupil.legal_surname')).toMatchObject({ value: 'Example', replaces: 'Smith' });
  });

  it('cannot tell whose email a bare "Email" is: refuses it', () => {
    const p = planOf(`<form><label for=a>Email</label><input id=a type=email></form>`);
    expect(p.actions).toEqual([]);
    expect(p.refusals[0]!.why).toMatch(/cannot tell whose email/);
  });

  it('writes dates in the format the field asks for', () => {
    const p = planOf(`<form><label for=a>Date of birth</label><input id=a type=date>
      <fieldset><legend>Parent or carer 1</legend><label for=b>Date of birth</label><input id=b placeholder="yyyy-mm-dd"></fieldset>
      <label for=c>Period from</label><input id=c><label for=d>Period to</label><input id=d placeholder="dd-mm-yyyy"></form>`, { 'pupil.dob': '2015-03-02', 'carer[0].dob': '1985-12-31', 'att.period_start': '2026-09-02', 'att.period_end': '2026-12-04' }, { title: 'Attendance referral' });
    expect(written(p)).toEqual({ 'pupil.dob': '2015-03-02', 'carer[0].dob': '1985-12-31', 'att.period_start': '02/09/2026', 'att.period_end': '04-12-2026' });
  });

  it('ticks a single checkbox for a yes/no key and leaves free text with no key to the person', () => {
    const p = planOf(`<form><label><input type=checkbox name=a> Child in care</label><label for=b>Why are you referring?</label><textarea id=b></textarea></form>`, { 'pupil.lac': true });
    expect(written(p)).toEqual({ 'pupil.lac': true });
    expect(refusalFor(p, /Why are you/)).toBe('free-text question with no key: yours to answer');
  });

  it('does not use generated names as evidence, but does use semantic ones weakly', () => {
    const gen = planOf(`<form><input name="q30819:q7"></form>`);
    expect(gen.actions).toEqual([]);
    const sem = planOf(`<form><input name="pupil_upn"></form>`);
    expect(sem.actions).toEqual([]);
    expect(sem.refusals[0]).toMatchObject({ why: expect.stringMatching(/not sure enough/), suggestion: { key: 'pupil.upn' } });
  });
});
