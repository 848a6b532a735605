/**
 * What the dashboard's pupil list reads of each pupil, and nothing more: names, groups and characteristics,
 * the figure, status, band, time-window flags, how complete the history is, "newly PA this week" and the last
 * stored mark. Small (a few hundred bytes), so 2,000 of them are cached in the store (`listRows`,
 * list-cache.ts) and read back in one go when the list opens, instead of every pupil's marks and full
 * evaluation. Pure: a full summary in, its list projection out.
 */
import type { SchoolCalendar } from '../engine/calendar';
import { addDays, daysBetween, maxIso, mondayOf, type IsoDate } from '../engine/dates';
import type { PupilEvaluation } from '../engine/evaluate';
import { earnsStatus } from '../engine/arithmetic';
import { figuresFor } from '../engine/figures';
import type { PupilBadge } from '../pupil/badge';
import type { PupilRow } from '../store/rows';
import type { PupilSummary } from './pupil-summary';

/** The pupil row's fields the list shows, filters, searches or counts by. */
export const LIST_ROW_FIELDS = [
  'id',
  'displayName',
  'legalForename',
  'legalSurname',
  'upn',
  'yearGroup',
  'regGroup',
  'admissionDate',
  'leavingDate',
  'fsm',
  'pp',
  'sen',
  'eal',
  'cic',
] as const satisfies readonly (keyof PupilRow)[];
export type ListRowFacts = Pick<PupilRow, (typeof LIST_ROW_FIELDS)[number]>;

/** What the list, its tabs, filters, search and named CSV read of a pupil (a full PupilSummary has all of it). */
export interface ListSummary {
  pupilId: string;
  name: string;
  sortName: string;
  row: ListRowFacts;
  evaluation: Pick<PupilEvaluation, 'severeAbsence' | 'persistentAbsence' | 'flags'>;
  badge: Pick<PupilBadge, 'status' | 'attendance' | 'coverage' | 'provisional' | 'band' | 'markers'>;
}

/** A list summary with what needs the pupil's marks worked out already (so the list never reads marks). */
export interface ListPupil extends ListSummary {
  /** Persistently absent now, but not at the end of last week. */
  newlyPa: boolean;
  /** The latest stored mark's date up to "as of" (within the marks the evaluation reads), or null. */
  lastMark: IsoDate | null;
}

/**
 * True when the pupil was certainly persistently absent at the end of last week, from today's counts alone:
 * since then at most `sessionsThisWeek` possible sessions were added, each absent at worst, so the absence
 * rate then was at least (absent − w) / (possible − w). Saves unpacking the year's marks and re-running the
 * engine's figures for most PA pupils; pupils near the line are still worked out exactly (figuresFor), so the
 * answer is the same.
 */
function surelyPaLastWeek(s: PupilSummary, sessionsThisWeek: number): boolean {
  const e = s.evaluation;
  const absent = e.counts.authorised + e.counts.unauthorised - sessionsThisWeek;
  const possible = e.possibleSessions - sessionsThisWeek;
  // PA as a status word last week also needed enough history then (issue 16): at most one day of marks per
  // session pair this week, so the days with marks at last week's end are at least these.
  return absent > 0 && 10 * absent >= possible && earnsStatus(e.coverage.daysWithMarks - sessionsThisWeek / 2);
}

/** Whether the pupil carried PA as a status word (PA and enough history) on `to`. */
function paWordAt(s: PupilSummary, calendar: SchoolCalendar, from: IsoDate, to: IsoDate): boolean {
  const f = figuresFor(s.marks, calendar, {
    from,
    to,
    ...(s.row.admissionDate ? { admissionDate: s.row.admissionDate } : {}),
    ...(s.row.leavingDate ? { leavingDate: s.row.leavingDate } : {}),
  });
  return f.persistentAbsence && earnsStatus(f.coverage.daysWithMarks);
}

/** "Newly PA this week" and the last stored mark, for a full summary (its marks are read only when needed). */
export function marksFacts(s: PupilSummary, calendar: SchoolCalendar, asOf: IsoDate): { newlyPa: boolean; lastMark: IsoDate | null } {
  let newlyPa = false;
  if (s.evaluation.persistentAbsence) {
    const year = calendar.academicYearOf(asOf);
    const lastWeekEnd = addDays(mondayOf(asOf), -1);
    // At most two sessions a day since last week ended: all this week's marks could have changed.
    const sessionsThisWeek = 2 * Math.max(0, daysBetween(lastWeekEnd, asOf));
    const from = s.row.admissionDate ? maxIso(s.row.admissionDate, year.start) : year.start;
    // Before this week nothing counted this year: PA now is new this week.
    // "Newly" compares status words: a pupil whose figure had too little history last week and earns PA now is new.
    newlyPa = lastWeekEnd < from || (!surelyPaLastWeek(s, sessionsThisWeek) && !paWordAt(s, calendar, from, lastWeekEnd));
  }
  // From the packed records when the store gave them (unpacking 2,000 pupils' marks here was most of a list open).
  let lastMark: IsoDate | null = s.lastMarkOn ? s.lastMarkOn(asOf) : null;
  if (!s.lastMarkOn) for (const m of s.marks) if (m.code !== null && m.date <= asOf && (lastMark === null || m.date > lastMark)) lastMark = m.date;
  return { newlyPa, lastMark };
}

/** Only the fields present (a missing fact stays missing, so a cached copy equals a fresh one field for field). */
function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** The list's projection of a full summary: plain data, the same whether made now or read back from the cache. */
export function listPupil(s: PupilSummary, calendar: SchoolCalendar, asOf: IsoDate): ListPupil {
  const e = s.evaluation;
  const b = s.badge;
  return {
    pupilId: s.pupilId,
    name: s.name,
    sortName: s.sortName,
    row: pick(s.row, LIST_ROW_FIELDS),
    evaluation: { severeAbsence: e.severeAbsence, persistentAbsence: e.persistentAbsence, flags: [...e.flags] },
    badge: {
      status: b.status,
      attendance: { ...b.attendance },
      coverage: { ...b.coverage },
      provisional: b.provisional,
      band: b.band ? { ...b.band } : null,
      markers: b.markers.map((m) => ({ ...m })),
    },
    ...marksFacts(s, calendar, asOf),
  };
}
