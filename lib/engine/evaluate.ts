/**
 * The evaluation entry point: all figures, flags, bands and reasons for one pupil, as at the end of `asOf`.
 * Pure: no clock, no storage, no DOM; never throws on register data (bad data becomes flags and problems).
 */
import { academicYearOf, type AcademicYear, type SchoolCalendar } from './calendar';
import { compulsorySchoolAge, type CompulsorySchoolAge } from './compulsory-school-age';
import { isIsoDate, type IsoDate } from './dates';
import { tallyRange, type Coverage } from './figures';
import type { Flag, Reason } from './flags';
import type { ThresholdProfile } from './profiles';
import { raise, type RuleContext } from './rule-context';
import { attendanceReturn, type AttendanceReturn } from './rules/attendance-return';
import { cme, type Cme } from './rules/cme';
import { dataQuality } from './rules/data-quality';
import { kentClosure, type KentClosure } from './rules/kent-closure';
import { kentPn, type KentPn } from './rules/kent-pn';
import { laBand, type Bands } from './rules/la-band';
import { nCodes, type NCode } from './rules/n-codes';
import { paSa } from './rules/pa-sa';
import { partTime, type PartTime } from './rules/part-time';
import { pnThreshold, type PnThreshold } from './rules/pn-threshold';
import { recovery, type Recovery } from './rules/recovery';
import { sicknessReturn, type SicknessReturn } from './rules/sickness-return';
import { suspension, type Suspension } from './rules/suspension';
import { trend, type Trend } from './rules/trend';
import { buildTimeline } from './timeline';
import type { DataProblem, PupilInput, Rate, SessionCounts } from './types';

export interface PupilEvaluation {
  asOf: IsoDate;
  academicYear: AcademicYear;
  compulsorySchoolAge: Pick<CompulsorySchoolAge, 'compulsory' | 'assumed' | 'reason'>;
  /** `R-POSS`: academic year of "as of", on roll, school days up to "as of". */
  possibleSessions: number;
  counts: SessionCounts;
  late: { L: number; U: number };
  rates: { attendance: Rate | null; overallAbsence: Rate | null; authorisedAbsence: Rate | null; unauthorisedAbsence: Rate | null };
  /** Display values (1 dp, half-up), null when nothing is possible. */
  attendancePct: number | null;
  overallAbsencePct: number | null;
  authorisedAbsencePct: number | null;
  unauthorisedAbsencePct: number | null;
  attendanceExact: string | null;
  persistentAbsence: boolean;
  severeAbsence: boolean;
  pnThreshold: PnThreshold | null;
  kentPn: KentPn | null;
  attendanceReturn: AttendanceReturn | null;
  sicknessReturn: SicknessReturn | null;
  cme: Cme;
  nCodes: NCode[];
  flags: Flag[];
  bands: Bands;
  kentClosure: KentClosure;
  suspension: Suspension;
  partTime: PartTime;
  coverage: Coverage;
  trend: Trend;
  recovery: Recovery | null;
  reasons: Reason[];
  problems: DataProblem[];
}

export function evaluatePupil(input: PupilInput, calendar: SchoolCalendar, profile: ThresholdProfile, asOf: IsoDate): PupilEvaluation {
  const pupil = input.pupil;
  const year = academicYearOf(asOf);
  const csa: CompulsorySchoolAge =
    typeof pupil.compulsorySchoolAge === 'boolean'
      ? { compulsory: pupil.compulsorySchoolAge, assumed: false, starts: null, ends: null, reason: pupil.compulsorySchoolAge ? 'Of compulsory school age (as recorded).' : 'Not of compulsory school age (as recorded).' }
      : compulsorySchoolAge(pupil.dateOfBirth, asOf);
  const admissionDate = pupil.admissionDate !== undefined && isIsoDate(pupil.admissionDate) ? pupil.admissionDate : undefined;
  const leavingDate = pupil.leavingDate !== undefined && isIsoDate(pupil.leavingDate) ? pupil.leavingDate : undefined;

  const tl = buildTimeline(input.marks, calendar, { admissionDate, leavingDate, upTo: asOf });
  try {
    const v = tl.view;
    // Year scope: from the later of 1 August and admission, to "as of" (or leaving).
    const yearFrom = admissionDate && admissionDate > year.start ? admissionDate : year.start;
    const yLo = v.fromCal(calendar.firstDayOnOrAfter(yearFrom) - 1) + 1;
    const yHi = Math.min(tl.hi, v.fromCal(calendar.lastDayOnOrBefore(year.end)));
    const tally = tallyRange(v, yLo, yHi);
    const f = tally.figures;
    const flags: Flag[] = [];
    const reasons: Reason[] = [];
    const ctx: RuleContext = {
      view: v,
      lo: Math.max(tl.lo, tl.rollLo),
      hi: tl.hi,
      yLo,
      yHi,
      asOf,
      yearEnd: year.end,
      csa: csa.compulsory,
      tally,
      context: input.context ?? {},
      flags,
      reasons,
    };
    if (csa.assumed) raise(ctx, 'CSA_ASSUMED', csa.reason, {});
    else if (!csa.compulsory) raise(ctx, 'NOT_COMPULSORY_SCHOOL_AGE', `${csa.reason} Penalty-notice, return and sickness checks do not apply; figures are still shown.`, {});

    const pa = paSa(ctx);
    const bands = laBand(ctx, profile);
    const pn = pnThreshold(ctx);
    const result: PupilEvaluation = {
      asOf,
      academicYear: year,
      compulsorySchoolAge: { compulsory: csa.compulsory, assumed: csa.assumed, reason: csa.reason },
      possibleSessions: f.possibleSessions,
      counts: f.counts,
      late: f.late,
      rates: { attendance: f.attendance, overallAbsence: f.overallAbsence, authorisedAbsence: f.authorisedAbsence, unauthorisedAbsence: f.unauthorisedAbsence },
      attendancePct: f.attendance?.pct ?? null,
      overallAbsencePct: f.overallAbsence?.pct ?? null,
      authorisedAbsencePct: f.authorisedAbsence?.pct ?? null,
      unauthorisedAbsencePct: f.unauthorisedAbsence?.pct ?? null,
      attendanceExact: f.attendanceExact,
      persistentAbsence: pa.persistentAbsence,
      severeAbsence: pa.severeAbsence,
      pnThreshold: pn,
      kentPn: kentPn(ctx, pn),
      attendanceReturn: attendanceReturn(ctx),
      sicknessReturn: sicknessReturn(ctx),
      cme: cme(ctx),
      nCodes: nCodes(ctx),
      flags,
      bands,
      kentClosure: kentClosure(ctx),
      suspension: suspension(ctx),
      partTime: partTime(ctx),
      coverage: f.coverage,
      trend: trend(ctx),
      recovery: recovery(ctx, leavingDate),
      reasons,
      problems: tl.problems,
    };
    dataQuality(ctx);
    return result;
  } finally {
    tl.release();
  }
}
