/**
 * The Targeting Support Meeting pack: an anonymised summary an LA officer may take away. Counts and
 * rates by year group and characteristic, PA/SA movement since the last meeting, and the pupils who
 * need discussing as opaque references only (opaque-ref.ts) with their year group and figures: no
 * name, UPN, date of birth, address or contact. Pure: summaries, references and the last meeting in.
 */
import { MIN_HISTORY_DAYS } from '../engine/arithmetic';
import { formatLong, type IsoDate } from '../engine/dates';
import { compareCohorts, groupFigures } from './cohorts';
import { DEFAULT_TSM_MIN_GROUP, suppressSmallGroups, suppressedWords, type TsmGroupRow } from './tsm-suppress';
import type { PupilSummary } from './pupil-summary';
import { countsAsPa, countsAsSa, tooLittleHistory } from './status-earned';
import { CHARACTERISTICS, toCsv } from './work-lists';

/** 'too-little-history': marks on too few school days for a status word (status-earned.ts): neither PA nor "not PA". */
export type TsmStatus = 'SA' | 'PA' | 'not-PA' | 'too-little-history';

/** What is kept of a meeting to compare the next one with: references and statuses only. */
export interface TsmMeeting {
  date: IsoDate;
  statuses: Record<string, TsmStatus>;
}

export type Movement = 'new' | 'worse' | 'same' | 'better' | 'left-pa' | 'first-meeting' | 'not-yet-counted';

export interface TsmPupil {
  ref: string;
  yearGroup: string;
  attendance: string;
  sessionsMissed: number;
  unauthorisedSessions: number;
  status: TsmStatus;
  movement: Movement;
}

export interface TsmPack {
  asOf: IsoDate;
  lastMeeting: IsoDate | null;
  schoolName: string;
  /** Group rows; a group of fewer than `minGroup` pupils (and what would reveal it) is marked suppressed. */
  rows: TsmGroupRow[];
  minGroup: number;
  movement: { newPa: number; newSa: number; leftPa: number; leftSaToPa: number; stillPa: number } | null;
  pupils: TsmPupil[];
  snapshot: TsmMeeting;
}

export const MOVEMENT_WORDS: Record<Movement, string> = {
  new: 'New since the last meeting',
  worse: 'Moved from PA to SA',
  same: 'Same as last meeting',
  better: 'Moved from SA to PA',
  'left-pa': 'No longer PA',
  'first-meeting': 'First meeting',
  'not-yet-counted': 'Not yet counted: too little history this year',
};

// The badge's word, as every list and count on the dashboard uses it: no PA or SA from too little history.
const statusOf = (s: PupilSummary): TsmStatus => (countsAsSa(s) ? 'SA' : countsAsPa(s) ? 'PA' : tooLittleHistory(s) ? 'too-little-history' : 'not-PA');
const isPa = (t: TsmStatus | null) => t === 'SA' || t === 'PA';

export function buildTsmPack(all: readonly PupilSummary[], refs: ReadonlyMap<string, string>, last: TsmMeeting | null, asOf: IsoDate, schoolName: string, minGroup: number = DEFAULT_TSM_MIN_GROUP): TsmPack {
  const cmp = compareCohorts(all);
  const extra = all.some(CHARACTERISTICS['sen-support'].test) ? [groupFigures('sen-support', CHARACTERISTICS['sen-support'].label, all.filter(CHARACTERISTICS['sen-support'].test))] : [];
  const rows = suppressSmallGroups({ all: cmp.all, yearGroups: cmp.yearGroups, pairs: cmp.pairs, extra }, minGroup);

  const statuses: Record<string, TsmStatus> = {};
  const pupils: TsmPupil[] = [];
  let newPa = 0, newSa = 0, leftPa = 0, leftSaToPa = 0, stillPa = 0;
  for (const s of all) {
    const ref = refs.get(s.pupilId);
    if (!ref) throw new Error('A pupil has no reference: build the references for every pupil first.');
    const now = statusOf(s);
    statuses[ref] = now;
    const before = last ? (last.statuses[ref] ?? 'not-PA') : null;
    let movement: Movement;
    if (before === null) movement = 'first-meeting';
    // PA or SA last time, no status word now (a new year's first fortnight): not "no longer PA", just not counted yet.
    else if (now === 'too-little-history') movement = isPa(before) ? 'not-yet-counted' : 'same';
    else if (now === before || (!isPa(now) && !isPa(before))) movement = 'same';
    else if (!isPa(before)) movement = 'new';
    else if (!isPa(now)) movement = 'left-pa';
    else movement = now === 'SA' ? 'worse' : 'better';
    if (before !== null && now !== 'too-little-history') {
      if (isPa(now) && !isPa(before)) newPa++;
      if (now === 'SA' && before !== 'SA') newSa++;
      if (!isPa(now) && isPa(before)) leftPa++;
      if (now === 'PA' && before === 'SA') leftSaToPa++;
      if (isPa(now) && isPa(before)) stillPa++;
    }
    if (isPa(now) || movement === 'left-pa' || movement === 'not-yet-counted') {
      const e = s.evaluation;
      pupils.push({
        ref,
        yearGroup: s.row.yearGroup ?? 'Not known',
        attendance: e.rates.attendance?.text ?? 'No figure',
        sessionsMissed: e.counts.authorised + e.counts.unauthorised,
        unauthorisedSessions: e.counts.unauthorised,
        status: now,
        movement,
      });
    }
  }
  const order: Record<TsmStatus, number> = { SA: 0, PA: 1, 'not-PA': 2, 'too-little-history': 3 };
  pupils.sort((a, b) => order[a.status] - order[b.status] || a.yearGroup.localeCompare(b.yearGroup, 'en-GB', { numeric: true }) || a.ref.localeCompare(b.ref));
  return {
    asOf,
    lastMeeting: last?.date ?? null,
    schoolName,
    rows,
    minGroup,
    movement: last ? { newPa, newSa, leftPa, leftSaToPa, stillPa } : null,
    pupils,
    snapshot: { date: asOf, statuses },
  };
}

const STATUS_WORDS: Record<TsmStatus, string> = { SA: 'Severe absence', PA: 'Persistent absence', 'not-PA': 'Not PA', 'too-little-history': 'Too little history for a status' };
export const tsmStatusWords = (s: TsmStatus) => STATUS_WORDS[s];

/** The pack as one CSV file: a heading block, the summary table, the movement, the pupils by reference. */
export function tsmCsv(p: TsmPack): string {
  const r = (x: { text: string } | null) => (x ? x.text : '');
  const lines: string[][] = [
    ['Targeting Support Meeting pack'],
    ['School', p.schoolName],
    ['Figures as at', formatLong(p.asOf)],
    ['Compared with the meeting of', p.lastMeeting ? formatLong(p.lastMeeting) : 'No earlier meeting recorded'],
    ['Pupils appear only as references that the school can look up; no names or other identifiers are included.'],
    [smallGroupNote(p.minGroup)],
    [notYetCountedNote()],
    [],
    ['Group', 'Pupils', 'Attendance', 'Unauthorised absence', 'PA pupils', 'PA rate', 'SA pupils', 'SA rate', 'Not yet counted (too little history)'],
    ...p.rows.map((g) => {
      if (!g.suppressed) return [g.label, String(g.pupils), r(g.attendance), r(g.unauthorised), String(g.pa), r(g.paRate), String(g.sa), r(g.saRate), String(g.building)];
      const w = suppressedWords(g.suppressed, p.minGroup);
      return [g.label, w.pupils, w.figure, w.figure, w.figure, w.figure, w.figure, w.figure, w.figure];
    }),
    [],
  ];
  if (p.movement) {
    lines.push(
      ['Movement since the last meeting', 'Pupils'],
      ['Newly PA or SA', String(p.movement.newPa)],
      ['Newly SA', String(p.movement.newSa)],
      ['No longer PA', String(p.movement.leftPa)],
      ['Moved from SA to PA', String(p.movement.leftSaToPa)],
      ['PA or SA at both meetings', String(p.movement.stillPa)],
      [],
    );
  }
  lines.push(
    ['Reference', 'Year group', 'Attendance', 'Sessions missed', 'Unauthorised sessions', 'Status', 'Since the last meeting'],
    ...p.pupils.map((x) => [x.ref, x.yearGroup, x.attendance, String(x.sessionsMissed), String(x.unauthorisedSessions), STATUS_WORDS[x.status], MOVEMENT_WORDS[x.movement]]),
  );
  return toCsv(lines);
}

/** The pack's note on pupils whose figures rest on too little history (page and CSV alike). */
export function notYetCountedNote(): string {
  return `PA and SA count only pupils whose figures rest on at least ${MIN_HISTORY_DAYS} school days of marks this year; pupils with fewer are “not yet counted” (too little history), though their sessions are in the attendance figures.`;
}

/** The pack's note on hidden groups (page and CSV alike). */
export function smallGroupNote(min: number): string {
  return `Groups of fewer than ${min} pupils show “fewer than ${min}” and no figures, and a group that would let them be worked out shows “not shown”, so no child can be identified.`;
}
