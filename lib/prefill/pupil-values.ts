/**
 * The canonical values for one pupil, from what the store holds: the pupil's row (facts and carers
 * with where each was seen), the engine's figures for the period the user picked, and support facts
 * from the chronology. Pure: the background passes rows, marks, calendar and "as of" in.
 */
import type { SchoolCalendar } from '../engine/calendar';
import { formatShort, type IsoDate } from '../engine/dates';
import { evaluatePupil, type PupilEvaluation } from '../engine/evaluate';
import { figuresFor } from '../engine/figures';
import { normaliseMark } from '../engine/codes';
import type { ThresholdProfile } from '../engine/profiles';
import type { SessionMark } from '../engine/types';
import { contextFromActions, factsFromRow } from '../pupil/evaluation-input';
import type { ActionRow } from '../store/actions';
import type { PupilRow } from '../store/rows';
import type { PrefillValues } from './snapshot';

export interface PupilValuesInput {
  row: PupilRow;
  marks: readonly SessionMark[];
  /** The pupil's chronology, newest first. */
  actions: readonly ActionRow[];
  calendar: SchoolCalendar;
  profile: ThresholdProfile;
  period: { from: IsoDate; to: IsoDate };
}

export interface PupilValues {
  values: PrefillValues;
  /** Key → where the value came from, in words ("Arbor page, seen 4 Dec"; "engine: 2 Sep – 4 Dec"). */
  sources: Record<string, string>;
  periodLabel: string;
  evaluation: PupilEvaluation;
}

const bool = (b: 0 | 1 | undefined) => (b === undefined ? undefined : b === 1);

function sourceText(row: PupilRow, fact: keyof PupilRow['seen']): string {
  const seen = row.seen[fact];
  if (!seen) return 'stored pupil record';
  const [kind, rest] = seen.source.split(':');
  const where = kind === 'page' ? `${(rest ?? '').split('/')[0]} page` : kind === 'import' ? 'an import' : seen.source;
  return `${where}, seen ${formatShort(seen.lastSeenOn)}`;
}

/** "Surname, Forename" or "Forename Surname" → parts; null when it is one word. */
export function splitShownName(shown: string): { forename: string; surname: string } | null {
  const t = shown.trim().replace(/\s+/g, ' ');
  const comma = t.split(',');
  if (comma.length === 2 && comma[0]!.trim() && comma[1]!.trim()) return { surname: comma[0]!.trim(), forename: comma[1]!.trim() };
  const words = t.split(' ');
  if (words.length < 2) return null;
  return { forename: words.slice(0, -1).join(' '), surname: words.at(-1)! };
}

export function ncYearOf(yearGroup: string | undefined): string | undefined {
  if (!yearGroup) return undefined;
  const t = yearGroup.trim();
  if (/^(r|rec|reception|yr|year r)$/i.test(t)) return 'R';
  const n = /^(?:year|yr|y|nc year|ncy)?\s*(\d{1,2})$/i.exec(t);
  if (n) return String(Number(n[1]));
  const nur = /^(?:n|nursery)\s*([12])$/i.exec(t);
  return nur ? `N${nur[1]}` : undefined;
}

function sexOf(s: string | undefined): 'M' | 'F' | undefined {
  if (!s) return undefined;
  if (/^(m|male|boy)$/i.test(s.trim())) return 'M';
  if (/^(f|female|girl)$/i.test(s.trim())) return 'F';
  return undefined;
}

function actionLine(a: ActionRow): string {
  const what = ({ call: 'Phone call', letter: 'Letter', meeting: 'Meeting', 'home-visit': 'Home visit', 'notice-to-improve': 'Notice to improve issued', 'attendance-contract': 'Attendance contract', 'penalty-notice': 'Penalty notice', referral: 'Referral', note: 'Note' } as const)[a.kind];
  const extra = a.kind === 'penalty-notice' ? ` (${a.stage})` : a.kind === 'referral' ? ` to ${a.to}` : a.kind === 'home-visit' || a.kind === 'call' ? (a.outcome ? `: ${a.outcome}` : '') : '';
  return `${formatShort(a.date)} ${a.date.slice(0, 4)}: ${what}${extra}${a.note ? ` – ${a.note}` : ''}`;
}

export function pupilValues(input: PupilValuesInput): PupilValues {
  const { row, calendar, profile, period } = input;
  const values: PrefillValues = {};
  const sources: Record<string, string> = {};
  const put = (key: string, v: string | number | boolean | undefined | null, source: string) => {
    if (v === undefined || v === null || v === '') return;
    values[key] = v;
    sources[key] = source;
  };
  put('pupil.legal_forename', row.legalForename, sourceText(row, 'legalForename'));
  put('pupil.legal_surname', row.legalSurname, sourceText(row, 'legalSurname'));
  if (!row.legalForename && !row.legalSurname && row.displayName) {
    // Only the name as a page showed it: offered, with a source that says to check it is the legal name.
    const shown = splitShownName(row.displayName);
    const src = `the name shown on the MIS page (${sourceText(row, 'displayName')}): check it is the legal name`;
    if (shown) {
      put('pupil.legal_forename', shown.forename, src);
      put('pupil.legal_surname', shown.surname, src);
    }
  }
  put('pupil.middle_names', row.middleNames, sourceText(row, 'middleNames'));
  put('pupil.preferred_forename', row.preferredForename, sourceText(row, 'preferredForename'));
  put('pupil.preferred_surname', row.preferredSurname, sourceText(row, 'preferredSurname'));
  put('pupil.dob', row.dob, sourceText(row, 'dob'));
  put('pupil.sex', sexOf(row.sex), sourceText(row, 'sex'));
  put('pupil.upn', row.upn, sourceText(row, 'upn'));
  put('pupil.nc_year', ncYearOf(row.yearGroup), sourceText(row, 'yearGroup'));
  put('pupil.reg_group', row.regGroup, sourceText(row, 'regGroup'));
  put('pupil.lac', bool(row.cic), sourceText(row, 'cic'));
  put('pupil.fsm', bool(row.fsm), sourceText(row, 'fsm'));
  put('pupil.pupil_premium', bool(row.pp), sourceText(row, 'pp'));
  if (row.sen) {
    put('pupil.sen_status', row.sen === 'none' ? 'N' : row.sen === 'support' ? 'K' : 'E', sourceText(row, 'sen'));
    put('pupil.ehcp', row.sen === 'ehcp', sourceText(row, 'sen'));
  }
  // The pupil's own address (CTF import); the one-line form is derived from these parts.
  if (row.address) {
    const src = sourceText(row, 'address');
    put('pupil.address.line1', row.address.line1, src);
    put('pupil.address.line2', row.address.line2, src);
    put('pupil.address.town', row.address.town, src);
    put('pupil.address.postcode', row.address.postcode, src);
    if (row.address.county) put('pupil.address.full', [row.address.line1, row.address.line2, row.address.town, row.address.county, row.address.postcode].filter(Boolean).join(', '), src);
  }
  const contacts = [...(row.contacts ?? [])].sort((a, b) => (a.order ?? 99) - (b.order ?? 99));
  contacts.forEach((c, n) => {
    const src = sourceText(row, 'contacts');
    put(`carer[${n}].title`, c.title, src);
    put(`carer[${n}].forename`, c.forename, src);
    put(`carer[${n}].surname`, c.surname, src);
    put(`carer[${n}].relationship`, c.relationship, src);
    put(`carer[${n}].parental_responsibility`, bool(c.parentalResponsibility), src);
    put(`carer[${n}].address.full`, [c.address, c.postcode].filter(Boolean).join(', '), src);
    put(`carer[${n}].address.postcode`, c.postcode, src);
    put(`carer[${n}].phone`, c.phones[0]?.number, src);
    put(`carer[${n}].email`, c.email, src);
  });

  // Figures for the chosen period, computed now by the engine.
  const facts = factsFromRow(row);
  const fig = figuresFor(input.marks, calendar, { from: period.from, to: period.to, admissionDate: facts.admissionDate, leavingDate: facts.leavingDate });
  const periodLabel = `${formatShort(period.from)} ${period.from.slice(0, 4)} – ${formatShort(period.to)} ${period.to.slice(0, 4)}`;
  const eng = `computed from the stored register, ${periodLabel}`;
  put('att.period_start', period.from, 'the period you chose');
  put('att.period_end', period.to, 'the period you chose');
  put('att.sessions_possible', fig.possibleSessions, eng);
  put('att.sessions_present', fig.counts.present + fig.counts.aea, eng);
  put('att.sessions_aea', fig.counts.aea, eng);
  put('att.sessions_authorised', fig.counts.authorised, eng);
  put('att.sessions_unauthorised', fig.counts.unauthorised, eng);
  if (fig.attendance) put('att.percentage', fig.attendance.pct, eng);
  put('att.late_before_close', fig.late.L, eng);
  put('att.late_after_close', fig.late.U, eng);
  const inPeriod = input.marks.filter((m) => m.date >= period.from && m.date <= period.to && calendar.isSchoolDay(m.date));
  const codeCounts = new Map<string, number>();
  for (const m of inPeriod) {
    const n = normaliseMark(m.code, m.date);
    if (!n.code || n.category === 'present' || n.category === 'unknown' || n.category === 'missing' || n.category === 'notRecorded') continue;
    codeCounts.set(n.code, (codeCounts.get(n.code) ?? 0) + 1);
  }
  for (const [code, n] of codeCounts) put(`att.code_count.${code}`, n, eng);
  // Unauthorised sessions in the last 100 possible sessions up to the end of the period.
  const possible = input.marks
    .filter((m) => m.date <= period.to && calendar.isSchoolDay(m.date))
    .map((m) => ({ m, n: normaliseMark(m.code, m.date) }))
    .filter(({ n }) => n.category === 'present' || n.category === 'aea' || n.category === 'authorised' || n.category === 'unauthorised')
    .sort((a, b) => (a.m.date === b.m.date ? (a.m.session < b.m.session ? -1 : 1) : a.m.date < b.m.date ? -1 : 1));
  if (possible.length >= 100) {
    put('att.unauth_last_100', possible.slice(-100).filter(({ n }) => n.category === 'unauthorised').length, `${eng} (last 100 possible sessions from ${formatShort(possible[possible.length - 100]!.m.date)})`);
  }
  const evaluation = evaluatePupil({ marks: input.marks, pupil: facts, context: contextFromActions(input.actions) }, calendar, profile, period.to);
  put('pupil.compulsory_school_age', evaluation.compulsorySchoolAge.assumed ? undefined : evaluation.compulsorySchoolAge.compulsory, 'worked out from the date of birth');
  put('att.last_attended_date', evaluation.cme.lastAttended, eng);
  if (evaluation.cme.ongoingRunDays > 0) {
    put('att.first_absence_date', evaluation.cme.runStart, eng);
    put('att.consecutive_absence_days', evaluation.cme.ongoingRunDays, eng);
  }
  put('pn.threshold_met_date', evaluation.pnThreshold?.national.metOn ?? undefined, eng);

  // Support facts from the chronology (newest first).
  const chron = 'the pupil’s chronology';
  const nti = input.actions.find((a) => a.kind === 'notice-to-improve');
  put('support.notice_to_improve_date', nti?.date, chron);
  const meeting = input.actions.find((a) => a.kind === 'meeting');
  put('support.formal_meeting_date', meeting?.date, chron);
  if (input.actions.some((a) => a.kind === 'attendance-contract')) put('support.attendance_contract', true, chron);
  const visits = input.actions.filter((a) => a.kind === 'home-visit').map((a) => a.date).reverse();
  put('support.home_visit_dates', visits.map((d) => d.split('-').reverse().join('/')).join(', '), chron);
  const lines = input.actions.filter((a) => a.kind !== 'note' || a.note).slice(0, 20).reverse().map(actionLine);
  put('support.summary', lines.join('\n'), chron);
  return { values, sources, periodLabel, evaluation };
}
