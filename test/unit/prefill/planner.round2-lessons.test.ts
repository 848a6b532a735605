import { describe, expect, it } from 'vitest';
import { planOf, refusalFor, written } from './helpers';

/**
 * General rules learnt from blind round 2 (test/fixtures/blind/forms-round2), each on a small form of
 * its own (not those pages): the planner is right on the shape, not on the page.
 */
const V = {
  'pupil.legal_forename': 'Amelia', 'pupil.nc_year': '7', 'pupil.address.full': '2 Mill Lane, Ashford, TN24 8AB',
  'carer[0].forename': 'Jane', 'carer[0].dob': '1986-02-09', 'carer[0].lives_with_pupil': true, 'carer[0].address.full': '2 Mill Lane, Ashford, TN24 8AB', 'carer[0].address.postcode': 'TN24 8AB',
  'carer[1].forename': 'John', 'carer[1].dob': '1984-11-30', 'carer[1].lives_with_pupil': false, 'carer[1].address.full': '3 Sample Court, Dover, CT16 1AA',
  'att.sessions_present': 104, 'att.sessions_aea': 2, 'support.summary': '2026-09-15 Call to mother\n2026-09-29 Meeting held',
  'carer[0].surname': 'Example',
};

describe('the planner on shapes met in blind round 2', () => {
  it('keeps a parent’s split date of birth (its own fieldset) with that parent, and never reads a section number as “3rd parent”', () => {
    const p = planOf(`<form><h2>3. Parent / carer</h2>
      <label for=a>First name</label><input id=a name=a>
      <fieldset><legend>Parent's date of birth</legend>
        <label for=d>Day</label><input id=d name=dob[day]><label for=m>Month</label><input id=m name=dob[month]><label for=y>Year</label><input id=y name=dob[year]></fieldset></form>`, V);
    expect(written(p)).toEqual({ 'carer[0].forename': 'Jane', 'carer[0].dob#day': '9', 'carer[0].dob#month': '2', 'carer[0].dob#year': '1986' });
  });

  it('a <details> summary heads its fields: the same label under the pupil and the parent is told apart', () => {
    const p = planOf(`<form><details open><summary>Pupil</summary><label for=a>First name</label><input id=a></details>
      <details open><summary>Parent or carer</summary><label for=b>First name</label><input id=b><label for=c>Surname</label><input id=c></details></form>`, V);
    expect(written(p)).toMatchObject({ 'pupil.legal_forename': 'Amelia', 'carer[0].forename': 'Jane', 'carer[0].surname': 'Example' });
  });

  it('reads “including …” as a qualifier of what is asked', () => {
    const p = planOf(`<form><fieldset><legend>Parent 1</legend><label for=a>Full address including postcode</label><input id=a></fieldset>
      <label for=b>Sessions attended (incl. approved educational activity)</label><input id=b type=number></form>`, V);
    expect(written(p)).toEqual({ 'carer[0].address.full': '2 Mill Lane, Ashford, TN24 8AB', 'att.sessions_present': '104' });
  });

  it('leaves an address “if different” empty for a carer who lives with the pupil, and fills it for one who does not', () => {
    const p = planOf(`<form><fieldset><legend>Parent 1</legend><label for=a>Address (if different)</label><input id=a></fieldset>
      <fieldset><legend>Parent 2</legend><label for=b>Address (if different)</label><input id=b></fieldset></form>`, V);
    expect(written(p)).toEqual({ 'carer[1].address.full': '3 Sample Court, Dover, CT16 1AA' });
    expect(p.refusals.find((r) => r.suggestion?.key === 'carer[0].address.full')?.why).toMatch(/lives at the pupil’s address/);
  });

  it('never writes several dated lines into a one-line box; a textarea takes them', () => {
    const one = planOf(`<form><label for=a>Action taken by school</label><input id=a></form>`, V);
    expect(written(one)).toEqual({});
    expect(refusalFor(one, /^Action taken/)).toMatch(/one-line field cannot take support.summary/);
    const area = planOf(`<form><label for=a>Actions taken by the school</label><textarea id=a></textarea></form>`, V);
    expect(written(area)['support.summary']).toContain('2026-09-29 Meeting held');
  });

  it('chooses a spelt-out year group by its text, not by an option value counted from Reception', () => {
    const p = planOf(`<form><label for=a>Year group</label><select id=a><option value="">Select</option><option value=1>Reception</option><option value=7>Year Six</option><option value=8>Year Seven</option></select></form>`, V);
    expect(written(p)).toEqual({ 'pupil.nc_year': 'Year Seven' });
  });

  it('has no key for a carer’s full name (not a canonical key): that box is the person’s', () => {
    const p = planOf(`<form><fieldset><legend>Parent/carer 1</legend><label for=a>Full name</label><input id=a></fieldset></form>`, V);
    expect(written(p)).toEqual({});
  });
});
