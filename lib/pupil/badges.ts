/**
 * From the engine's evaluation of one pupil to the badge the page draws (`PupilBadge`). Pure: the
 * background calls it with data from the store; tests call it with engine output.
 *
 * How much history a flag stands on (issue 6): year-long figures (PA, SA, bands) say "provisional"
 * whenever a school day on roll this year has no stored mark. A time-window marker is shown only
 * when the stored marks cover its window without a gap — with one exception, for counts that are
 * already met from the marks we hold (penalty-notice threshold, cumulative sickness, a part-time
 * timetable seen): more history can only add sessions to them, so they cannot be false positives.
 */
import type { SchoolCalendar } from '../engine/calendar';
import { formatShort, type IsoDate } from '../engine/dates';
import type { PupilEvaluation } from '../engine/evaluate';
import type { ThresholdProfile } from '../engine/profiles';
import type { SessionMark } from '../engine/types';
import { bandRulesFromProfile } from './band-rules';
import { type BadgeMarker, type BandRule, type PupilBadge } from './badge';
import { NATIONAL_LINES, earnsStatus, nearPa, roundingMisleads } from '../engine/arithmetic';

/**
 * A missing-education check is flagged on the register once the pupil has been away (G, N or O)
 * for a school week without a break: halfway to Kent's 10-school-day referral deadline. A day or
 * two of O is an ordinary absence; the engine's CME figures and reasons still run from day one
 * and are shown in the details panel.
 */
export const CME_MARKER_AFTER_DAYS = 5;

export interface BadgeInput {
  key: string;
  name: string;
  pupilId?: string;
  evaluation: PupilEvaluation;
  profile: ThresholdProfile;
  calendar: SchoolCalendar;
  /** Stored marks merged with unsaved ones (what the evaluation used). */
  marks: readonly SessionMark[];
  includesUnsaved: boolean;
  lastActions: { date: string; summary: string }[];
  onPageSessions: Record<string, string | null>;
}

/**
 * The earliest date from which every school day up to `asOf` has at least one mark (no gap), or null
 * when `asOf` itself has none. Days before admission are not the pupil's and do not count as gaps.
 */
export function coveredFrom(marks: readonly SessionMark[], calendar: SchoolCalendar, asOf: IsoDate, admission?: IsoDate): IsoDate | null {
  const marked = new Set<string>();
  for (const m of marks) if (m.code !== null) marked.add(m.date);
  let from: IsoDate | null = null;
  for (let i = calendar.lastDayOnOrBefore(asOf); i >= 0; i--) {
    const d = calendar.days[i]!;
    if (admission && d < admission) break;
    if (!marked.has(d)) break;
    from = d;
  }
  return from;
}

const covers = (from: IsoDate | null, windowStart: IsoDate | null | undefined) => from !== null && !!windowStart && windowStart >= from;

/** Percentages the user might compare a rounded figure with: PA and SA lines and the profile's band edges. */
export function misleadingLines(profile: Pick<ThresholdProfile, 'bands'>): number[] {
  const edges = new Set<number>(NATIONAL_LINES);
  for (const b of profile.bands) if (b.from) edges.add(b.from.pct);
  return [...edges];
}

/** The engine's reasons that belong to a time-window marker: shown only with their marker. */
const MARKER_REASONS: Record<string, BadgeMarker['id']> = {
  PN_THRESHOLD_MET: 'PN_THRESHOLD',
  PN_THRESHOLD_MET_EXCLUDING_N: 'PN_THRESHOLD',
  PN_C2_IN_THRESHOLD_WINDOW: 'PN_THRESHOLD',
  N_CODE_OVERDUE: 'N_OVERDUE',
  ATTENDANCE_RETURN_DUE: 'ATTENDANCE_RETURN',
  SICKNESS_RETURN_CONSECUTIVE: 'SICKNESS_RETURN',
  SICKNESS_RETURN_CUMULATIVE: 'SICKNESS_RETURN',
  CME_RUN_ONGOING: 'CME_CHECK',
  CME_DELETION_TIME_MET: 'CME_CHECK',
  E_BEYOND_DAY_5: 'SUSPENSION_DAY6',
};
/** Reasons that carry a status word: left out until the figure has earned one. */
const STATUS_REASONS = new Set(['PERSISTENT_ABSENCE', 'SEVERE_ABSENCE', 'TREND_DOWN']);

export function badgeFor(input: BadgeInput): PupilBadge {
  const { evaluation: e, profile, calendar } = input;
  const att = e.rates.attendance;
  const attended = e.counts.present + e.counts.aea;
  const possible = e.possibleSessions;
  const from = coveredFrom(input.marks, calendar, e.asOf);
  const provisional = !e.coverage.complete;

  // Rounding can mislead right at a line: 89.95% shows 90.0% but is PA; 90.05% also shows 90.0% and is not.
  const showFraction = roundingMisleads(attended, possible, misleadingLines(profile));
  // A status word, band, colour and next step rest on at least MIN_HISTORY_DAYS school days of marks this year.
  const earned = earnsStatus(e.coverage.daysWithMarks);
  const yearStart = e.academicYear.start;
  const thisYear = (d: string | null | undefined) => !!d && d >= yearStart;

  const band = earned ? e.bands.profile.band : null;
  // One rule for band colours everywhere (the page's live recompute uses the same rules).
  const rule = band ? bandRulesFromProfile(profile).find((r) => r.id === band.id) : undefined;
  const tone = rule?.tone ?? 'info';
  const status: PupilBadge['status'] = !att
    ? 'no-data'
    : !earned
      ? 'building'
      : e.severeAbsence
        ? 'SA'
        : e.persistentAbsence
          ? 'PA'
          : atRisk(e, rule)
            ? 'at-risk'
            : 'ok';

  const markers: BadgeMarker[] = [];
  const reasonText = (id: string, fallback: string) => e.reasons.find((r) => r.id === id)?.text ?? fallback;
  const pn = e.pnThreshold?.national;
  if (pn?.met && thisYear(pn.metOn)) markers.push({ id: 'PN_THRESHOLD', short: 'PN', text: reasonText('PN_THRESHOLD_MET', `Penalty-notice threshold met on ${formatShort(pn.metOn!)}.`) });
  const overdue = e.nCodes.filter((n) => n.overdue && thisYear(n.date) && covers(from, n.date));
  if (overdue.length) {
    markers.push({ id: 'N_OVERDUE', short: `N>5d ×${overdue.length}`, text: reasonText('N_CODE_OVERDUE', `${overdue.length === 1 ? '1 N code' : `${overdue.length} N codes`} unresolved after 5 school days.`) });
  }
  const ret = e.attendanceReturn;
  const lastRun = ret?.runs[ret.runs.length - 1];
  if (ret?.qualifies && thisYear(lastRun?.end ?? lastRun?.start) && covers(from, lastRun?.start)) {
    markers.push({ id: 'ATTENDANCE_RETURN', short: 'Return due', text: reasonText('ATTENDANCE_RETURN_DUE', `Attendance return: ${lastRun?.days} school days' continuous unauthorised absence.`) });
  }
  const sick = e.sicknessReturn;
  if (sick && ((sick.consecutive.met && thisYear(sick.consecutive.runStart) && covers(from, sick.consecutive.runStart)) || sick.cumulative.met)) {
    markers.push({
      id: 'SICKNESS_RETURN',
      short: 'Sick return',
      text: reasonText(sick.consecutive.met ? 'SICKNESS_RETURN_CONSECUTIVE' : 'SICKNESS_RETURN_CUMULATIVE', 'Sickness return due.'),
    });
  }
  if (e.cme.ongoingRunDays >= CME_MARKER_AFTER_DAYS && e.cme.kentReferralDueBy && e.coverage.daysWithMarks > 0 && covers(from, e.cme.runStart)) {
    markers.push({ id: 'CME_CHECK', short: 'CME check', text: reasonText('CME_RUN_ONGOING', `Absent since ${formatShort(e.cme.runStart!)}: a children-missing-education check is due.`) });
  }
  if (e.partTime.c2Sessions > 0) {
    markers.push({ id: 'PART_TIME', short: 'C2', text: reasonText('PART_TIME_TIMETABLE', `Part-time timetable: ${e.partTime.c2Sessions === 1 ? '1 C2 session' : `${e.partTime.c2Sessions} C2 sessions`}.`) });
  }
  const breach = e.suspension.day6BreachDates[0];
  if (breach && thisYear(breach) && covers(from, calendar.days[Math.max(0, calendar.lastDayOnOrBefore(breach) - 5)])) {
    markers.push({ id: 'SUSPENSION_DAY6', short: 'E day 6+', text: reasonText('E_BEYOND_DAY_5', `Suspended beyond day 5 without provision (from ${formatShort(breach)}).`) });
  }

  return {
    key: input.key,
    ...(input.pupilId ? { pupilId: input.pupilId } : {}),
    name: input.name,
    status,
    attendance: { attended, possible, display: att ? att.pct.toFixed(1) : null, showFraction },
    coverage: {
      schoolDaysOnRoll: e.coverage.schoolDaysOnRoll,
      daysWithMarks: e.coverage.daysWithMarks,
      missingDays: e.coverage.daysWithoutMarks,
    },
    provisional,
    trend: e.trend.direction,
    band: band ? { id: band.id, label: band.label, tone, nextStep: band.nextStep } : null,
    markers,
    reasons: e.reasons
      .filter((r) => r.id !== 'INCOMPLETE_COVERAGE' || provisional)
      .filter((r) => {
        const marker = MARKER_REASONS[r.id];
        if (marker) return markers.some((m) => m.id === marker);
        return earned || (!STATUS_REASONS.has(r.id) && r.id !== e.bands.profile.band?.id);
      })
      .slice()
      .sort((a, b) => severityRank(b.severity) - severityRank(a.severity))
      .map((r) => ({ id: r.id, text: r.text })),
    recovery: earned ? (e.recovery?.text ?? null) : null,
    ...(e.recovery ? { sessionsLeft: e.recovery.sessionsLeftInYear } : {}),
    includesUnsaved: input.includesUnsaved,
    lastActions: input.lastActions.slice(0, 3),
    onPageSessions: input.onPageSessions,
  };
}

/**
 * "About to be PA": not PA, and either in a band of the school's profile that is not "good" (e.g.
 * Kent's "below 96%"; the same test the page's live recompute makes) or two days of absence away from
 * 10%. The second test waits for four weeks of possible sessions, so a pupil with two marks at 100% is
 * not "at risk" because one absence would tip them.
 */
function atRisk(e: PupilEvaluation, bandRule: BandRule | undefined): boolean {
  return !!bandRule?.atRisk || nearPa(e.counts.present + e.counts.aea, e.possibleSessions);
}

function severityRank(s: 'info' | 'warning' | 'urgent'): number {
  return s === 'urgent' ? 2 : s === 'warning' ? 1 : 0;
}
