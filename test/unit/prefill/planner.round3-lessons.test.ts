import { describe, expect, it } from 'vitest';
import { planOf, written } from './helpers';

/**
 * General rules learnt from blind round 3 (test/fixtures/blind/forms-round3), each on a small form of
 * its own (not those pages): the planner is right on the shape, not on the page.
 */
const V = {
  'pupil.full_legal_name': 'Amelia Rose Example', 'pupil.legal_forename': 'Amelia', 'pupil.nc_year': '7',
  'referrer.name': 'Sam Ledger', 'referrer.phone': '01234 567890', 'referrer.email': 'sam@school.example',
  'carer[0].phone': '07700 900123', 'carer[0].email': 'jane@example.com', 'carer[0].forename': 'Jane', 'carer[0].surname': 'Example',
  'pupil.legal_surname': 'Example', 'excl.days': 2, 'school.name': 'Fictonbury Community School', 'att.percentage': 88.43, 'support.summary': '2026-09-15 Call to mother',
};

describe('the planner on shapes met in blind round 3', () => {
  it('gives a bare “Name” under “Person making the request” to the referrer, never the pupil', () => {
    const p = planOf(`<form><table>
      <tr><th colspan=2><h2>Child</h2></th></tr><tr><th scope=row>Forename</th><td><input name=a></td></tr>
      <tr><th colspan=2><h2>Person making the request</h2></th></tr>
      <tr><th scope=row>Name</th><td><input name=b></td></tr><tr><th scope=row>Telephone</th><td><input name=c type=tel></td></tr>
      <tr><th scope=row>Email</th><td><input name=d type=email></td></tr></table></form>`, V);
    expect(written(p)).toEqual({ 'pupil.legal_forename': 'Amelia', 'referrer.name': 'Sam Ledger', 'referrer.phone': '01234 567890', 'referrer.email': 'sam@school.example' });
  });

  it('writes a year group as the datalist suggestion offers it (“Year 7”), not the bare number', () => {
    const p = planOf(`<form><label for=y>Year group</label><input id=y list=yl>
      <datalist id=yl><option value="Reception"></option><option value="Year 6"></option><option value="Year 7"></option></datalist></form>`, V);
    expect(written(p)).toEqual({ 'pupil.nc_year': 'Year 7' });
  });

  it('in a free-text year group, follows the hint’s convention, else writes the number', () => {
    const hinted = planOf(`<form><label for=y>Year group</label><input id=y placeholder="e.g. Year 4"></form>`, V);
    expect(written(hinted)).toEqual({ 'pupil.nc_year': 'Year 7' });
    const plain = planOf(`<form><label for=y>Year group</label><input id=y></form>`, V);
    expect(written(plain)).toEqual({ 'pupil.nc_year': '7' });
  });

  it('reads repeated First / Last sub-labels by the legend above them (Gravity Forms name fields), the parent as the one carer', () => {
    const p = planOf(`<form>
      <fieldset><legend>Pupil's name</legend><input id=a><label for=a>First</label><input id=b><label for=b>Last</label></fieldset>
      <fieldset><legend>Parent or carer name</legend><input id=c><label for=c>First</label><input id=d><label for=d>Last</label></fieldset>
      <label for=e>Parent or carer phone</label><input id=e type=tel></form>`, V);
    expect(written(p)).toEqual({ 'pupil.legal_forename': 'Amelia', 'pupil.legal_surname': 'Example', 'carer[0].forename': 'Jane', 'carer[0].surname': 'Example', 'carer[0].phone': '07700 900123' });
  });

  it('fills an “Enter Email” / “Confirm Email” pair with the same address, but two unrelated email boxes stay ambiguous', () => {
    const pair = planOf(`<form><fieldset><legend>Parent or carer email</legend>
      <input id=a type=email><label for=a>Enter Email</label><input id=b type=email><label for=b>Confirm Email</label></fieldset></form>`, V);
    expect(pair.actions.map((a) => [a.field.label, a.value])).toEqual([['Enter Email', 'jane@example.com'], ['Confirm Email', 'jane@example.com']]);
    const two = planOf(`<form><h2>Parent or carer</h2><label for=a>Email</label><input id=a type=email><label for=b>Email address</label><input id=b type=email></form>`, V);
    expect(two.actions).toEqual([]);
  });

  it('reads “How many school days is the suspension for?” as the suspension’s length', () => {
    const p = planOf(`<form><label for=a>How many school days is the suspension for?</label><input id=a></form>`, V);
    expect(written(p)).toEqual({ 'excl.days': '2' });
  });

  it('gives a held mobile number to “Mobile phone” only, beside “Business phone” and “Home phone”; a landline stays unplaced', () => {
    const form = `<form><h2>Parent or carer</h2><label for=a>Business phone</label><input id=a type=tel>
      <label for=b>Mobile phone</label><input id=b type=tel><label for=c>Home phone</label><input id=c type=tel></form>`;
    expect(planOf(form, V).actions.map((a) => [a.field.label, a.value])).toEqual([['Mobile phone', '07700 900123']]);
    expect(planOf(form, { ...V, 'carer[0].phone': '01632 960999' }).actions).toEqual([]);
  });

  it('fills the school’s name for the child’s “School or setting” and the referrer’s “Agency / organisation”, but not an organisation of nobody named', () => {
    const p = planOf(`<form><table>
      <tr><th colspan=2><h2>Child or young person</h2></th></tr><tr><th scope=row>School or setting</th><td><input name=a></td></tr>
      <tr><th colspan=2><h2>Person making the referral</h2></th></tr><tr><th scope=row>Agency / organisation</th><td><input name=b></td></tr></table></form>`, V);
    expect(p.actions.map((a) => [a.field.label, a.value])).toEqual([['School or setting', 'Fictonbury Community School'], ['Agency / organisation', 'Fictonbury Community School']]);
    expect(planOf(`<form><label for=a>Organisation</label><input id=a></form>`, V).actions).toEqual([]);
  });

  it('reads “Attendance this academic year (%)” as the percentage and “What support has already been offered?” as the support summary', () => {
    const p = planOf(`<form><label for=a>Attendance this academic year (%)</label><input id=a>
      <label for=b>What support has already been offered, and when?</label><textarea id=b></textarea></form>`, V);
    expect(written(p)).toEqual({ 'att.percentage': '88.4', 'support.summary': '2026-09-15 Call to mother' });
  });
});
