/**
 * The pupil list's read of the store: the cached list rows (lib/store/list-rows.ts), the pupils' ids and the
 * school's settings in one read transaction; only pupils without a row for today's setup have their row,
 * marks and chronology read and go through the engine, and their rows are then cached. When every row is
 * there, an open reads no marks, no chronology and no full evaluation: 2,000 small rows in one `toArray`.
 *
 * A cached row is exactly what a fresh evaluation gives: the middleware replaces a pupil's row with a
 * tombstone in every transaction that writes their row, marks or chronology; the setup key holds the build's
 * sources hash, the day, the profile and the calendar; a row is written only if no write reached the pupil
 * between reading the inputs and writing it (versions). Tested against a fresh evaluation.
 */
import type { IsoDate } from '../engine/dates';
import { historyFrom } from '../pupil/evaluation-input';
import { setupKey } from '../pupil/assessment-cache';
import { loadAllPupilInputs, loadPupilInputs } from '../pupil/load';
import type { ProfileChoice } from '../pupil/load-one';
import { schoolConfigOf } from '../pupil/school-config';
import { FIRST_PUPIL_KEY, isListMetaKey, LIST_ALL, LIST_EPOCH, LIST_GEN, newVersion, type ListRow } from '../store/list-rows';
import { onTablesChanged } from '../store/live';
import type { PupilRow, SchoolSettingsRow } from '../store/rows';
import type { StoreDb } from '../store/schema';
import { listPupil, type ListPupil } from './list-pupil';
import { summarisePupil, type SchoolSetup } from './pupil-summary';
import type { SessionMark } from '../engine/types';
import type { ActionRow } from '../store/actions';

/** The school's settings and the whole list's row, if any: what an open with nothing changed reads. */
export interface ListHead {
  school: SchoolSettingsRow | undefined;
  all: ListRow | undefined;
  /** The generation now (undefined when nothing was written since the cache began). */
  gen: string | undefined;
}

export interface ListSnapshot {
  school: SchoolSettingsRow | undefined;
  /** Pupils' cached rows by pupil id (tombstones included). */
  rows: ReadonlyMap<string, ListRow>;
  epoch: string | undefined;
  gen: string | undefined;
  /** Every stored pupil's id, in the store's order. */
  pupilIds: readonly string[];
}

export interface LoadedList {
  items: ListPupil[];
  setup: SchoolSetup;
  /** Pupils worked out now (no row for this setup in the cache). */
  fresh: number;
  /** Where the list came from: the whole list's row, or the pupils' rows (and the engine for the rest). */
  from: 'all' | 'rows';
}

function measure(name: string, start: number, end: number): void {
  try {
    performance.measure(name, { start, end });
  } catch {
    // No User Timing here (an old test environment): nothing to record.
  }
}

const isFresh = (head: ListHead): boolean => head.all?.item !== undefined && head.all.gen === head.gen;

/** The settings row, the whole list's row and the generation: one read transaction of three rows. */
export function readListHead(db: StoreDb): Promise<ListHead> {
  const t0 = performance.now();
  return db
    .transaction('r', [db.settings, db.listRows], () => Promise.all([db.settings.get('school') as Promise<SchoolSettingsRow | undefined>, db.listRows.bulkGet([LIST_ALL, LIST_GEN])]))
    .then(([school, [all, gen]]) => {
      measure('attendance-lens:list-cache:read-all', t0, performance.now());
      return { school, all, gen: gen?.v };
    });
}

/** The settings row, every pupil's cached row and the pupils' ids: one read transaction, no pupil row, mark or action. */
export function readListSnapshot(db: StoreDb): Promise<ListSnapshot> {
  const t0 = performance.now();
  return db
    .transaction('r', [db.settings, db.listRows, db.pupils], () =>
      Promise.all([
        db.settings.get('school') as Promise<SchoolSettingsRow | undefined>,
        db.listRows.where(':id').aboveOrEqual(FIRST_PUPIL_KEY).toArray(),
        db.listRows.bulkGet([LIST_EPOCH, LIST_GEN]),
        db.pupils.toCollection().primaryKeys(),
      ]),
    )
    .then(([school, rows, [epoch, gen], ids]) => {
      measure('attendance-lens:list-cache:read-rows', t0, performance.now());
      return { school, rows: new Map(rows.map((r) => [r.pupilId, r])), epoch: epoch?.v, gen: gen?.v, pupilIds: ids };
    });
}

// The dashboard starts reading the cache as its script starts, beside the settings read (the profile chosen
// comes from extension storage, not the store). Any write to an input meanwhile discards the early read.
interface Early {
  db: StoreDb;
  changed: boolean;
  stop: () => void;
  head: Promise<ListHead>;
  /** Started at once when the whole list's row is already out of date, whatever the profile. */
  rows?: Promise<ListSnapshot>;
}
let early: Early | undefined;

/** Starts the list's first read now (the dashboard page calls it before anything else). */
export function prefetchList(db: StoreDb): void {
  if (early) return;
  const e: Early = { db, changed: false, stop: () => undefined, head: readListHead(db) };
  e.stop = onTablesChanged(db, ['pupils', 'marks', 'actions', 'settings'], () => void (e.changed = true));
  e.head.then(
    (head) => {
      if (!isFresh(head) && early === e) (e.rows = readListSnapshot(db)).catch(() => undefined);
    },
    () => undefined,
  );
  early = e;
}

function takePrefetched(db: StoreDb): Early | undefined {
  const e = early;
  early = undefined;
  if (!e) return undefined;
  e.stop();
  return e.db === db && !e.changed ? e : undefined;
}

const NONE: readonly never[] = [];

/**
 * Every stored pupil as the list shows them, for `choice` as of `asOf`. `cache: false` works every pupil out
 * afresh and writes nothing (what the cache is tested against).
 */
export async function loadList(db: StoreDb, choice: ProfileChoice, asOf: IsoDate, opts: { cache?: boolean } = {}): Promise<LoadedList> {
  const useCache = opts.cache !== false;
  const pre = useCache ? takePrefetched(db) : undefined;
  if (useCache) {
    const head = await (pre?.head.catch(() => readListHead(db)) ?? readListHead(db));
    const t = performance.now();
    const setup = setupOf(head.school, choice, asOf);
    if (isFresh(head) && head.all!.setup === setupKey(setup, head.school?.calendar)) {
      const items = JSON.parse(head.all!.item!) as ListPupil[];
      measure('attendance-lens:list-cache:parse-all', t, performance.now());
      return { items, setup, fresh: 0, from: 'all' };
    }
  }
  const snap = await ((pre?.rows && pre.rows.catch(() => readListSnapshot(db))) || readListSnapshot(db));
  const t1 = performance.now();
  const setup = setupOf(snap.school, choice, asOf);
  const { calendar } = setup;
  const base = setupKey(setup, snap.school?.calendar);
  const items = new Map<string, ListPupil>();
  const missing: string[] = [];
  for (const id of snap.pupilIds) {
    const r = useCache && !isListMetaKey(id) ? snap.rows.get(id) : undefined;
    if (r?.item !== undefined && r.setup === base) items.set(id, JSON.parse(r.item) as ListPupil);
    else missing.push(id);
  }
  const fresh: FreshRow[] = [];
  if (missing.length) {
    const from = historyFrom(calendar, asOf);
    // Most of the school: one pass over every record beats a batched get per pupil.
    const many = missing.length * 4 > snap.pupilIds.length;
    const [inputs, seen] = await db.transaction('r', [db.pupils, db.markYears, db.actions, db.listRows], () =>
      Promise.all([many ? allInputs(db, from, asOf) : someInputs(db, missing, from, asOf), db.listRows.bulkGet(missing)]),
    );
    missing.forEach((id, i) => {
      const input = inputs(id);
      // Deleted since the ids were read: not listed.
      if (!input) return;
      const item = listPupil(summarisePupil(input.row, input.marks, input.actions, setup), calendar, asOf);
      items.set(id, item);
      if (!isListMetaKey(id)) fresh.push({ id, item, v: seen[i]?.v });
    });
  }
  measure(`attendance-lens:list-cache:assess (${missing.length} fresh)`, t1, performance.now());
  const out: ListPupil[] = [];
  for (const id of snap.pupilIds) {
    const item = items.get(id);
    if (item) out.push(item);
  }
  // Not awaited: the list shows now; a failed cache write only means the next open works these out again.
  if (useCache) void saveListRows(db, base, { epoch: snap.epoch, gen: snap.gen }, fresh, out).catch(() => undefined);
  return { items: out, setup, fresh: missing.length, from: 'rows' };
}

function setupOf(school: SchoolSettingsRow | undefined, choice: ProfileChoice, asOf: IsoDate): SchoolSetup {
  const { calendar, profile } = schoolConfigOf(school, choice.id, choice.custom);
  return { calendar, profile, asOf };
}

type Inputs = (id: string) => { row: PupilRow; marks: readonly SessionMark[]; actions: readonly ActionRow[] } | undefined;

function allInputs(db: StoreDb, from: string, asOf: string): Promise<Inputs> {
  return loadAllPupilInputs(db, from, asOf).then((all) => {
    const rows = new Map(all.pupils.map((p) => [p.id, p]));
    return (id: string) => {
      const row = rows.get(id);
      return row && { row, marks: all.marksByPupil.get(id) ?? NONE, actions: all.actionsByPupil.get(id) ?? NONE };
    };
  });
}

function someInputs(db: StoreDb, ids: readonly string[], from: string, asOf: string): Promise<Inputs> {
  return loadPupilInputs(db, ids, from, asOf).then((m) => (id: string) => {
    const x = m.get(id);
    return x?.row && { row: x.row, marks: x.marks, actions: x.actions };
  });
}

export interface FreshRow {
  id: string;
  item: ListPupil;
  /** The pupil's row version when their inputs were read (undefined: no row). */
  v: string | undefined;
}

/**
 * Writes the rows worked out, each only if the pupil's cached row (and the epoch) still has the version seen
 * when its inputs were read: a write in between replaced it, so this value may be stale and is dropped. With
 * `all` (the whole list, as read and worked out), also the whole list's row, if the generation is still the one
 * the pupils' rows were read at (no input of any pupil written since). Returns the pupils' rows written.
 */
export function saveListRows(db: StoreDb, setup: string, seen: { epoch: string | undefined; gen: string | undefined }, rows: readonly FreshRow[], all?: readonly ListPupil[]): Promise<number> {
  return db.transaction('rw', db.listRows, async () => {
    const now = await db.listRows.bulkGet([LIST_EPOCH, LIST_GEN, ...rows.map((r) => r.id)]);
    if (now[0]?.v !== seen.epoch) return 0;
    const puts: ListRow[] = [];
    rows.forEach((r, i) => {
      if (now[i + 2]?.v === r.v) puts.push({ pupilId: r.id, v: newVersion(), setup, item: JSON.stringify(r.item) });
    });
    const written = puts.length;
    if (all && now[1]?.v === seen.gen) puts.push({ pupilId: LIST_ALL, v: newVersion(), setup, ...(seen.gen === undefined ? {} : { gen: seen.gen }), item: JSON.stringify(all) });
    await db.listRows.bulkPut(puts);
    return written;
  });
}
