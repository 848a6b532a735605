import { civilToDayNumber, fromDayNumber, toDayNumber } from '../engine/dates';
import type { FactSeen, MarkRow, Session } from './rows';

/**
 * Compact marks (schema v3): one record per pupil per academic year instead of one row per session.
 * Pure: packing, unpacking, editing a record. The Dexie side is marks-io.ts.
 *
 * A year runs from 1 September to 31 August, fixed (not the school's calendar, which the user can change:
 * a stored mark must never move because term dates did). Slot = calendar day of the year × 2 + (PM ? 1 : 0),
 * so every date has a place, weekends and holidays included (a mark there is kept, as before).
 * - `codes`: the distinct codes of the year; `slots[s]` = 1 + index into `codes`, 0 = no mark.
 * - `seen`: the distinct provenances (source, first seen, last seen on) of the year; `seenIx[s]` = 1 + index.
 *   Usually a handful of runs (one import, one entry per register read), so provenance costs little.
 * - `late`: minutes late by slot, only where a source showed them.
 * Typed arrays are stored as they are by IndexedDB (structured clone), cheaply.
 */
export const SLOTS = 366 * 2;

export interface MarkYearRow {
  pupilId: string;
  /** Calendar year in which the academic year starts (2025 = 1 Sep 2025 – 31 Aug 2026). */
  year: number;
  /** How many marks the record holds (for counts without unpacking). */
  n: number;
  codes: string[];
  slots: Uint8Array;
  seen: FactSeen[];
  seenIx: Uint16Array;
  /** Slot → minutes late. */
  late?: Record<number, number>;
}

/** The academic year (1 Sep start) a date belongs to. */
export function markYearOf(date: string): number {
  const y = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 9 ? y : y - 1;
}

const startDay = (year: number) => civilToDayNumber(year, 9, 1);

export function slotOf(date: string, session: Session | string): number {
  return (toDayNumber(date) - startDay(markYearOf(date))) * 2 + (session === 'PM' ? 1 : 0);
}

// The dates of each year's slots, made once per year: unpacking 2,000 pupils must not format 800,000 dates.
const dateCache = new Map<number, string[]>();
export function datesOfYear(year: number): string[] {
  let d = dateCache.get(year);
  if (!d) {
    const first = startDay(year);
    const days = startDay(year + 1) - first;
    d = Array.from({ length: days }, (_, i) => fromDayNumber(first + i));
    dateCache.set(year, d);
  }
  return d;
}

export function emptyYear(pupilId: string, year: number): MarkYearRow {
  return { pupilId, year, n: 0, codes: [], slots: new Uint8Array(SLOTS), seen: [], seenIx: new Uint16Array(SLOTS) };
}

/** A copy that can be edited without touching the original (which may be what is stored). */
export function cloneYear(r: MarkYearRow): MarkYearRow {
  return {
    ...r,
    codes: [...r.codes],
    slots: new Uint8Array(r.slots),
    seen: [...r.seen],
    seenIx: new Uint16Array(r.seenIx),
    ...(r.late ? { late: { ...r.late } } : {}),
  };
}

function markAt(r: MarkYearRow, s: number, date: string, session: Session): MarkRow | undefined {
  const c = r.slots[s]!;
  if (!c) return undefined;
  const seen = r.seen[r.seenIx[s]! - 1];
  const late = r.late?.[s];
  return {
    pupilId: r.pupilId,
    date,
    session,
    code: r.codes[c - 1]!,
    ...(late !== undefined ? { minutesLate: late } : {}),
    source: seen?.source ?? '',
    firstSeen: seen?.firstSeen ?? '',
    lastSeenOn: seen?.lastSeenOn ?? '',
  };
}

export function getMark(r: MarkYearRow, date: string, session: Session): MarkRow | undefined {
  return markAt(r, slotOf(date, session), date, session);
}

/** Every mark of the record from `from` to `to` (inclusive dates; both optional), in date and session order. */
export function marksOfYear(r: MarkYearRow, from?: string, to?: string): MarkRow[] {
  const dates = datesOfYear(r.year);
  const out: MarkRow[] = [];
  const [lo, hi] = slotRange(r.year, from, to);
  for (let s = lo; s < hi; s++) {
    if (!r.slots[s]) continue;
    out.push(markAt(r, s, dates[s >> 1]!, s & 1 ? 'PM' : 'AM')!);
  }
  return out;
}

/** Only what the engine needs (date, session, code): the dashboard's hot path. */
export function sessionMarksOfYear(r: MarkYearRow, from?: string, to?: string, out: { date: string; session: Session; code: string }[] = []) {
  const dates = datesOfYear(r.year);
  const [lo, hi] = slotRange(r.year, from, to);
  const { slots, codes } = r;
  for (let s = lo; s < hi; s++) {
    const c = slots[s]!;
    if (c) out.push({ date: dates[s >> 1]!, session: s & 1 ? 'PM' : 'AM', code: codes[c - 1]! });
  }
  return out;
}

function slotRange(year: number, from?: string, to?: string): [number, number] {
  const days = datesOfYear(year).length;
  const lo = from && markYearOf(from) === year ? slotOf(from, 'AM') : from && from > `${year}-09-01` ? SLOTS : 0;
  const hi = to && markYearOf(to) === year ? slotOf(to, 'PM') + 1 : to && to < `${year}-09-01` ? 0 : days * 2;
  return [lo, hi];
}

const seenKey = (s: FactSeen) => `${s.source}\u0000${s.firstSeen}\u0000${s.lastSeenOn}`;

/**
 * Puts marks into a record (edited in place: pass a clone). Each mark must belong to the record's pupil and
 * year. Throws on a year with more than 255 distinct codes (never seen: codes are a few dozen at most).
 */
export function setMarks(r: MarkYearRow, marks: readonly MarkRow[]): void {
  const codeIx = new Map(r.codes.map((c, i) => [c, i + 1]));
  const seenIx = new Map(r.seen.map((s, i) => [seenKey(s), i + 1]));
  for (const m of marks) {
    const s = slotOf(m.date, m.session);
    if (markYearOf(m.date) !== r.year || m.pupilId !== r.pupilId) throw new Error(`mark ${m.pupilId} ${m.date} does not belong to ${r.pupilId} ${r.year}`);
    let c = codeIx.get(m.code);
    if (c === undefined) {
      r.codes.push(m.code);
      c = r.codes.length;
      if (c > 255) throw new Error(`more than 255 different codes for one pupil in ${r.year}/${(r.year + 1) % 100}`);
      codeIx.set(m.code, c);
    }
    if (!r.slots[s]) r.n++;
    r.slots[s] = c;
    const seen: FactSeen = { source: m.source, firstSeen: m.firstSeen, lastSeenOn: m.lastSeenOn };
    const k = seenKey(seen);
    let p = seenIx.get(k);
    if (p === undefined) {
      r.seen.push(seen);
      p = r.seen.length;
      seenIx.set(k, p);
    }
    r.seenIx[s] = p;
    if (m.minutesLate !== undefined) (r.late ??= {})[s] = m.minutesLate;
    else if (r.late && s in r.late) delete r.late[s];
  }
  compactYear(r);
}

/** Removes marks dated before `date` (retention). Returns how many were removed. */
export function clearBefore(r: MarkYearRow, date: string): number {
  const y = markYearOf(date);
  const end = y > r.year ? SLOTS : y < r.year ? 0 : slotOf(date, 'AM');
  let removed = 0;
  for (let s = 0; s < end; s++) {
    if (r.slots[s]) {
      removed++;
      r.slots[s] = 0;
      r.seenIx[s] = 0;
      if (r.late) delete r.late[s];
    }
  }
  r.n -= removed;
  compactYear(r);
  return removed;
}

/** Drops dictionary entries no slot uses any more (a provenance replaced by a later read). */
export function compactYear(r: MarkYearRow): void {
  const usedC = new Uint8Array(r.codes.length + 1);
  const usedS = new Uint8Array(r.seen.length + 1);
  for (let s = 0; s < SLOTS; s++) {
    usedC[r.slots[s]!] = 1;
    usedS[r.seenIx[s]!] = 1;
  }
  if (usedC.indexOf(0, 1) !== -1) {
    const map = new Uint8Array(r.codes.length + 1);
    const codes: string[] = [];
    r.codes.forEach((c, i) => {
      if (usedC[i + 1]) {
        codes.push(c);
        map[i + 1] = codes.length;
      }
    });
    for (let s = 0; s < SLOTS; s++) r.slots[s] = map[r.slots[s]!]!;
    r.codes = codes;
  }
  if (usedS.indexOf(0, 1) !== -1) {
    const map = new Uint16Array(r.seen.length + 1);
    const seen: FactSeen[] = [];
    r.seen.forEach((x, i) => {
      if (usedS[i + 1]) {
        seen.push(x);
        map[i + 1] = seen.length;
      }
    });
    for (let s = 0; s < SLOTS; s++) r.seenIx[s] = map[r.seenIx[s]!]!;
    r.seen = seen;
  }
  if (r.late && Object.keys(r.late).length === 0) delete r.late;
}

/** Groups mark rows into year records (new ones, or clones of `stored` by `pupilId|year`). */
export function packMarks(marks: readonly MarkRow[], stored: ReadonlyMap<string, MarkYearRow> = new Map()): MarkYearRow[] {
  const groups = new Map<string, MarkRow[]>();
  for (const m of marks) {
    const k = yearKeyString(m.pupilId, markYearOf(m.date));
    const g = groups.get(k);
    if (g) g.push(m);
    else groups.set(k, [m]);
  }
  const out: MarkYearRow[] = [];
  for (const [k, ms] of groups) {
    const first = ms[0]!;
    const old = stored.get(k);
    const r = old ? cloneYear(old) : emptyYear(first.pupilId, markYearOf(first.date));
    setMarks(r, ms);
    out.push(r);
  }
  return out;
}

export const yearKeyString = (pupilId: string, year: number) => `${pupilId}|${year}`;

/** The academic years a date range touches. */
export function yearsBetween(from: string, to: string): number[] {
  const out: number[] = [];
  for (let y = markYearOf(from); y <= markYearOf(to); y++) out.push(y);
  return out;
}
