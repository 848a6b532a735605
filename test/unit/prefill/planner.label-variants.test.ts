import { describe, expect, it } from 'vitest';
import { planOf } from './helpers';
import type { Plan } from '../../../lib/prefill/plan';

/**
 * Generalisation: label wordings for each canonical key (prefill-keys.md, la-forms.md §7) written
 * for this test, not copied from any blind page. Each label sits alone in a small form, in the
 * section a real form would put it (a heading), as a <label for>. The planner must map it to the
 * key, or — where the wording does not say whose or which — refuse rather than guess.
 */

type Row = [label: string, key: string | null, section?: string, title?: string];

const PUPIL: Row[] = [
  ["Child's legal surname", 'pupil.legal_surname'],
  ['Family name', 'pupil.legal_surname', 'About the child'],
  ['Last name (as on birth certificate)', 'pupil.legal_surname', 'Child details'],
  ['Pupil surname', 'pupil.legal_surname'],
  ["Young person's first name", 'pupil.legal_forename'],
  ['Given name(s)', 'pupil.legal_forename', 'Pupil details'],
  ['Forename(s)', 'pupil.legal_forename', 'Learner details'],
  ['Middle name(s)', 'pupil.middle_names', 'Pupil details'],
  ['Known as', 'pupil.preferred_forename', 'Pupil details'],
  ['Pupil DOB', 'pupil.dob'],
  ['D.O.B.', 'pupil.dob', 'Child details'],
  ['Date of birth (DD/MM/YYYY)', 'pupil.dob', 'Child details'],
  ["Child's date of birth", 'pupil.dob'],
  ['Gender (M/F)', 'pupil.sex', 'Child details'],
  ['UPN (Unique Pupil Number)', 'pupil.upn'],
  ['Unique pupil no.', 'pupil.upn'],
  ['Pupil UPN', 'pupil.upn'],
  ['Admission no.', 'pupil.admission_number'],
  ['Yr group', 'pupil.nc_year', 'Pupil details'],
  ['NC year', 'pupil.nc_year', 'Pupil details'],
  ['N.C. Year', 'pupil.nc_year', 'Pupil details'],
  ['Current year group', 'pupil.nc_year', 'Pupil details'],
  ['National Curriculum year group', 'pupil.nc_year'],
  ['Tutor group / form', 'pupil.reg_group', 'Pupil details'],
  ['Registration group', 'pupil.reg_group'],
  ['Ethnic origin', 'pupil.ethnicity', 'Pupil details'],
  ['First language', 'pupil.home_language', 'Pupil details'],
  ['Post code', 'pupil.address.postcode', 'Child details'],
  ["Child's postcode", 'pupil.address.postcode'],
  ['Home address', 'pupil.address.full', 'Child details'],
  ['Is the child looked after?', 'pupil.lac'],
  ['Child in care (CiC)', 'pupil.lac'],
  ['Does the pupil have an EHCP?', 'pupil.ehcp'],
  ['Eligible for FSM', 'pupil.fsm', 'Pupil details'],
  ['Pupil premium', 'pupil.pupil_premium'],
  ['SEN status', 'pupil.sen_status', 'Pupil details'],
  ['Allocated social worker', 'pupil.social_worker'],
  ["Child's full name", 'pupil.full_legal_name'],
  ['Name of child', 'pupil.full_legal_name'],
  ['DOB*', 'pupil.dob', 'Child details'],
  ['Date of Birth:', 'pupil.dob', 'Pupil'],
  ["Pupil's U.P.N.", 'pupil.upn'],
  ['Town/City', 'pupil.address.town', 'Child details'],
  ['House number and street name', 'pupil.address.line1', 'Child details'],
  ['Yr', 'pupil.nc_year', 'Pupil details'],
]; 

const CARER: Row[] = [
  ['Parent/Carer 1 – Email address', 'carer[0].email'],
  ['Parent/Carer 2 - Email address', 'carer[1].email'],
  ['Parent / carer 1 first name', 'carer[0].forename'],
  ['Parent / carer 1 surname', 'carer[0].surname'],
  ["Parent's surname", 'carer[0].surname'],
  ["Mother's first name", 'carer[0].forename'],
  ['First name', 'carer[0].forename', 'Parent/carer details'],
  ['Surname', 'carer[0].surname', 'Parent or carer'],
  ['Date of birth', 'carer[0].dob', 'Parent/carer details'],
  ['Relationship to child', 'carer[0].relationship', 'Parent/carer details'],
  ['Relationship to the pupil', 'carer[0].relationship'],
  ['Email address', 'carer[0].email', 'Parent/carer details'],
  ['Telephone number', 'carer[0].phone', 'Parent/carer details'],
  ['Mobile number', 'carer[0].phone', 'Parent/carer 1'],
  ['Parent contact number', 'carer[0].phone'],
  ['Has parental responsibility?', 'carer[0].parental_responsibility', 'Parent/carer details'],
  ['Does this parent live with the child?', 'carer[0].lives_with_pupil'],
  ['Postcode', 'carer[0].address.postcode', 'Parent/carer details'],
  ['Date of birth', 'carer[1].dob', 'Parent/carer 2'],
  ['Tel. no.', 'carer[0].phone', 'Parent/carer details'],
  ['e-mail', 'carer[0].email', 'Parent or carer'],
  ['Parent/carer telephone', 'carer[0].phone'],
  ['Second parent – surname', 'carer[1].surname'],
  ['Surname', 'carer[0].surname', 'Section B: Parent/Carer details'],
  ['Email', 'carer[1].email', 'Parent or carer 2'],
  ['Title', 'carer[0].title', 'Parent/carer'],
];

const SCHOOL: Row[] = [
  ['Name of person completing this form', 'referrer.name'],
  ['Your name', 'referrer.name'],
  ['Your role', 'referrer.role'],
  ['Job title', 'referrer.role', 'Your details'],
  ['Your email address', 'referrer.email'],
  ['Your telephone number', 'referrer.phone'],
  ["Referrer's email", 'referrer.email'],
  ['Setting URN', 'school.urn'],
  ['School URN', 'school.urn'],
  ['DfE number', 'school.dfe_number'],
  ['DfE no.', 'school.dfe_number'],
  ['LA/Establishment number', 'school.dfe_number'],
  ['DfE establishment no.', 'school.dfe_number'],
  ['Name of school', 'school.name'],
  ['Setting name', 'school.name'],
  ['School telephone', 'school.phone'],
  ["Referrer's name", 'referrer.name'],
  ['Name of referrer', 'referrer.name'],
  ['Designation', 'referrer.role', 'Your details'],
  ['Referrer job title', 'referrer.role'],
  ["School's URN", 'school.urn'],
  ['URN of school', 'school.urn'],
  ['Name', 'referrer.name', 'Your details'],
  ['Name', 'school.name', 'School details'],
  ['Email', 'referrer.email', 'About you'],
  ['Phone', 'referrer.phone', 'Referrer'],
  ['Surname', 'pupil.legal_surname', 'Section A – Child'],
]; 

const ATTENDANCE: Row[] = [
  ['Sessions possible', 'att.sessions_possible'],
  ['Possible sessions (this academic year)', 'att.sessions_possible'],
  ['Total number of possible sessions', 'att.sessions_possible'],
  ['Sessions attended', 'att.sessions_present'],
  ['Number of sessions attended', 'att.sessions_present'],
  ['Number of unauthorised sessions', 'att.sessions_unauthorised'],
  ['Unauthorised absence (sessions)', 'att.sessions_unauthorised'],
  ['Authorised absence (sessions)', 'att.sessions_authorised'],
  ['No. of authorised sessions', 'att.sessions_authorised'],
  ['Attendance %', 'att.percentage'],
  ['Attendance percentage to date', 'att.percentage'],
  ['Overall attendance (%)', 'att.percentage'],
  ['Unauthorised sessions in the last 100 sessions', 'att.unauth_last_100'],
  ['Date last attended', 'att.last_attended_date'],
  ['Last date the pupil attended school', 'att.last_attended_date'],
  ['First day of absence', 'att.first_absence_date'],
  ['Number of consecutive days absent', 'att.consecutive_absence_days'],
  ['Number of sessions coded G', 'att.code_count.G'],
  ['Date Notice to Improve issued', 'support.notice_to_improve_date'],
  ['Date of formal attendance meeting', 'support.formal_meeting_date'],
  ['% attendance', 'att.percentage'],
  ['Attendance (%)', 'att.percentage'],
  ['Attendance rate (%)', 'att.percentage'],
  ['Total authorised absences', 'att.sessions_authorised'],
  ['Number of possible sessions', 'att.sessions_possible'],
  ['Late after registers closed (U)', 'att.late_after_close'],
  ['No. of unauthorised sessions', 'att.sessions_unauthorised'],
  ['Date pupil last attended', 'att.last_attended_date'],
  ['Present (sessions)', 'att.sessions_present'],
  ['Percentage attendance (year to date)', 'att.percentage'],
  ['Unauthorised absence (days)', 'att.unauth_days'],
  ['Number of days of unauthorised absence', 'att.unauth_days'],
];

/** Figures we do not hold under words close to ones we do: never filled with the nearest figure. */
const NOT_OURS: Row[] = [
  ['Absence %', null],
  ['Authorised absence (days)', null],
  ['Total sessions missed', null],
  ['Persistent absence?', null],
  ['First name', null, 'About you'],
];

/** Wordings that do not say whose, or which: the planner must not guess. */
const AMBIGUOUS: Row[] = [
  // A name with no owner in a form about a pupil and a parent.
  ['Email address', null],
  ['Telephone', null],
];

/** Fields about somebody else (a sibling, a doctor, another professional): never the pupil's or a parent's value. */
const SOMEONE_ELSE: Row[] = [
  ['Date of birth', null, 'Sibling details'],
  ['First name', null, 'Brothers and sisters'],
  ['Surname', null, 'Emergency contact'],
  ['First name', null, 'Your details'],
  ['Surname', null, 'Person completing this form'],
  ['Date of birth', null, 'Other adults in the household'],
  ['Name', null, 'GP details'],
  ['Telephone', null, 'Other professionals involved'],
  ['Postcode', null, 'Previous school'],
];

/** The key a plan gives the form's one question: the action, or the key it would be if a value were held. */
function keyOf(p: Plan): string | null {
  if (p.actions.length) return p.actions[0]!.key;
  const r = p.refusals[0];
  return r && /^not held/.test(r.why) ? (r.suggestion?.key ?? null) : null;
}

function formFor([label, , section, title]: Row): string {
  const head = section ? `<h2>${section}</h2>` : '';
  return `<!doctype html><html><head><title>${title ?? 'Referral'}</title></head><body><h1>${title ?? 'Referral'}</h1><form>${head}<label for=x>${label}</label><input id=x name=field1></form></body></html>`;
}

describe('label variants the planner was not written against', () => {
  for (const [group, rows] of [['pupil', PUPIL], ['parent or carer', CARER], ['school and referrer', SCHOOL], ['attendance and support', ATTENDANCE]] as const) {
    it.each(rows.map((r) => [r[0], r[2] ?? '', r[1], r] as const))(`${group}: “%s” (under “%s”) is %s`, (_l, _s, key, row) => {
      // No values held: every mapped field is refused as "not held", naming the key it is.
      expect(keyOf(planOf(formFor(row), {}))).toBe(key);
    });
  }
  it.each(NOT_OURS.map((r) => [r[0], r[2] ?? '', r] as const))('“%s” (under “%s”) is no figure we hold', (_l, _s, row) => {
    expect(keyOf(planOf(formFor(row), {}))).toBe(null);
  });
  it.each(SOMEONE_ELSE.map((r) => [r[0], r[2]!, r] as const))('“%s” under “%s” is nobody we hold', (_l, _s, row) => {
    expect(keyOf(planOf(formFor(row), {}))).toBe(null);
  });
  it.each(AMBIGUOUS.map((r) => [r[0], r] as const))('“%s” with nobody named is not guessed', (_l, row) => {
    const p = planOf(formFor(row), {});
    expect(p.actions).toEqual([]);
    expect(p.refusals[0]!.why).toMatch(/ambiguous|cannot tell whose/);
  });
});
