/**
 * The lists a champion works from: severe and persistent absence, pupils close to PA, newly PA this
 * week, each time-window flag, and pupils with no recent marks (a data gap), each filterable by year
 * group, registration group and characteristic. Pure: the pupils' summaries (the engine's figures)
 * and the calendar in; the rows and each tab's count out.
 */
import { MIN_HISTORY_DAYS } from '../engine/arithmetic';
import type { SchoolCalendar } from '../engine/calendar';
import { addDays, type IsoDate } from '../engine/dates';
import type { Flag } from '../engine/flags';
import { marksFacts, type ListPupil, type ListSummary } from './list-pupil';
import type { PupilSummary } from './pupil-summary';
import { matchesWords, searchWords } from './pupil-list';
import { countsAsPa, countsAsSa, statusEarned } from './status-earned';

export type WorkTab = 'all' | 'SA' | 'PA' | 'at-risk' | 'new-PA' | 'pn' | 'n-overdue' | 'returns' | 'cme' | 'part-time' | 'no-recent-marks';

export interface WorkOptions {
  calendar: SchoolCalendar;
  asOf: IsoDate;
  /** "At risk": not PA, but this many more missed sessions (or fewer) would make them PA. */
  atRiskSessions: number;
  /** "No marks seen recently": more than this many school days since the last stored mark. */
  staleSchoolDays: number;
}

export const DEFAULT_AT_RISK_SESSIONS = 6;
export const DEFAULT_STALE_SCHOOL_DAYS = 5;

export interface WorkRow<S extends ListSummary = ListSummary> {
  s: S;
  /** Missed sessions from now that would make the pupil PA (0 when already PA; null with no possible sessions). */
  sessionsToPa: number | null;
  newlyPa: boolean;
  lastMark: IsoDate | null;
  /** School days after the last stored mark up to today (all school days on roll this year when none). */
  schoolDaysSinceMark: number;
}

/** Said under the PA and SA tabs, so a pupil missing from them is not a surprise. */
const NOT_YET = `Pupils with marks on fewer than ${MIN_HISTORY_DAYS} school days this year are not counted yet (too little history).`;

const hasAny = (flags: readonly Flag[], wanted: readonly Flag[]) => wanted.some((f) => flags.includes(f));

export const WORK_TABS: Record<WorkTab, { label: string; describe: (o: WorkOptions) => string; test: (r: WorkRow, o: WorkOptions) => boolean }> = {
  all: { label: 'All pupils', describe: () => 'Every stored pupil.', test: () => true },
  // A figure on too little history has no status word, so it is in neither list (status-earned.ts).
  SA: { label: 'Severe absence', describe: () => `Missed 50% or more of possible sessions this year. ${NOT_YET}`, test: (r) => countsAsSa(r.s) },
  PA: { label: 'Persistent absence', describe: () => `Missed 10% or more of possible sessions this year (severe absence included). ${NOT_YET}`, test: (r) => countsAsPa(r.s) },
  'at-risk': {
    label: 'At risk of PA',
    describe: (o) => `Not persistently absent yet, but ${o.atRiskSessions === 1 ? '1 more missed session' : `${o.atRiskSessions} or fewer more missed sessions`} would make them so.`,
    test: (r, o) => r.sessionsToPa !== null && r.sessionsToPa > 0 && r.sessionsToPa <= o.atRiskSessions,
  },
  'new-PA': { label: 'Newly PA this week', describe: () => 'Persistently absent now, but not at the end of last week.', test: (r) => r.newlyPa },
  pn: {
    label: 'Penalty notice threshold',
    describe: () => '10 or more unauthorised sessions in 10 school weeks (the national threshold for considering a penalty notice).',
    test: (r) => hasAny(r.s.evaluation.flags, ['PN_THRESHOLD_MET', 'PN_THRESHOLD_MET_EXCLUDING_N']),
  },
  'n-overdue': { label: 'N unresolved > 5 days', describe: () => 'An N code (reason not yet known) still unresolved after 5 school days.', test: (r) => r.s.evaluation.flags.includes('N_CODE_OVERDUE') },
  returns: {
    label: 'Returns due',
    describe: () => 'An attendance return (10 school days of continuous unauthorised absence) or a sickness return to the local authority is due.',
    test: (r) => hasAny(r.s.evaluation.flags, ['ATTENDANCE_RETURN_DUE', 'SICKNESS_RETURN_CONSECUTIVE', 'SICKNESS_RETURN_CUMULATIVE']),
  },
  cme: { label: 'CME checks', describe: () => 'A run of unexplained absence long enough for a children-missing-education check.', test: (r) => hasAny(r.s.evaluation.flags, ['CME_RUN_ONGOING', 'CME_DELETION_TIME_MET']) },
  'part-time': { label: 'Part-time timetables', describe: () => 'C2 (part-time timetable) marks in the window the LA asks about.', test: (r) => r.s.evaluation.flags.includes('PART_TIME_TIMETABLE') },
  'no-recent-marks': {
    label: 'No recent marks',
    describe: (o) => `On roll, but no mark stored for more than ${o.staleSchoolDays} school days: a gap in the data, not an absence. Open their register or import history.`,
    test: (r, o) => !r.s.row.leavingDate && r.schoolDaysSinceMark > o.staleSchoolDays,
  },
};
export const WORK_TAB_IDS = Object.keys(WORK_TABS) as WorkTab[];

/** R-PA on the exact counts: the smallest n with 10 × (absent + n) ≥ possible + n. */
export function sessionsToPa(attended: number, possible: number): number | null {
  if (possible <= 0) return null;
  const absent = possible - attended;
  return Math.max(0, Math.ceil((possible - 10 * absent) / 9));
}

export function workRows<S extends ListPupil | PupilSummary>(all: readonly S[], o: Pick<WorkOptions, 'calendar' | 'asOf'>): WorkRow<S>[] {
  const { calendar, asOf } = o;
  const year = calendar.academicYearOf(asOf);
  // Most pupils share a last-mark day (today, usually): count the school days after each day once, not per pupil.
  const daysAfter = new Map<IsoDate, number>();
  const schoolDaysAfter = (since: IsoDate) => {
    let n = daysAfter.get(since);
    if (n === undefined) daysAfter.set(since, (n = calendar.schoolDays(addDays(since, 1), asOf).length));
    return n;
  };
  return all.map((s) => {
    const a = s.badge.attendance;
    // A cached list row has them already; a full summary works them out (reading marks only when it must).
    const { newlyPa, lastMark } = 'newlyPa' in s ? (s as ListPupil) : marksFacts(s as PupilSummary, calendar, asOf);
    const since = lastMark ?? addDays(s.row.admissionDate && s.row.admissionDate > year.start ? s.row.admissionDate : year.start, -1);
    // Too little history for a status word (issue 16): no "PA now", no "at risk", no "newly PA" from it either.
    const earned = statusEarned(s);
    return { s, sessionsToPa: earned ? sessionsToPa(a.attended, a.possible) : null, newlyPa: earned && newlyPa, lastMark, schoolDaysSinceMark: schoolDaysAfter(since) };
  });
}

export type Characteristic = 'fsm' | 'not-fsm' | 'pp' | 'sen-support' | 'ehcp' | 'sen-any' | 'eal' | 'cic';
export const CHARACTERISTICS: Record<Characteristic, { label: string; test: (s: Pick<ListSummary, 'row'>) => boolean }> = {
  fsm: { label: 'Free school meals (FSM)', test: (s) => s.row.fsm === 1 },
  'not-fsm': { label: 'Not FSM', test: (s) => s.row.fsm === 0 },
  pp: { label: 'Pupil premium (PP)', test: (s) => s.row.pp === 1 },
  'sen-any': { label: 'SEN support or EHCP', test: (s) => s.row.sen === 'support' || s.row.sen === 'ehcp' },
  'sen-support': { label: 'SEN support', test: (s) => s.row.sen === 'support' },
  ehcp: { label: 'Education, health and care plan (EHCP)', test: (s) => s.row.sen === 'ehcp' },
  eal: { label: 'English as an additional language (EAL)', test: (s) => s.row.eal === 1 },
  cic: { label: 'Child in care (CiC)', test: (s) => s.row.cic === 1 },
};
export const CHARACTERISTIC_IDS = Object.keys(CHARACTERISTICS) as Characteristic[];

export interface WorkQuery {
  tab: WorkTab;
  search: string;
  yearGroup: string;
  regGroup: string;
  characteristic: Characteristic | '';
  sort: 'name' | 'attendance' | 'group';
  dir: 'asc' | 'desc';
}
export const DEFAULT_WORK_QUERY: WorkQuery = { tab: 'all', search: '', yearGroup: '', regGroup: '', characteristic: '', sort: 'attendance', dir: 'asc' };

/** Year and registration groups seen in the store, in a natural order ("Year 7" before "Year 10"). */
// One collator each, made once: `localeCompare` with a locale or options builds a collator per call, which
// made sorting 2,000 pupils (≈ 22,000 comparisons) a large part of a list's update.
const natural = new Intl.Collator('en-GB', { numeric: true });
const plain = new Intl.Collator();

export function groupsSeen(all: readonly Pick<ListSummary, 'row'>[]): { yearGroups: string[]; regGroups: string[] } {
  const nat = natural.compare;
  return {
    yearGroups: [...new Set(all.map((s) => s.row.yearGroup).filter((x): x is string => !!x))].sort(nat),
    regGroups: [...new Set(all.map((s) => s.row.regGroup).filter((x): x is string => !!x))].sort(nat),
  };
}

/** Characteristics that some stored pupil has (the filter offers only what the store knows). */
export function characteristicsSeen(all: readonly Pick<ListSummary, 'row'>[]): Characteristic[] {
  return CHARACTERISTIC_IDS.filter((c) => all.some(CHARACTERISTICS[c].test));
}

const inFacets = (r: WorkRow, q: WorkQuery, words: readonly string[]) =>
  (q.yearGroup === '' || r.s.row.yearGroup === q.yearGroup) &&
  (q.regGroup === '' || r.s.row.regGroup === q.regGroup) &&
  (q.characteristic === '' || CHARACTERISTICS[q.characteristic].test(r.s)) &&
  matchesWords(r.s, words);

/** Each tab's count under the current filters and search (what the tab labels show). */
export function tabCounts(rows: readonly WorkRow[], q: WorkQuery, o: WorkOptions): Record<WorkTab, number> {
  const out = Object.fromEntries(WORK_TAB_IDS.map((t) => [t, 0])) as Record<WorkTab, number>;
  const words = searchWords(q.search);
  for (const r of rows) {
    if (!inFacets(r, q, words)) continue;
    for (const t of WORK_TAB_IDS) if (WORK_TABS[t].test(r, o)) out[t]++;
  }
  return out;
}

export function workListRows<S extends ListSummary>(rows: readonly WorkRow<S>[], q: WorkQuery, o: WorkOptions): WorkRow<S>[] {
  const test = WORK_TABS[q.tab].test;
  const words = searchWords(q.search);
  const out = rows.filter((r) => test(r, o) && inFacets(r, q, words));
  const sign = q.dir === 'asc' ? 1 : -1;
  const byName = (a: WorkRow<S>, b: WorkRow<S>) => plain.compare(a.s.sortName, b.s.sortName) || plain.compare(a.s.pupilId, b.s.pupilId);
  return out.sort((a, b) => {
    if (q.sort === 'name') return sign * byName(a, b);
    if (q.sort === 'group') return sign * natural.compare(a.s.row.regGroup ?? '', b.s.row.regGroup ?? '') || byName(a, b);
    const x = a.s.badge.attendance;
    const y = b.s.badge.attendance;
    if ((x.possible === 0) !== (y.possible === 0)) return x.possible === 0 ? 1 : -1;
    return sign * (x.attended * y.possible - y.attended * x.possible) || byName(a, b);
  });
}

/** Rows as CSV for use inside school (names included): the caller shows the warning. */
export function namedListCsv(rows: readonly WorkRow[]): string {
  const head = ['Name', 'UPN', 'Year group', 'Registration group', 'Attendance %', 'Attended', 'Possible', 'Status', 'LA band', 'Flags', 'Last mark stored'];
  const lines = rows.map((r) => {
    const a = r.s.badge.attendance;
    return [
      r.s.name,
      r.s.row.upn ?? '',
      r.s.row.yearGroup ?? '',
      r.s.row.regGroup ?? '',
      a.display === null ? '' : String(a.display),
      String(a.attended),
      String(a.possible),
      countsAsSa(r.s) ? 'SA' : countsAsPa(r.s) ? 'PA' : r.s.badge.status === 'building' ? 'Too little history' : '',
      r.s.badge.band?.label ?? '',
      r.s.badge.markers.map((m) => m.short).join(' '),
      r.lastMark ?? '',
    ];
  });
  return toCsv([head, ...lines]);
}

/** RFC 4180 CSV; a cell starting with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (v: string) => {
    const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
