/**
 * Rates for groups of pupils (all, FSM and not, SEN, EAL, CiC, each year group): the gaps a school's
 * attendance policy must address. Sums of the engine's exact counts per pupil: a group's attendance
 * is Σ attended / Σ possible (the DfE's way); PA and SA are pupils whose badge says so over pupils whose
 * figure has earned a status word (status-earned.ts). Pupils with too little history count in attendance
 * (their sessions happened) but in no PA/SA figure, and are counted aloud: pupils = counted + building + noFigure.
 */
import { rate } from '../engine/fraction';
import type { Rate } from '../engine/types';
import type { PupilSummary } from './pupil-summary';
import { countsAsPa, countsAsSa, statusEarned, tooLittleHistory } from './status-earned';
import { CHARACTERISTICS, type Characteristic } from './work-lists';

export interface GroupFigures {
  id: string;
  label: string;
  pupils: number;
  /** Pupils whose figure has earned a status word (the PA/SA denominator). */
  counted: number;
  /** Pupils with marks on too few school days for a status word: not yet counted in PA/SA. */
  building: number;
  /** Pupils with no possible session yet (no figure at all). */
  noFigure: number;
  attendance: Rate | null;
  unauthorised: Rate | null;
  pa: number;
  paRate: Rate | null;
  sa: number;
  saRate: Rate | null;
}

export function groupFigures(id: string, label: string, members: readonly PupilSummary[]): GroupFigures {
  let att = 0, poss = 0, unauth = 0, counted = 0, building = 0, pa = 0, sa = 0;
  for (const s of members) {
    const e = s.evaluation;
    att += e.counts.present + e.counts.aea;
    poss += e.possibleSessions;
    unauth += e.counts.unauthorised;
    if (statusEarned(s)) counted++;
    else if (tooLittleHistory(s)) building++;
    if (countsAsPa(s)) pa++;
    if (countsAsSa(s)) sa++;
  }
  const noFigure = members.length - counted - building;
  return { id, label, pupils: members.length, counted, building, noFigure, attendance: rate(att, poss), unauthorised: rate(unauth, poss), pa, paRate: rate(pa, counted), sa, saRate: rate(sa, counted) };
}

export interface CohortComparison {
  /** A characteristic and the pupils without it, side by side, with the gap in percentage points. */
  pairs: { id: string; withIt: GroupFigures; without: GroupFigures; attendanceGap: number | null; paGap: number | null }[];
  yearGroups: GroupFigures[];
  all: GroupFigures;
}

const PAIRS: { id: Characteristic; without: (s: PupilSummary) => boolean; withoutLabel: string }[] = [
  { id: 'fsm', without: (s) => s.row.fsm === 0, withoutLabel: 'Not FSM' },
  { id: 'pp', without: (s) => s.row.pp === 0, withoutLabel: 'Not PP' },
  { id: 'sen-any', without: (s) => s.row.sen === 'none', withoutLabel: 'No SEN' },
  { id: 'ehcp', without: (s) => s.row.sen !== undefined && s.row.sen !== 'ehcp', withoutLabel: 'No EHCP' },
  { id: 'eal', without: (s) => s.row.eal === 0, withoutLabel: 'Not EAL' },
  { id: 'cic', without: (s) => s.row.cic === 0, withoutLabel: 'Not in care' },
];

const gap = (a: Rate | null, b: Rate | null) => (a && b ? Math.round((a.pct - b.pct) * 10) / 10 : null);

/** Only characteristics the store knows for someone; pupils whose value is unknown are in neither column. */
export function compareCohorts(all: readonly PupilSummary[]): CohortComparison {
  const pairs = PAIRS.filter((p) => all.some(CHARACTERISTICS[p.id].test)).map((p) => {
    const withIt = groupFigures(p.id, CHARACTERISTICS[p.id].label, all.filter(CHARACTERISTICS[p.id].test));
    const without = groupFigures(`not-${p.id}`, p.withoutLabel, all.filter(p.without));
    return { id: p.id, withIt, without, attendanceGap: gap(withIt.attendance, without.attendance), paGap: gap(withIt.paRate, without.paRate) };
  });
  const years = [...new Set(all.map((s) => s.row.yearGroup ?? ''))].sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
  const yearGroups = years.map((y) => groupFigures(`year:${y}`, y || 'Year group not known', all.filter((s) => (s.row.yearGroup ?? '') === y)));
  return { pairs, yearGroups, all: groupFigures('all', 'All pupils', all) };
}
