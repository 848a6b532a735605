/**
 * Penalty-notice readiness: the national framework's checks, each pass / fail / unknown with the
 * evidence behind it. It warns; it never blocks a fill. Pure, from the engine's evaluation.
 */
import { formatShort } from '../engine/dates';
import type { PupilEvaluation } from '../engine/evaluate';
import type { PupilRow } from '../store/rows';

export type CheckResult = 'pass' | 'fail' | 'unknown';
export interface ReadinessCheck { id: string; title: string; result: CheckResult; evidence: string }

const d = (iso: string) => `${formatShort(iso)} ${iso.slice(0, 4)}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function pnReadiness(ev: PupilEvaluation, row: Pick<PupilRow, 'cic'>, asOf: string): ReadinessCheck[] {
  const pn = ev.pnThreshold;
  const nat = pn?.national;
  const kent = ev.kentPn;
  const checks: ReadinessCheck[] = [];
  if (!nat) {
    checks.push({ id: 'threshold', title: '10 unauthorised sessions in 10 school weeks', result: 'unknown', evidence: 'Not worked out: the pupil is not of compulsory school age or there are no marks.' });
  } else if (nat.met && nat.window && nat.metOn) {
    const b = nat.byCode;
    checks.push({ id: 'threshold', title: '10 unauthorised sessions in 10 school weeks', result: 'pass', evidence: `Met on ${d(nat.metOn)}: ${nat.sessions.length} sessions between ${d(nat.window.start)} and ${d(nat.window.end)} (G ${b.G}, N ${b.N}, O ${b.O}, U ${b.U}).` });
  } else {
    checks.push({ id: 'threshold', title: '10 unauthorised sessions in 10 school weeks', result: 'fail', evidence: `Not met: at most ${plural(nat.maxInWindow, 'session')} in any 10 school weeks.` });
  }
  const leaveRoute = kent?.route === 'G';
  if (kent?.ntiIssuedOn) {
    checks.push({ id: 'nti-sent', title: 'Notice to improve sent', result: 'pass', evidence: `Issued on ${d(kent.ntiIssuedOn)} (from the chronology).` });
    if (kent.ntiPeriodEnd && kent.ntiPeriodEnd < asOf) {
      const n = kent.unauthorisedInNtiPeriod ?? 0;
      checks.push({ id: 'nti-elapsed', title: 'Improvement period over, with unauthorised absence in it', result: n > 0 ? 'pass' : 'fail', evidence: `Period ${kent.ntiPeriodStart ? d(kent.ntiPeriodStart) : '?'} – ${d(kent.ntiPeriodEnd)}: ${plural(n, 'unauthorised session')}.` });
    } else {
      checks.push({ id: 'nti-elapsed', title: 'Improvement period over, with unauthorised absence in it', result: 'fail', evidence: kent.ntiPeriodEnd ? `The period runs until ${d(kent.ntiPeriodEnd)}.` : 'The period’s end is past the calendar held.' });
    }
  } else {
    checks.push({ id: 'nti-sent', title: 'Notice to improve sent', result: leaveRoute ? 'unknown' : 'fail', evidence: leaveRoute ? 'None in the chronology; a holiday (G) request may not need one.' : 'No notice to improve in the chronology.' });
    checks.push({ id: 'nti-elapsed', title: 'Improvement period over, with unauthorised absence in it', result: leaveRoute ? 'unknown' : 'fail', evidence: 'No notice to improve in the chronology.' });
  }
  const esc = pn?.escalation;
  checks.push(esc
    ? { id: 'two-in-three-years', title: 'Fewer than two notices for this pupil and parent in 3 years', result: esc.limitReached ? 'fail' : 'pass', evidence: `${plural(esc.noticesInPeriod, 'notice')} recorded for this pupil in the chronology${esc.periodStart ? ` since ${d(esc.periodStart)}` : ''}. Notices to the same parent for other children are not known here.` }
    : { id: 'two-in-three-years', title: 'Fewer than two notices for this pupil and parent in 3 years', result: 'pass', evidence: 'No penalty notice in the chronology. Notices to the same parent for other children are not known here.' });
  checks.push(!nat?.met
    ? { id: 'no-c2', title: 'No C2 (part-time timetable) in the window', result: 'unknown', evidence: 'No threshold window yet.' }
    : { id: 'no-c2', title: 'No C2 (part-time timetable) in the window', result: nat.c2InWindow ? 'fail' : 'pass', evidence: nat.c2InWindow ? 'A C2 session is recorded in the 10 weeks.' : 'No C2 session in the 10 weeks.' });
  checks.push(row.cic === undefined
    ? { id: 'not-in-care', title: 'Not a child in care', result: 'unknown', evidence: 'Not recorded in the pupil’s record.' }
    : { id: 'not-in-care', title: 'Not a child in care', result: row.cic === 1 ? 'fail' : 'pass', evidence: row.cic === 1 ? 'Recorded as a child in care: do not request a penalty notice.' : 'Recorded as not in care.' });
  const csa = ev.compulsorySchoolAge;
  checks.push({ id: 'compulsory-age', title: 'Of compulsory school age', result: csa.assumed ? 'unknown' : csa.compulsory ? 'pass' : 'fail', evidence: csa.reason });
  return checks;
}
