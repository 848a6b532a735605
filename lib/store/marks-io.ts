import {
  clearBefore,
  cloneYear,
  marksOfYear,
  markYearOf,
  packMarks,
  sessionMarksOfYear,
  yearKeyString,
  yearsBetween,
  type MarkYearRow,
} from './mark-years';
import type { MarkRow, Session } from './rows';
import type { StoreDb } from './schema';
import { forEachPage, PAGE_ROWS } from './paged-read';

/**
 * Marks against the database (schema v3, compact year records). Every read and write of marks goes
 * through here, so the packing stays one module's business. Call inside a transaction that covers
 * `markYears` (and `assessments` for writes) when atomicity with other tables matters.
 */

export type YearKey = [string, number];

/** Year records of these pupils covering `from`..`to`, one batched get; keyed `pupilId|year`. */
// Dexie promises (then-chains), not async functions: inside a transaction each native await costs ticks
// of Dexie's zone echoing, and a deep chain of them let fake-indexeddb commit early (PrematureCommitError).
export function readYears(db: StoreDb, pupilIds: readonly string[], from: string, to: string): PromiseLike<Map<string, MarkYearRow>> {
  const years = yearsBetween(from, to);
  const keys: YearKey[] = [];
  for (const id of pupilIds) for (const y of years) keys.push([id, y]);
  return db.markYears.bulkGet(keys).then((rows) => {
    const out = new Map<string, MarkYearRow>();
    for (const r of rows) if (r) out.set(yearKeyString(r.pupilId, r.year), r);
    return out;
  });
}

export type SessionMarkLite = { date: string; session: Session; code: string };

/** The engine's marks of each pupil from `from` to `to`, from year records already read. */
export function sessionMarksFrom(years: Iterable<MarkYearRow>, from: string, to: string): Map<string, SessionMarkLite[]> {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const out = new Map<string, SessionMarkLite[]>();
  for (const r of sorted) {
    let list = out.get(r.pupilId);
    if (!list) out.set(r.pupilId, (list = []));
    sessionMarksOfYear(r, from, to, list);
  }
  return out;
}

/** Every pupil's year records covering `from`..`to`, in one pass over the `year` index. */
export function readAllYears(db: StoreDb, from: string, to: string): Promise<MarkYearRow[]> {
  return db.markYears.where('year').between(markYearOf(from), markYearOf(to), true, true).toArray();
}

/** One pupil's marks (full rows, provenance included) from `from` to `to`. */
export async function pupilMarkRows(db: StoreDb, pupilId: string, from = '0000-01-01', to = '9999-12-31'): Promise<MarkRow[]> {
  const rows = await db.markYears.where('[pupilId+year]').between([pupilId, markYearOf(from)], [pupilId, markYearOf(to)], true, true).toArray();
  return rows.flatMap((r) => marksOfYear(r, from, to));
}

/** One mark, or undefined. */
export async function getMarkRow(db: StoreDb, pupilId: string, date: string, session: Session): Promise<MarkRow | undefined> {
  const r = await db.markYears.get([pupilId, markYearOf(date)]);
  return r ? marksOfYear(r, date, date).find((m) => m.session === session) : undefined;
}

/** Every stored mark as rows (tests, the v2 backup format). */
export async function allMarkRows(db: StoreDb): Promise<MarkRow[]> {
  const rows = await db.markYears.toArray();
  return rows.flatMap((r) => marksOfYear(r));
}

/** How many marks are stored, without unpacking. */
export async function countMarks(db: StoreDb): Promise<number> {
  let n = 0;
  // In pages: the options page keeps this count live, and a cursor over 4,000 records took seconds.
  await forEachPage(db.markYears, (r) => [r.pupilId, r.year] as YearKey, PAGE_ROWS, (rows) => {
    for (const r of rows) n += r.n;
  });
  return n;
}

/**
 * Writes mark rows into their year records (`stored` = the records as read in this transaction, by
 * `pupilId|year`; missing ones are read here). Returns the records written. Drops the assessment cache
 * of every pupil touched, in the same transaction.
 */
export function writeMarks(
  db: StoreDb,
  puts: readonly MarkRow[],
  stored?: ReadonlyMap<string, MarkYearRow>,
  onProgress?: (done: number, total: number) => void,
): PromiseLike<MarkYearRow[]> {
  if (!puts.length) return db.markYears.bulkGet([]).then(() => []);
  const write = (known: ReadonlyMap<string, MarkYearRow>) => {
    const records = packMarks(puts, known);
    return writeYearRecords(db, records, known, onProgress).then(() => records);
  };
  if (stored) return write(stored);
  const keys = new Map<string, [string, number]>();
  for (const m of puts) keys.set(yearKeyString(m.pupilId, markYearOf(m.date)), [m.pupilId, markYearOf(m.date)]);
  return db.markYears
    .bulkGet([...keys.values()])
    .then((rows) => write(new Map(rows.filter((r): r is MarkYearRow => !!r).map((r) => [yearKeyString(r.pupilId, r.year), r]))));
}

/**
 * Writes year records made from `known` (the records as read in this transaction, by `pupilId|year`) or new,
 * in chunks when progress is asked for, and drops the assessment cache of the pupils whose records changed.
 */
export function writeYearRecords(
  db: StoreDb,
  records: MarkYearRow[],
  known: ReadonlyMap<string, MarkYearRow>,
  onProgress?: (done: number, total: number) => void,
): PromiseLike<unknown> {
  if (!records.length) return db.markYears.bulkGet([]);
  return putInChunks(db, records, onProgress)
    // Housekeeping only (a cached value is keyed by the marks' hash, so a stale one is never used):
    // pupils who had no record cannot have a cached value worth dropping.
    .then(() => dropAssessments(db, [...new Set(records.filter((r) => known.has(yearKeyString(r.pupilId, r.year))).map((r) => r.pupilId))]));
}

/** Chunks of records, one after another in the caller's transaction, so progress can be shown between them. */
export const WRITE_CHUNK = 250;
function putInChunks(db: StoreDb, records: MarkYearRow[], onProgress?: (done: number, total: number) => void, from = 0): PromiseLike<unknown> {
  if (!onProgress) return db.markYears.bulkPut(records);
  const end = Math.min(from + WRITE_CHUNK, records.length);
  return db.markYears.bulkPut(records.slice(from, end)).then(() => {
    onProgress(end, records.length);
    return end < records.length ? putInChunks(db, records, onProgress, end) : undefined;
  });
}

export function dropAssessments(db: StoreDb, pupilIds: readonly string[]): PromiseLike<unknown> {
  return pupilIds.length ? db.assessments.bulkDelete([...pupilIds]) : db.assessments.bulkGet([]);
}

/** Retention: removes every mark before `date`; returns how many. */
export async function deleteMarksBefore(db: StoreDb, date: string): Promise<number> {
  const y = markYearOf(date);
  let removed = 0;
  const whole = await db.markYears.where('year').below(y).toArray();
  removed += whole.reduce((n, r) => n + r.n, 0);
  await db.markYears.bulkDelete(whole.map((r) => [r.pupilId, r.year] as YearKey));
  const partial = await db.markYears.where('year').equals(y).toArray();
  const changed: MarkYearRow[] = [];
  for (const r of partial) {
    const c = cloneYear(r);
    const k = clearBefore(c, date);
    if (k) {
      removed += k;
      changed.push(c);
    }
  }
  const empty = changed.filter((r) => r.n === 0);
  await db.markYears.bulkDelete(empty.map((r) => [r.pupilId, r.year] as YearKey));
  await db.markYears.bulkPut(changed.filter((r) => r.n > 0));
  await dropAssessments(db, [...new Set([...whole, ...changed].map((r) => r.pupilId))]);
  return removed;
}

/** Counts the marks `deleteMarksBefore` would remove. */
export async function countMarksBefore(db: StoreDb, date: string): Promise<number> {
  const y = markYearOf(date);
  let n = 0;
  await db.markYears.where('year').below(y).each((r) => {
    n += r.n;
  });
  await db.markYears.where('year').equals(y).each((r) => {
    n += marksOfYear(r, undefined, date).filter((m) => m.date < date).length;
  });
  return n;
}

const pupilYears = (db: StoreDb, id: string) => db.markYears.where('[pupilId+year]').between([id, -Infinity], [id, Infinity], true, true);

/** A pupil's marks (optionally only those on or after `from`), counted. */
export async function countPupilMarks(db: StoreDb, id: string, from?: string): Promise<number> {
  let n = 0;
  await pupilYears(db, id).each((r) => {
    n += from ? marksOfYear(r, from).length : r.n;
  });
  return n;
}

export async function deletePupilMarks(db: StoreDb, id: string): Promise<void> {
  await pupilYears(db, id).delete();
  await dropAssessments(db, [id]);
}

/** Tables a marks write touches. */
export const MARK_TABLES = ['markYears', 'markRevisions', 'assessments'] as const;
