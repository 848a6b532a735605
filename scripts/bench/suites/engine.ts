/**
 * Engine speed: every figure and flag for a synthetic school of 2,000 pupils × a full year (190 school days,
 * 380 sessions each), against a bare loop that only tallies codes over the same marks, measured in the same
 * run (`engine-2000-pupils-year`, ratio target ≤ 3). The school is generated deterministically.
 */
import { buildCalendar, type SchoolCalendar } from '../../../lib/engine/calendar';
import { kentCalendar } from '../../../lib/engine/calendars/kent';
import { evaluatePupil } from '../../../lib/engine/evaluate';
import { KENT_PROFILE } from '../../../lib/engine/profiles';
import type { SessionMark } from '../../../lib/engine/types';
import { median, ratioResult, type BenchSuite } from '../types';
import { mulberry32 } from '../../../lib/demo/prng';

const PUPILS = 2000;
const AS_OF = '2025-07-22';
/** Five INSET days (school-specific), so the year has 190 pupil days = 380 sessions. */
const INSET = ['2024-09-02', '2024-10-25', '2025-01-06', '2025-04-22', '2025-07-22'];

const rng = mulberry32;

/** Absence codes with rough national weights (illness first). */
const ABSENCE: [string, number][] = [['I', 45], ['M', 8], ['O', 10], ['N', 5], ['G', 8], ['C', 6], ['U', 5], ['R', 2], ['E', 2], ['C2', 2], ['B', 2], ['V', 3], ['P', 1], ['Y2', 1]];
const ABS_TOTAL = ABSENCE.reduce((s, [, w]) => s + w, 0);

export function syntheticSchool(cal: SchoolCalendar, pupils = PUPILS): SessionMark[][] {
  const r = rng(20240904);
  const school: SessionMark[][] = [];
  for (let p = 0; p < pupils; p++) {
    // About 1 in 5 pupils is persistently absent, 1 in 50 severely.
    const u = r();
    const absenceRate = u < 0.02 ? 0.5 + r() * 0.3 : u < 0.2 ? 0.1 + r() * 0.2 : r() * 0.08;
    const marks: SessionMark[] = [];
    let spell = 0;
    let spellCode = 'I';
    for (const day of cal.days) {
      const date = `${day.slice(0, 4)}-${day.slice(5, 7)}-${day.slice(8)}`; // a string of its own, as a store would hand back
      for (const session of ['AM', 'PM'] as const) {
        let code: string;
        if (spell > 0) {
          spell--;
          code = spellCode;
        } else if (r() < absenceRate) {
          let x = r() * ABS_TOTAL;
          spellCode = ABSENCE.find(([, w]) => (x -= w) < 0)?.[0] ?? 'O';
          if (spellCode === 'I' && r() < 0.3) spell = Math.floor(r() * 6); // illness often lasts more than a session
          code = spellCode;
        } else code = r() < 0.02 ? 'L' : session === 'AM' ? '/' : '\\';
        marks.push({ date, session, code });
      }
    }
    school.push(marks);
  }
  return school;
}

/** The baseline: only tallies codes, one object per pupil. */
function bareTally(school: SessionMark[][]): number {
  let distinct = 0;
  for (const marks of school) {
    const counts: Record<string, number> = {};
    for (let i = 0; i < marks.length; i++) {
      const c = marks[i]!.code;
      if (c !== null) counts[c] = (counts[c] ?? 0) + 1;
    }
    for (const _ in counts) distinct++;
  }
  return distinct;
}

function engineAll(school: SessionMark[][], cal: SchoolCalendar): number {
  let flags = 0;
  for (const marks of school) {
    const e = evaluatePupil({ marks, pupil: { compulsorySchoolAge: true } }, cal, KENT_PROFILE, AS_OF);
    flags += e.flags.length;
  }
  return flags;
}

function time(fn: () => number): number {
  const t0 = performance.now();
  const sink = fn();
  const ms = performance.now() - t0;
  if (sink < 0) console.log(sink); // keeps the work observable
  return ms;
}

export const suite: BenchSuite = {
  names: ['engine-2000-pupils-year'],
  async run() {
    const cal = buildCalendar(kentCalendar('2024/25', { insetDays: INSET }));
    const school = syntheticSchool(cal);
    for (let i = 0; i < 5; i++) {
      bareTally(school);
      engineAll(school, cal);
    }
    const base: number[] = [];
    const eng: number[] = [];
    for (let i = 0; i < 15; i++) {
      base.push(time(() => bareTally(school)));
      eng.push(time(() => engineAll(school, cal)));
    }
    const b = median(base);
    const e = median(eng);
    return {
      results: [ratioResult('engine-2000-pupils-year', e, b, 'ms', 3)],
      indicative: [
        { name: 'engine-2000-pupils-year (engine, absolute)', value: e, unit: 'ms' },
        { name: 'engine-2000-pupils-year (bare tally, absolute)', value: b, unit: 'ms' },
        { name: 'engine per pupil', value: (e / PUPILS) * 1000, unit: 'µs' },
      ],
    };
  },
};
