import { describe, expect, it } from 'vitest';
import { planOf, written } from './helpers';

/**
 * General rules learnt from blind round 5 (test/fixtures/blind/forms-round5), each on a small form of its own:
 * day and month boxes labelled DD / MM (or two characters wide) take "05", not "5"; an address block whose legend
 * says "if different" stays empty for a carer who lives with the pupil, also when its parts have their own labels.
 */
const V = {
  'pupil.dob': '2014-05-17', 'pupil.address.full': '1 High Street, Townham, TN1 1AA', 'pupil.address.postcode': 'TN1 1AA',
  'carer[0].forename': 'Jane', 'carer[0].lives_with_pupil': true, 'carer[0].address.full': '1 High Street, Townham, TN1 1AA', 'carer[0].address.postcode': 'TN1 1AA',
};

describe('split date boxes', () => {
  it('pads day and month when the boxes are labelled DD and MM', () => {
    const p = planOf(`<form><fieldset><legend>Pupil's date of birth</legend>
      <input id=d maxlength=2><label for=d>DD</label> / <input id=m maxlength=2><label for=m>MM</label> / <input id=y maxlength=4><label for=y>YYYY</label></fieldset></form>`, V);
    expect(written(p)).toEqual({ 'pupil.dob#day': '17', 'pupil.dob#month': '05', 'pupil.dob#year': '2014' });
  });

  it('pads a two-character month box labelled Month; leaves GOV.UK-style boxes (no width, "Month") unpadded', () => {
    const padded = planOf(`<form><fieldset><legend>Pupil's date of birth</legend>
      <label for=d>Day</label><input id=d maxlength=2><label for=m>Month</label><input id=m maxlength=2><label for=y>Year</label><input id=y maxlength=4></fieldset></form>`, V);
    expect(written(padded)['pupil.dob#month']).toBe('05');
    const govuk = planOf(`<form><fieldset><legend>Pupil's date of birth</legend><div class="hint">For example, 27 3 2007</div>
      <label for=d>Day</label><input id=d inputmode=numeric><label for=m>Month</label><input id=m inputmode=numeric><label for=y>Year</label><input id=y inputmode=numeric></fieldset></form>`, V);
    expect(written(govuk)['pupil.dob#month']).toBe('5');
  });
});

describe('“Address (if different)” as the legend of a block of address parts', () => {
  it('stays empty for a carer who lives with the pupil, with the reason', () => {
    const p = planOf(`<form><h2>Parent or carer</h2><label for=f>First name</label><input id=f>
      <fieldset><legend>Address (if different from the pupil's)</legend><label for=a1>Street address</label><input id=a1>
      <label for=pc>Postcode</label><input id=pc></fieldset></form>`, V);
    expect(written(p)).toEqual({ 'carer[0].forename': 'Jane' });
    expect(p.refusals.some((r) => /lives at the pupil’s address/.test(r.why))).toBe(true);
  });

  it('is filled for a carer who lives elsewhere', () => {
    const p = planOf(`<form><h2>Parent or carer</h2><label for=f>First name</label><input id=f>
      <fieldset><legend>Address (if different from the pupil's)</legend><label for=pc>Postcode</label><input id=pc></fieldset></form>`,
    { ...V, 'carer[0].lives_with_pupil': false, 'carer[0].address.full': '9 Low Road, Townham, TN2 2BB', 'carer[0].address.postcode': 'TN2 2BB' });
    expect(written(p)['carer[0].address.postcode']).toBe('TN2 2BB');
  });
});
