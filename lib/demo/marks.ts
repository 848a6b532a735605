/**
 * One pupil's AM/PM marks over the school days they were on roll, up to `asOf`.
 *
 * The year is planned, not sampled session by session: scripted events go in first (whole-school
 * closures, a trip, a part-time timetable, a suspension, a long illness, a term-time holiday, a run of
 * unexplained absence, unresolved N codes at the end), then absence "episodes" fill up to the pupil's
 * target absence rate, then everything else is present (`/` AM, `\` PM) with some late marks (`L`).
 * Aiming at an exact count of absent sessions is what keeps the share of persistent and severe
 * absentees close to the intended mix, whatever the date.
 */
import type { Rng } from './prng';
import type { AttendanceStory, LateMinutes, SessionMark } from './types';

/** The codes this generator places that count as absence (authorised or unauthorised). */
const ABSENCE = new Set(['I', 'M', 'C', 'C2', 'E', 'R', 'G', 'N', 'O', 'U']);

export interface PupilMarksInput {
  rng: Rng;
  /** School days the pupil was on roll, ascending, all ≤ asOf. */
  days: readonly string[];
  /** Marks decided for the whole school or a group on some days (`#`, `Y4`, a trip `V`). */
  preset: ReadonlyMap<string, readonly [string, string]>;
  stories: readonly AttendanceStory[];
  /** Target share of possible sessions absent, 0–1. */
  absenceRate: number;
  /** Chance of an `L` on a morning the pupil is in. */
  lateRate: number;
  /** Whether one of the last school days carries an unresolved `N`. */
  recentN: boolean;
  /** Index in `days` after which a half-term or holiday follows (for holiday placement). */
  breakAfter: readonly number[];
}

export interface PupilMarksResult {
  marks: SessionMark[];
  lateMinutes: LateMinutes[];
}

type Episode = 'illness' | 'medical' | 'other' | 'lateAfterClose' | 'holidayDay' | 'exceptional' | 'religious';

const EPISODE_WEIGHTS: Record<'regular' | 'persistent' | 'severe', readonly [Episode, number][]> = {
  regular: [['illness', 55], ['medical', 25], ['other', 6], ['lateAfterClose', 8], ['exceptional', 4], ['religious', 2]],
  persistent: [['illness', 40], ['medical', 10], ['other', 20], ['lateAfterClose', 12], ['holidayDay', 8], ['exceptional', 5], ['religious', 5]],
  severe: [['illness', 20], ['other', 55], ['lateAfterClose', 10], ['holidayDay', 10], ['medical', 5]],
};

export function generatePupilMarks(input: PupilMarksInput): PupilMarksResult {
  const { rng, days, preset, stories } = input;
  const n = days.length;
  const am: (string | undefined)[] = new Array(n).fill(undefined);
  const pm: (string | undefined)[] = new Array(n).fill(undefined);
  const late = new Map<string, number>();
  let absent = 0;

  const isFree = (i: number, s: 0 | 1) => (s === 0 ? am[i] : pm[i]) === undefined;
  const put = (i: number, s: 0 | 1, code: string): boolean => {
    if (i < 0 || i >= n || !isFree(i, s)) return false;
    if (s === 0) am[i] = code;
    else pm[i] = code;
    if (ABSENCE.has(code)) absent++;
    return true;
  };
  const putDay = (i: number, code: string) => {
    put(i, 0, code);
    put(i, 1, code);
  };

  days.forEach((d, i) => {
    const p = preset.get(d);
    if (p) {
      put(i, 0, p[0]);
      put(i, 1, p[1]);
    }
  });
  let possible = 0;
  for (let i = 0; i < n; i++) {
    if (isFree(i, 0)) possible++;
    if (isFree(i, 1)) possible++;
  }
  const has = (s: AttendanceStory) => stories.includes(s);
  const profile = has('severe') ? 'severe' : has('persistent') ? 'persistent' : 'regular';
  // PA and SA are "≥ 10%" and "≥ 50%": round targets up so a pupil meant to be PA is PA.
  const target = profile === 'regular' ? Math.floor(input.absenceRate * possible) : Math.ceil(input.absenceRate * possible);
  const room = () => target - absent;
  /** A start in [lo, hi] for `len` days none of which is preset (an INSET or snow day), if there is one. */
  const clearStart = (len: number, lo: number, hi: number): number => {
    const starts: number[] = [];
    for (let s = Math.max(0, lo); s <= Math.min(hi, n - len); s++) {
      let ok = true;
      for (let k = s; k < s + len && ok; k++) ok = isFree(k, 0) && isFree(k, 1);
      if (ok) starts.push(s);
    }
    return starts.length > 0 ? rng.pick(starts) : Math.max(0, Math.min(lo, n - len));
  };
  const tail = Math.min(n, 12);

  // Scripted events first, so they are never crowded out by the random fill.
  if (has('part-time-timetable')) {
    if (profile === 'severe') {
      // An agreed timetable of mornings only, in place since the second week back.
      for (let i = Math.min(5, n - 1); i < n; i++) put(i, 1, 'C2');
    } else {
      // A reintegration timetable of three weeks, mornings only, since ended.
      const start = clearStart(15, Math.floor(n * 0.2), n - 25);
      for (let i = start; i < Math.min(n - 5, start + 15); i++) put(i, 1, 'C2');
    }
  }
  if (has('missing-education')) {
    // Not seen for the last two and a half weeks: O once the school had chased, N for the latest days.
    for (let i = n - tail; i < n; i++) putDay(i, i >= n - 3 ? 'N' : 'O');
  }
  if (has('long-illness') && n > 20) {
    const start = clearStart(16, Math.floor(n * 0.15), n - 18);
    for (let i = start; i < start + 16; i++) putDay(i, 'I');
  }
  if (has('suspended') && n > 10) {
    const start = clearStart(3, Math.floor(n * 0.4), n - 8);
    for (let i = start; i < start + 3; i++) putDay(i, 'E');
  }
  if (has('holiday')) {
    // Unauthorised term-time holiday, taken next to a half-term where there is one.
    const len = profile === 'regular' ? 1 : rng.int(3, 6);
    const edges = input.breakAfter.filter((b) => b - len >= 0 && b < n - 1);
    const before = edges.length > 0 ? rng.pick(edges) : rng.int(len, Math.max(len, n - 2));
    const after = rng.chance(0.5);
    for (let k = 0; k < len; k++) {
      const i = after && before + 1 + k < n ? before + 1 + k : before - k;
      putDay(i, 'G');
    }
  }
  if (input.recentN && n > 0) {
    const i = n - 1 - rng.int(0, Math.min(7, n - 1));
    put(i, 0, 'N');
    if (rng.chance(0.6)) put(i, 1, 'N');
  }

  // Random episodes up to the target.
  const weights = EPISODE_WEIGHTS[profile];
  let guard = 0;
  while (room() > 0 && guard++ < 2000) {
    const i = rng.int(0, n - 1);
    const episode = weightedPick(rng, weights);
    switch (episode) {
      case 'illness': {
        const len = Math.min(rng.int(1, profile === 'regular' ? 3 : 5), Math.ceil(room() / 2));
        for (let k = 0; k < len && room() > 0; k++) {
          put(i + k, 0, 'I');
          if (room() > 0) put(i + k, 1, 'I');
        }
        break;
      }
      case 'medical':
        put(i, rng.chance(0.5) ? 0 : 1, 'M');
        break;
      case 'other':
        put(i, 0, 'O');
        if (room() > 0 && rng.chance(0.6)) put(i, 1, 'O');
        break;
      case 'lateAfterClose':
        if (put(i, 0, 'U')) late.set(`${days[i]}|AM`, rng.int(31, 75));
        break;
      case 'holidayDay':
        put(i, 0, 'G');
        if (room() > 0) put(i, 1, 'G');
        break;
      case 'exceptional':
        put(i, 0, 'C');
        if (room() > 0) put(i, 1, 'C');
        break;
      case 'religious':
        put(i, 0, 'R');
        if (room() > 0) put(i, 1, 'R');
        break;
    }
  }

  const marks: SessionMark[] = [];
  const lateMinutes: LateMinutes[] = [];
  for (let i = 0; i < n; i++) {
    const date = days[i] as string;
    if (am[i] === undefined) {
      if (rng.chance(input.lateRate)) {
        am[i] = 'L';
        late.set(`${date}|AM`, rng.int(2, 28));
      } else am[i] = '/';
    }
    if (pm[i] === undefined) pm[i] = rng.chance(input.lateRate / 8) ? 'L' : '\\';
    if (pm[i] === 'L' && !late.has(`${date}|PM`)) late.set(`${date}|PM`, rng.int(2, 15));
    marks.push({ date, session: 'AM', code: am[i] as string }, { date, session: 'PM', code: pm[i] as string });
    for (const session of ['AM', 'PM'] as const) {
      const minutes = late.get(`${date}|${session}`);
      const code = session === 'AM' ? am[i] : pm[i];
      if (minutes !== undefined && (code === 'L' || code === 'U')) lateMinutes.push({ date, session, minutes });
    }
  }
  return { marks, lateMinutes };
}

function weightedPick<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}
