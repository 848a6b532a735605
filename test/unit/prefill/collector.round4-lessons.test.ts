import { describe, expect, it } from 'vitest';
import { planOf, snapshotOf, written } from './helpers';

/**
 * General rules learnt from blind round 4 (test/fixtures/blind/forms-round4), each on a small form of
 * its own: the collector carries the evidence (sub-labels under a question, section titles that are
 * not headings, a select's placeholder option) and the planner reads it as it reads legends and headings.
 */
const V = {
  'pupil.full_legal_name': 'Amelia Rose Example', 'pupil.legal_forename': 'Amelia', 'pupil.legal_surname': 'Example', 'pupil.dob': '2015-03-02',
  'pupil.address.full': '1 High Street, Townham, TN1 1AA', 'pupil.address.line1': '1 High Street', 'pupil.address.town': 'Townham', 'pupil.address.postcode': 'TN1 1AA',
  'carer[0].forename': 'Jane', 'carer[0].surname': 'Example', 'carer[0].dob': '1986-02-09', 'carer[0].phone': '07700 900123', 'carer[0].email': 'jane@example.com',
  'carer[0].title': 'Mrs', 'carer[0].relationship': 'Mother',
  'referrer.name': 'Sam Ledger', 'referrer.email': 'sam@school.example', 'referrer.phone': '01234 567890',
};

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const opts = (xs: (string | number)[]) => `<option value=""></option>${xs.map((x) => `<option value="${x}">${x}</option>`).join('')}`;

describe('a question label over inputs with sub-labels (Jotform, Wufoo)', () => {
  it('reads First / Last Name under “Pupil’s legal name” as the pupil’s forename and surname, never the full name, and under “Parent/carer name” as the carer’s', () => {
    const p = planOf(`<form><ul>
      <li><label id=l1 for=f1>Pupil's legal name<span>*</span></label><div>
        <span><input id=f1 aria-labelledby="l1 s1f"><label for=f1 id=s1f>First Name</label></span>
        <span><input id=f2 aria-labelledby="l1 s1l"><label for=f2 id=s1l>Last Name</label></span></div></li>
      <li><label id=l2 for=c1>Parent/carer name</label><div>
        <span><input id=c1 aria-labelledby="l2 s2f"><label for=c1 id=s2f>First Name</label></span>
        <span><input id=c2 aria-labelledby="l2 s2l"><label for=c2 id=s2l>Last Name</label></span></div></li></ul></form>`, V);
    expect(written(p)).toEqual({ 'pupil.legal_forename': 'Amelia', 'pupil.legal_surname': 'Example', 'carer[0].forename': 'Jane', 'carer[0].surname': 'Example' });
  });

  it('gives each input its sub-label and the question as its group in the snapshot, also without aria-labelledby (the question’s <label for> on the first input)', () => {
    const s = snapshotOf(`<form><div class=row><label for=a>Pupil's name</label>
      <span><input id=a><label for=a>First</label></span><span><input id=b><label for=b>Last</label></span></div></form>`);
    expect(s.fields.map((f) => [f.labels[0]?.text, f.legends])).toEqual([['First', ["Pupil's name"]], ['Last', ["Pupil's name"]]]);
    expect(s.fields[0]!.container).toBe(s.fields[1]!.container);
    expect(written(planOf(`<form><div class=row><label for=a>Pupil's name</label>
      <span><input id=a><label for=a>First</label></span><span><input id=b><label for=b>Last</label></span></div></form>`, V))).toEqual({ 'pupil.legal_forename': 'Amelia', 'pupil.legal_surname': 'Example' });
  });

  it('reads Month / Day / Year sub-labels (US order, lists) under “Date of birth” as a split date of the question’s key', () => {
    const p = planOf(`<form><h2>Pupil details</h2><div><label id=q for=m>Pupil's date of birth</label>
      <span><select id=m aria-labelledby="q sm">${opts(months)}</select><label for=m id=sm>Month</label></span>
      <span><select id=d aria-labelledby="q sd">${opts(Array.from({ length: 31 }, (_, i) => i + 1))}</select><label for=d id=sd>Day</label></span>
      <span><select id=y aria-labelledby="q sy">${opts([2016, 2015, 2014])}</select><label for=y id=sy>Year</label></span></div></form>`, V);
    expect(written(p)).toEqual({ 'pupil.dob#month': 'March', 'pupil.dob#day': '2', 'pupil.dob#year': '2015' });
  });

  it('writes day and month boxes padded (“09”) when the question shows the date format DD-MM-YYYY, here on the builder’s hidden one-box alternative', () => {
    const p = planOf(`<form><h2>Parent/carer details</h2><div><label id=q for=lite>Date of birth</label>
      <div style="display:none"><input id=lite placeholder="DD-MM-YYYY" aria-labelledby="q sl"><label for=lite id=sl>Date</label></div>
      <span><input type=tel id=d maxlength=2 aria-labelledby="q sd"><label for=d id=sd>Day</label></span>
      <span><input type=tel id=m maxlength=2 aria-labelledby="q sm"><label for=m id=sm>Month</label></span>
      <span><input type=tel id=y maxlength=4 aria-labelledby="q sy"><label for=y id=sy>Year</label></span></div></form>`, V);
    expect(written(p)).toEqual({ 'carer[0].dob#day': '09', 'carer[0].dob#month': '02', 'carer[0].dob#year': '1986' });
  });

  it('reads “Street Address” / “City” / “Postal / Zip Code” under a pupil’s address as its parts, and leaves “State / Province” empty', () => {
    const p = planOf(`<form><div><label id=q for=a1>Pupil's home address</label>
      <span><input id=a1 aria-labelledby="q s1"><label for=a1 id=s1>Street Address</label></span>
      <span><input id=a3 aria-labelledby="q s3"><label for=a3 id=s3>City</label></span>
      <span><input id=a4 aria-labelledby="q s4"><label for=a4 id=s4>State / Province</label></span>
      <span><input id=a5 aria-labelledby="q s5"><label for=a5 id=s5>Postal / Zip Code</label></span></div></form>`, V);
    expect(written(p)).toEqual({ 'pupil.address.line1': '1 High Street', 'pupil.address.town': 'Townham', 'pupil.address.postcode': 'TN1 1AA' });
  });

  it('does not group a plain form’s labelled fields, nor a table’s column header over rows of inputs', () => {
    const plain = snapshotOf(`<form><label for=a>First name</label><input id=a><label for=b>Email</label><input id=b type=email></form>`);
    expect(plain.fields.map((f) => f.legends)).toEqual([[], []]);
    const grid = snapshotOf(`<form><table><thead><tr><th id=c>Surname</th></tr></thead><tbody>
      <tr><th id=r1>1</th><td><input aria-labelledby="c r1"></td></tr><tr><th id=r2>2</th><td><input aria-labelledby="c r2"></td></tr></tbody></table></form>`);
    expect(grid.fields.map((f) => f.labels[0]?.text)).toEqual(['Surname 1', 'Surname 2']);
  });
});

describe('section titles that are not headings', () => {
  it('tells a child’s and a parent’s repeated “First name” / “Date of birth” apart by Material card titles, and gives “Phone number” / “Email” in the parent card to the carer', () => {
    const field = (id: string, label: string, type = 'text') => `<mat-form-field><label for=${id}><mat-label>${label}</mat-label></label><input id=${id} type=${type}></mat-form-field>`;
    const p = planOf(`<form>
      <mat-card><mat-card-header><mat-card-title>Child's details</mat-card-title></mat-card-header><mat-card-content>${field('a', 'First name')}${field('b', 'Date of birth')}</mat-card-content></mat-card>
      <mat-card><mat-card-header><mat-card-title>Parent or carer</mat-card-title></mat-card-header><mat-card-content>${field('c', 'First name')}${field('d', 'Date of birth')}${field('e', 'Phone number', 'tel')}${field('f', 'Email address', 'email')}</mat-card-content></mat-card>
      <mat-card><mat-card-header><mat-card-title>Your details</mat-card-title></mat-card-header><mat-card-content>${field('g', 'Email', 'email')}${field('h', 'Telephone', 'tel')}</mat-card-content></mat-card></form>`, V);
    expect(written(p)).toEqual({
      'pupil.legal_forename': 'Amelia', 'pupil.dob': '02/03/2015', 'carer[0].forename': 'Jane', 'carer[0].dob': '09/02/1986', 'carer[0].phone': '07700 900123', 'carer[0].email': 'jane@example.com',
      'referrer.email': 'sam@school.example', 'referrer.phone': '01234 567890',
    });
  });

  it('reads a Bootstrap .card-header, a role=heading and a legend-like div as the section of the fields after them', () => {
    const s = snapshotOf(`<form><div class=card><div class=card-header>Parent/carer details</div><div class=card-body><label for=a>Phone</label><input id=a></div></div>
      <div role=heading aria-level=3>Your details</div><label for=b>Email</label><input id=b>
      <div class="form-legend">Step 2 of 5: Pupil</div><label for=c>Surname</label><input id=c></form>`);
    expect(s.fields.map((f) => f.heading)).toEqual(['Parent/carer details', 'Your details', 'Step 2 of 5: Pupil']);
  });
});

describe('Yes / No buttons with role=radio in a labelled group', () => {
  it('reads a Material button-toggle pair under “Parental responsibility” in the parent’s card as the carer’s answer', () => {
    const p = planOf(`<form><mat-card><mat-card-title>Parent or carer</mat-card-title>
      <div><span id=prl>Parental responsibility</span><div role=radiogroup aria-labelledby=prl>
        <button type=button role=radio aria-checked=false>Yes</button><button type=button role=radio aria-checked=false>No</button></div></div></mat-card></form>`, { ...V, 'carer[0].parental_responsibility': true });
    expect(p.actions.map((a) => [a.key, a.value])).toEqual([['carer[0].parental_responsibility', 'Yes']]);
  });
});

describe('a select labelled only by its placeholder option', () => {
  it('reads “Title” and “-- Relationship to child --” as the labels of unlabelled selects; “Please select” labels nothing', () => {
    const p = planOf(`<form><h3>Parent/carer 1</h3>
      <select name=t><option value="" disabled selected>Title</option><option>Mr</option><option>Mrs</option></select>
      <select name=r><option value="">-- Relationship to child --</option><option>Mother</option><option>Father</option></select>
      <select name=x><option value="">Please select</option><option>Mother</option><option>Father</option></select></form>`, V);
    expect(written(p)).toEqual({ 'carer[0].title': 'Mrs', 'carer[0].relationship': 'Mother' });
    expect(snapshotOf(`<form><label for=s>Relationship</label><select id=s><option value="">Select title</option></select></form>`).fields[0]!.labels.map((l) => l.source)).not.toContain('placeholder');
  });
});

describe('phrases met in round 4 (keys.ts)', () => {
  it('reads “Prefix” as a carer’s title, “Contact role” as the referrer’s role, “Start / End of attendance period” as the period, and keeps “What intervention are you requesting?” apart from the support summary', () => {
    const W = { ...V, 'referrer.role': 'Attendance Lead', 'att.period_start': '2026-09-02', 'att.period_end': '2026-12-04', 'support.summary': '2026-09-15 Call to mother' };
    const p = planOf(`<form><h2>Parent/carer details</h2><label for=a>Prefix</label><input id=a>
      <h2>Attendance</h2><label for=s>Start of attendance period</label><input id=s placeholder="dd/mm/yyyy"><label for=e>End of attendance period</label><input id=e placeholder="dd/mm/yyyy">
      <h2>Interventions</h2><label for=t>Summary of actions taken by the school</label><textarea id=t></textarea>
      <label for=w>What intervention are you requesting?</label><select id=w><option value="">Please select</option><option>Penalty Notice</option></select>
      <h2>Your details</h2><label for=r>Contact role</label><input id=r></form>`, W);
    expect(written(p)).toEqual({ 'carer[0].title': 'Mrs', 'att.period_start': '02/09/2026', 'att.period_end': '04/12/2026', 'support.summary': '2026-09-15 Call to mother', 'referrer.role': 'Attendance Lead' });
  });
});
