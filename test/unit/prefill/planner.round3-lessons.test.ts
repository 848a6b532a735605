import { describe, expect, it } from 'vitest';
import { planOf, written } from './helpers';

/**
 * General rules learnt from blind round 3 (test/fixtures/blind/forms-round3), each on a small form of
 * its own (not those pages): the planner is right on the shape, not on the page.
 */
const V = {
  'pupil.full_legal_name': 'Amelia Rose Example', 'pupil.legal_forename': 'Amelia', 'pupil.nc_year': '7',
  'referrer.name': 'Sam Ledger', 'referrer.phone': '01234 567890', 'referrer.email': 'sam@school.example',
  'carer[0].phone': '07700 900123', 'carer[0].email': 'jane@example.com',
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
});
