import { describe, expect, it } from 'vitest';
import { planOf, refusalFor, snapshotOf, written } from './helpers';

/**
 * General rules behind blind round 2's last misses, each on a form of our own: an aria-labelledby that
 * lists a title and a part inside it reads the part once; a window count ("in the last 10 school weeks")
 * is not the period's total; "When was the name removed…" is the deletion date; "line 2 of 2" numbers
 * an address line; a new address or postcode is none of ours.
 */
const V = {
  'referrer.name': 'Pat Officer', 'att.sessions_unauthorised': 14, 'att.period_start': '2026-09-02', 'att.period_end': '2026-12-04',
  'deletion.date': '2026-12-04', 'pupil.address.line1': '1 High Street', 'pupil.address.line2': 'Lower Town', 'pupil.address.postcode': 'TN1 1AA',
  'pupil.address.full': '1 High Street, Lower Town, TN1 1AA',
};

describe('round 2’s remaining patterns', () => {
  it('aria-labelledby "title info" with the info inside the title reads “2. Your name” once, so it is the referrer’s name', () => {
    const html = `<form><h2>About you</h2><div id=q role=heading aria-level=3><span>2.</span><span id=qi>Your name</span></div>
      <input id=n aria-labelledby="q qi"></form>`;
    const label = snapshotOf(html).fields[0]!.labels[0]!.text;
    expect(label).toMatch(/^2\.\s?Your name$/);
    expect(written(planOf(html, V))).toEqual({ 'referrer.name': 'Pat Officer' });
  });

  it('“Unauthorised sessions in the last 10 school weeks” is not the period’s unauthorised total', () => {
    const p = planOf(`<form><h1>Penalty notice request</h1><label for=a>Unauthorised absence sessions</label><input id=a type=number>
      <label for=b>Unauthorised sessions in the last 10 school weeks</label><input id=b type=number></form>`, V);
    expect(written(p)).toEqual({ 'att.sessions_unauthorised': '14' });
  });

  it('“When was the child’s name removed from the admission register?” over day / month / year is the deletion date', () => {
    const p = planOf(`<form><fieldset><legend>When was the child's name removed from the admission register?</legend>
      <label for=d>Day</label><input id=d name=dd[day]><label for=m>Month</label><input id=m name=dd[month]><label for=y>Year</label><input id=y name=dd[year]></fieldset></form>`, V);
    expect(written(p)).toEqual({ 'deletion.date#day': '4', 'deletion.date#month': '12', 'deletion.date#year': '2026' });
  });

  it('GOV.UK’s “Building and street line 2 of 2” is line 2, not a question asking for two lines', () => {
    const p = planOf(`<form><h2>Child</h2><label for=a>Building and street <span class=govuk-visually-hidden>line 1 of 2</span></label><input id=a>
      <label for=b><span class=govuk-visually-hidden>Building and street line 2 of 2</span></label><input id=b></form>`, V);
    expect(written(p)).toEqual({ 'pupil.address.line1': '1 High Street', 'pupil.address.line2': 'Lower Town' });
  });

  it('a “New postcode” is where the pupil is going: never the stored postcode', () => {
    const p = planOf(`<form><h2>Pupil</h2><label for=a>Postcode</label><input id=a><label for=b>New postcode</label><input id=b></form>`, V);
    expect(written(p)).toEqual({ 'pupil.address.postcode': 'TN1 1AA' });
    expect(refusalFor(p, /^New postcode$/)).toMatch(/new address/);
  });
});
