import { toDayNumber, civilToDayNumber } from '../../engine/dates';
import { datesOfYear, SLOTS } from '../mark-years';
import type { Session } from '../rows';
import type { PreviewMark } from './types';

/**
 * An import's marks as the store keeps them: one record per pupil per academic year, codes by slot
 * (mark-years.ts: day of the year × 2 + PM), the file line of each mark by slot, minutes late only where
 * the file gave them. A 2,000-pupil year is 4,000 records instead of 780,000 objects (whose creation and
 * collection were most of an import's time). The file order of the marks is kept in one typed array, so
 * the list form (`list()`, for the import-preview seam and tests) is exactly what the file said, in order.
 */
export const DROPPED = 0xffff;

export interface PackedYear {
  /** The pupil's key within the file (PreviewPupil.key). */
  pupil: string;
  year: number;
  /** 0 = no mark; DROPPED = two different marks for the session (neither imported); else 1 + index into `PackedMarks.codes`. */
  slots: Uint16Array;
  /** The file's line of each slot's mark. */
  lines: Int32Array;
  /** Slot → minutes late, only where the file said. */
  late?: Map<number, number>;
  /** Marks held (dropped sessions not counted). */
  n: number;
}

const startDays = new Map<number, number>();
function startDay(year: number): number {
  let d = startDays.get(year);
  if (d === undefined) startDays.set(year, (d = civilToDayNumber(year, 9, 1)));
  return d;
}

/** Academic year and slot of a real ISO date, parsed once (the hot path of every import). */
export function yearSlot(date: string, session: Session, dayNumber = toDayNumber(date)): { year: number; slot: number } {
  const y = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
  const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const year = m >= 9 ? y : y - 1;
  return { year, slot: (dayNumber - startDay(year)) * 2 + (session === 'PM' ? 1 : 0) };
}

export class PackedMarks {
  /** The distinct stored codes of the file; slots hold 1 + index. */
  readonly codes: string[] = [];
  private readonly codeAt = new Map<string, number>();
  readonly years: PackedYear[] = [];
  private readonly byKey = new Map<string, number>();
  private lastPupil = '';
  private lastYear = -1;
  private last = -1;
  /** File order: record index × SLOTS + slot, one entry per mark taken (a later conflict may drop it). */
  private order = new Int32Array(4096);
  private orderLen = 0;
  /** Marks held (dropped sessions not counted). */
  count = 0;

  codeIndex(code: string): number {
    let i = this.codeAt.get(code);
    if (i === undefined) {
      this.codes.push(code);
      i = this.codes.length;
      if (i >= DROPPED) throw new Error('more different codes than an import can hold');
      this.codeAt.set(code, i);
    }
    return i;
  }

  /** The record index of a pupil's year (made when new). */
  recordOf(pupil: string, year: number): number {
    if (pupil === this.lastPupil && year === this.lastYear) return this.last;
    const k = `${pupil}|${year}`;
    let r = this.byKey.get(k);
    if (r === undefined) {
      r = this.years.length;
      this.years.push({ pupil, year, slots: new Uint16Array(SLOTS), lines: new Int32Array(SLOTS), n: 0 });
      this.byKey.set(k, r);
    }
    this.lastPupil = pupil;
    this.lastYear = year;
    this.last = r;
    return r;
  }

  /** Takes a mark into an empty slot. */
  put(rec: number, slot: number, code: number, line: number, minutesLate?: number): void {
    const y = this.years[rec]!;
    y.slots[slot] = code;
    y.lines[slot] = line;
    y.n++;
    this.count++;
    if (minutesLate !== undefined) (y.late ??= new Map()).set(slot, minutesLate);
    if (this.orderLen === this.order.length) {
      const grown = new Int32Array(this.order.length * 2);
      grown.set(this.order);
      this.order = grown;
    }
    this.order[this.orderLen++] = rec * SLOTS + slot;
  }

  /** Two different marks for a session: neither is imported. */
  drop(rec: number, slot: number): void {
    const y = this.years[rec]!;
    if (y.slots[slot] && y.slots[slot] !== DROPPED) {
      y.n--;
      this.count--;
    }
    y.slots[slot] = DROPPED;
    y.late?.delete(slot);
  }

  /** Every mark as a list, in the file's order (materialised only when asked for). */
  list(): PreviewMark[] {
    const out: PreviewMark[] = [];
    for (let i = 0; i < this.orderLen; i++) {
      const e = this.order[i]!;
      const rec = Math.floor(e / SLOTS);
      const slot = e - rec * SLOTS;
      const y = this.years[rec]!;
      const c = y.slots[slot]!;
      if (c === 0 || c === DROPPED) continue;
      const late = y.late?.get(slot);
      out.push({
        pupil: y.pupil,
        date: datesOfYear(y.year)[slot >> 1]!,
        session: slot & 1 ? 'PM' : 'AM',
        code: this.codes[c - 1]!,
        ...(late !== undefined ? { minutesLate: late } : {}),
        line: y.lines[slot]!,
      });
    }
    return out;
  }

  /** Packs a list of marks (previews built by hand in tests; the list's order is kept). */
  static fromList(marks: readonly PreviewMark[]): PackedMarks {
    const p = new PackedMarks();
    for (const m of marks) {
      const { year, slot } = yearSlot(m.date, m.session);
      const rec = p.recordOf(m.pupil, year);
      if (p.years[rec]!.slots[slot]) throw new Error(`two marks for ${m.pupil} ${m.date} ${m.session}`);
      p.put(rec, slot, p.codeIndex(m.code), m.line, m.minutesLate);
    }
    return p;
  }
}
