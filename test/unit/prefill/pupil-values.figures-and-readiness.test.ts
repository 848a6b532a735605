import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../lib/engine/calendar';
import { kentCalendarYears, KENT_YEARS } from '../../../lib/engine/calendars/kent';
import { KENT_PROFILE } from '../../../lib/engine/profiles';
import type { SessionMark } from '../../../lib/engine/types';
import { pnReadiness } from '../../../lib/prefill/pn-readiness';
import { ncYearOf, pupilValues } from '../../../lib/prefill/pupil-values';
import { readSchoolDetails, schoolValues } from '../../../lib/prefill/school-details';
import type { ActionRow } from '../../../lib/store/actions';
import type { PupilRow } from '../../../lib/store/rows';

const calendar = buildCalendar(kentCalendarYears(KENT_YEARS));
const seen = { source: 'page:arbor/student', firstSeen: '2026-09-03T08:00:00Z', lastSeenOn: '2026-12-01' };
const row: PupilRow = {
  id: 'p1', misKeys: ['arbor:1'], upn: 'A123456789012', legalForename: 'Amelia', legalSurname: 'Example', dob: '2015-03-02', sex: 'Female',
  yearGroup: 'Year 6', regGroup: '6B', cic: 0, sen: 'support',
  contacts: [
    { order: 2, forename: 'John', surname: 'Example', relationship: 'Father', parentalResponsibility: 1, phones: [{ number: '07700 900002' }] },
    { order: 1, title: 'Mrs', forename: 'Jane', surname: 'Example', relationship: 'Mother', parentalResponsibility: 1, phones: [{ number: '07700 900001' }], email: 'jane@example.org', address: '1 Example Street, Maidstone', postcode: 'ME1 1AA' },
  ],
  seen: { legalForename: seen, dob: seen, contacts: seen },
};

// Every school day of the autumn term present, except: a week's holiday (G) in October, and the
// last 6 school days absent unauthorised (O).
const days = calendar.schoolDays('2026-09-01', '2026-12-04');
const holiday = new Set(days.slice(30, 35));
const lastSix = new Set(days.slice(-6));
const marks: SessionMark[] = days.flatMap((date) => (['AM', 'PM'] as const).map((session) => ({
  date, session, code: holiday.has(date) ? 'G' : lastSix.has(date) ? 'O' : session === 'AM' ? '/' : '\\',
})));
const nti: ActionRow = { id: 'a1', pupilId: 'p1', date: days[10]!, kind: 'notice-to-improve', periodEnd: days[30]!, createdAt: '2026-09-20T10:00:00Z' };
const visit: ActionRow = { id: 'a2', pupilId: 'p1', date: days[40]!, kind: 'home-visit', outcome: 'No answer', createdAt: '2026-11-01T10:00:00Z' };

describe('pupilValues', () => {
  const out = pupilValues({ row, marks, actions: [visit, nti], calendar, profile: KENT_PROFILE, period: { from: days[0]!, to: days[days.length - 1]! } });
  const v = out.values;

  it('gives the pupil and carers in contact priority order, with where each was seen', () => {
    expect(v).toMatchObject({ 'pupil.legal_forename': 'Amelia', 'pupil.sex': 'F', 'pupil.nc_year': '6', 'pupil.sen_status': 'K', 'pupil.ehcp': false, 'pupil.lac': false });
    expect(v).toMatchObject({ 'carer[0].forename': 'Jane', 'carer[0].title': 'Mrs', 'carer[0].address.postcode': 'ME1 1AA', 'carer[1].forename': 'John', 'carer[1].parental_responsibility': true });
    expect(out.sources['pupil.legal_forename']).toBe('arbor page, seen Tue 1 Dec');
    expect(out.sources['pupil.upn']).toBe('stored pupil record');
  });

  it('computes the figures for the chosen period', () => {
    expect(v['att.sessions_possible']).toBe(days.length * 2);
    expect(v['att.sessions_unauthorised']).toBe(22);
    expect(v['att.code_count.G']).toBe(10);
    expect(v['att.code_count.O']).toBe(12);
    expect(v['att.sessions_present']).toBe(days.length * 2 - 22);
    expect(v['att.percentage']).toBe(Math.round(((days.length * 2 - 22) / (days.length * 2)) * 1000) / 10);
    expect(v['att.unauth_last_100']).toBe(22);
    expect(v['att.last_attended_date']).toBe(days[days.length - 7]);
    expect(v['att.first_absence_date']).toBe(days[days.length - 6]);
    expect(v['att.consecutive_absence_days']).toBe(6);
    expect(out.sources['att.sessions_possible']).toMatch(/computed from the stored register/);
  });

  it('takes support facts from the chronology', () => {
    expect(v['support.notice_to_improve_date']).toBe(days[10]);
    expect(v['support.home_visit_dates']).toBe(days[40]!.split('-').reverse().join('/'));
    expect(String(v['support.summary']).split('\n')).toHaveLength(2);
    expect(v['support.attendance_contract']).toBeUndefined();
  });

  it('shows the penalty-notice checks with evidence; unknown where nothing is known', () => {
    const checks = pnReadiness(out.evaluation, row, days[days.length - 1]!);
    const byId = Object.fromEntries(checks.map((c) => [c.id, c]));
    expect(byId.threshold!.result).toBe('pass');
    expect(byId.threshold!.evidence).toMatch(/G 10, N 0, O \d+/);
    expect(byId['nti-sent']!.result).toBe('pass');
    expect(byId['not-in-care']!.result).toBe('pass');
    expect(byId['compulsory-age']!.result).toBe('pass');
    expect(pnReadiness(out.evaluation, { cic: undefined }, days[days.length - 1]!).find((c) => c.id === 'not-in-care')!.result).toBe('unknown');
  });
});

describe('school details', () => {
  it('reads the settings tolerantly: missing or empty is unknown', () => {
    const d = readSchoolDetails({ version: 1, school: { name: ' Demo Primary ', address: { town: 'Maidstone', postcode: 5 } }, referrer: null });
    expect(schoolValues(d)).toEqual({ 'school.name': 'Demo Primary', 'school.address.town': 'Maidstone', 'school.address.full': 'Maidstone' });
    expect(schoolValues(readSchoolDetails(undefined))).toEqual({});
  });

  it('turns year groups into NC years', () => {
    expect(['Reception', 'Year 7', 'Y10', 'N2', 'Form 7B'].map(ncYearOf)).toEqual(['R', '7', '10', 'N2', undefined]);
  });
});
