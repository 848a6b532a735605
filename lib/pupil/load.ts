/**
 * A pupil's (or many pupils') engine inputs from the store, in one read transaction: the pupil row, the
 * marks the evaluation needs (from `historyFrom` to `asOf`) and the chronology, newest first. The register
 * reads only the pupils on screen (a batched get of their year records); the dashboard reads every year
 * record of the years concerned in one pass over the `year` index. Marks are unpacked only when asked for.
 */
import { Dexie } from 'dexie';
import type { SessionMark } from '../engine/types';
import type { ActionRow } from '../store/actions';
import { datesOfYear, sessionMarksOfYear, type MarkYearRow } from '../store/mark-years';
import { readAllYears, readYears } from '../store/marks-io';
import type { PupilRow } from '../store/rows';
import type { StoreDb } from '../store/schema';
import { newestFirst } from './chronology';

export interface PupilInputs {
  row: PupilRow | undefined;
  marks: readonly SessionMark[];
  actions: readonly ActionRow[];
}

/**
 * Marks by pupil id, unpacked from the year records on first `get` (the dashboard list shows 2,000 pupils
 * but opens one; most cached assessments never need their marks).
 */
export class LazyMarks extends Map<string, readonly SessionMark[]> {
  private readonly years = new Map<string, MarkYearRow[]>();
  constructor(
    records: Iterable<MarkYearRow>,
    private readonly from: string,
    private readonly to: string,
  ) {
    super();
    for (const r of records) {
      const list = this.years.get(r.pupilId);
      if (list) list.push(r);
      else this.years.set(r.pupilId, [r]);
    }
  }
  override get(id: string): readonly SessionMark[] | undefined {
    let v = super.get(id);
    if (v) return v;
    const recs = this.years.get(id);
    if (!recs) return undefined;
    const out: SessionMark[] = [];
    for (const r of recs.sort((a, b) => a.year - b.year)) sessionMarksOfYear(r, this.from, this.to, out as { date: string; session: 'AM' | 'PM'; code: string }[]);
    super.set(id, out);
    return out;
  }
  override has(id: string): boolean {
    return this.years.has(id) || super.has(id);
  }
  /**
   * The date of this pupil's latest stored mark up to `upTo` (and within the marks held), read from the packed
   * records without unpacking them: the dashboard list wants it for every pupil, their marks for none.
   */
  lastMarkDate(id: string, upTo: string): string | null {
    const to = upTo < this.to ? upTo : this.to;
    const recs = [...(this.years.get(id) ?? [])].sort((a, b) => b.year - a.year);
    for (const r of recs) {
      const dates = datesOfYear(r.year);
      for (let s = dates.length * 2 - 1; s >= 0; s--) {
        if (!r.slots[s]) continue;
        const d = dates[s >> 1]!;
        if (d > to) continue;
        return d >= this.from ? d : null;
      }
    }
    return null;
  }

  /** The year records held (for fingerprints without unpacking). */
  recordsOf(id: string): readonly MarkYearRow[] {
    return this.years.get(id) ?? [];
  }
}

const NONE: readonly never[] = [];

function byPupil(actions: readonly ActionRow[]): Map<string, ActionRow[]> {
  const m = new Map<string, ActionRow[]>();
  for (const a of actions) {
    const list = m.get(a.pupilId);
    if (list) list.push(a);
    else m.set(a.pupilId, [a]);
  }
  for (const list of m.values()) list.sort(newestFirst);
  return m;
}

/** These pupils only (a register page): rows, year records and chronologies by batched gets. */
export async function loadPupilInputs(db: StoreDb, pupilIds: readonly string[], from: string, asOf: string): Promise<Map<string, PupilInputs>> {
  const ids = [...new Set(pupilIds)];
  const [rows, years, actions] = await db.transaction('r', [db.pupils, db.markYears, db.actions], () =>
    Promise.all([
      db.pupils.bulkGet(ids),
      readYears(db, ids, from, asOf),
      // All of them: an older notice to improve or penalty notice still shapes the Kent figures.
      Promise.all(ids.map((id) => db.actions.where('[pupilId+date]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray())),
    ]),
  );
  const marks = new LazyMarks(years.values(), from, asOf);
  const out = new Map<string, PupilInputs>();
  ids.forEach((id, i) => {
    out.set(id, { row: rows[i], marks: marks.get(id) ?? NONE, actions: actions[i]!.sort(newestFirst) });
  });
  return out;
}

export interface AllPupilInputs {
  pupils: PupilRow[];
  marksByPupil: LazyMarks;
  actionsByPupil: Map<string, ActionRow[]>;
}

/** Every pupil (the dashboard): three reads in one transaction, grouped in memory. */
export async function loadAllPupilInputs(db: StoreDb, from: string, asOf: string): Promise<AllPupilInputs> {
  const [pupils, years, actions] = await db.transaction('r', [db.pupils, db.markYears, db.actions], () =>
    Promise.all([db.pupils.toArray(), readAllYears(db, from, asOf), db.actions.toArray()]),
  );
  return { pupils, marksByPupil: new LazyMarks(years, from, asOf), actionsByPupil: byPupil(actions) };
}
