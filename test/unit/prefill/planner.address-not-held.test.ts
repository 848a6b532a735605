import { describe, expect, it } from 'vitest';
import { planOf, refusalFor, written } from './helpers';

const FORM = `<form>
  <fieldset><legend>Child's details</legend>
    <label for=a>First name</label><input id=a>
    <label for=b>Home address</label><input id=b>
    <label for=c>Postcode</label><input id=c></fieldset>
  <fieldset><legend>Parent 1</legend>
    <label for=d>Address</label><input id=d>
    <label for=e>Postcode</label><input id=e></fieldset></form>`;

describe('addresses: mapped where the store holds one, "not held" where it does not', () => {
  const carerOnly = { 'pupil.legal_forename': 'Amelia', 'carer[0].address.full': '1 High Street, Ashford, TN23 1AA', 'carer[0].address.postcode': 'TN23 1AA' };

  it('fills the carer’s address from the store and reports the pupil’s as not held, never borrowing the carer’s', () => {
    const p = planOf(FORM, carerOnly);
    expect(written(p)).toEqual({ 'pupil.legal_forename': 'Amelia', 'carer[0].address.full': '1 High Street, Ashford, TN23 1AA', 'carer[0].address.postcode': 'TN23 1AA' });
    const pupilFields = p.refusals.filter((r) => r.suggestion?.key.startsWith('pupil.address.'));
    expect(pupilFields.map((r) => r.suggestion!.key).sort()).toEqual(['pupil.address.full', 'pupil.address.postcode']);
    for (const r of pupilFields) expect(r.why).toMatch(/^not held: no address is stored for this pupil/);
    expect(refusalFor(p, /^Home address/)).toMatch(/never used in its place/);
  });

  it('fills the pupil’s address when it is held', () => {
    const p = planOf(FORM, { ...carerOnly, 'pupil.address.line1': '2 Mill Lane', 'pupil.address.town': 'Ashford', 'pupil.address.postcode': 'TN24 8AB' });
    expect(written(p)).toMatchObject({ 'pupil.address.full': '2 Mill Lane, Ashford, TN24 8AB', 'pupil.address.postcode': 'TN24 8AB' });
  });
});
