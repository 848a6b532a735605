/**
 * `D-RUN`: runs of school days whose every possible session is in a code set. Days with no possible
 * session are neutral (skipped); any other day breaks the run. Shared by attendance returns ({G,N,O,U}),
 * sickness ({I}) and CME ({G,N,O}).
 */
import { MB } from './codes';
import type { DayView } from './timeline';

/** 0 neutral, 1 qualifying, 2 breaking. */
export function classifyDay(view: DayView, i: number, set: number): 0 | 1 | 2 {
  const ba = view.bits[view.codes[2 * i]!]!;
  const bp = view.bits[view.codes[2 * i + 1]!]!;
  const pa = ba & MB.POSSIBLE;
  const pp = bp & MB.POSSIBLE;
  if (!(pa | pp)) return 0;
  return (!pa || ba & set) && (!pp || bp & set) ? 1 : 2;
}

export interface Run {
  /** View day numbers. */
  start: number;
  end: number;
  /** Qualifying days in the run (neutral days between them not counted). */
  length: number;
  /** The day the run reached the walk's threshold, or -1. */
  reachedOn: number;
}

export interface RunWalk {
  longest: number;
  /** Runs that reached the threshold, in order. */
  reached: Run[];
}

/** Walks [lo, hi] once. */
export function walkRuns(view: DayView, lo: number, hi: number, set: number, threshold: number): RunWalk {
  const { bits, codes } = view;
  let longest = 0;
  let len = 0;
  let start = -1;
  let last = -1;
  let reachedOn = -1;
  let reached: Run[] | null = null;
  const close = () => {
    if (reachedOn >= 0) (reached ??= []).push({ start, end: last, length: len, reachedOn });
    len = 0;
    reachedOn = -1;
  };
  for (let i = lo; i <= hi; i++) {
    const ba = bits[codes[2 * i]!]!;
    const bp = bits[codes[2 * i + 1]!]!;
    const pa = ba & MB.POSSIBLE;
    const pp = bp & MB.POSSIBLE;
    if (!(pa | pp)) continue;
    if ((!pa || ba & set) && (!pp || bp & set)) {
      if (len === 0) start = i;
      len++;
      last = i;
      if (len === threshold) reachedOn = i;
      if (len > longest) longest = len;
    } else if (len > 0) close();
  }
  if (len > 0) close();
  return { longest, reached: reached ?? [] };
}

export interface OngoingRun {
  length: number;
  start: number;
  /** Qualifying view days of the run, first to last. */
  days: number[];
}

/** The run still going at `hi`: counts only if the latest non-neutral day up to `hi` qualifies (`D-CME`). */
export function ongoingRun(view: DayView, lo: number, hi: number, set: number): OngoingRun | null {
  let days: number[] | null = null;
  for (let i = hi; i >= lo; i--) {
    const c = classifyDay(view, i, set);
    if (c === 0) continue;
    if (c === 2) break;
    (days ??= []).push(i);
  }
  if (!days) return null;
  days.reverse();
  return { length: days.length, start: days[0]!, days };
}
