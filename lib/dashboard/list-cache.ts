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
import { LIST_EPOCH, newVersion, type ListRow } from '../store/list-rows';
import { onTablesChanged } from '../store/live';
import type { PupilRow, SchoolSettingsRow } from '../store/rows';
import type { StoreDb } from '../store/schema';
import { listPupil, type ListPupil } from './list-pupil';
import { summarisePupil, type SchoolSetup } from './pupil-summary';
import type { SessionMark } from '../engine/types';
import type { ActionRow } from '../store/actions';

export interface ListSnapshot {
  school: SchoolSettingsRow | undefined;
  /** Cached rows by pupil id (tombstones and the epoch row included). */
  rows: ReadonlyMap<string, ListRow>;
  /** Every stored pupil's id, in the store's order. */
  pupilIds: readonly string[];
}

export interface LoadedList {
  items: ListPupil[];
  setup: SchoolSetup;
  /** Pupils worked out now (no row for this setup in the cache). */
  fresh: number;
}

function measure(name: string, start: number, end: number): void {
  try {
    performance.measure(name, { start, end });
  } catch {
    // No User Timing here (an old test environment): nothing to record.
  }
}

/** The settings row, the cache and the pupils' ids: one read transaction, no pupil row, mark or action. */
export function readListSnapshot(db: StoreDb): Promise<ListSnapshot> {
  const t0 = performance.now();
  return db
    .transaction('r', [db.settings, db.listRows, db.pupils], () =>
      Promise.all([db.settings.get('school') as Promise<SchoolSettingsRow | undefined>, db.listRows.toArray(), db.pupils.toCollection().primaryKeys()]),
    )
    .then(([school, rows, ids]) => {
      measure('attendance-lens:list-cache:read', t0, performance.now());
      return { school, rows: new Map(rows.map((r) => [r.pupilId, r])), pupilIds: ids };
    });
}

// The dashboard starts reading the cache as its script starts, beside the settings read (the profile chosen
// comes from extension storage, not the store). Any write to an input meanwhile discards the early read.
let early: { snapshot: Promise<ListSnapshot>; db: StoreDb; changed: boolean; stop: () => void } | undefined;

/** Starts the list's first read now (the dashboard page calls it before anything else). */
export function prefetchList(db: StoreDb): void {
  if (early) return;
  const e = { db, changed: false, stop: () => undefined as void, snapshot: undefined as unknown as Promise<ListSnapshot> };
  e.stop = onTablesChanged(db, ['pupils', 'marks', 'actions', 'settings'], () => void (e.changed = true));
  e.snapshot = readListSnapshot(db);
  // Never an unhandled rejection: a failed early read is read again by the list.
  e.snapshot.catch(() => undefined);
  early = e;
}

function takePrefetched(db: StoreDb): Promise<ListSnapshot> | undefined {
  const e = early;
  early = undefined;
  if (!e) return undefined;
  e.stop();
  return e.db === db && !e.changed ? e.snapshot.catch(() => readListSnapshot(db)) : undefined;
}

const NONE: readonly never[] = [];

/**
 * Every stored pupil as the list shows them, for `choice` as of `asOf`. `cache: false` works every pupil out
 * afresh and writes nothing (what the cache is tested against).
 */
export async function loadList(db: StoreDb, choice: ProfileChoice, asOf: IsoDate, opts: { cache?: boolean } = {}): Promise<LoadedList> {
  const useCache = opts.cache !== false;
  const snap = await ((useCache && takePrefetched(db)) || readListSnapshot(db));
  const t1 = performance.now();
  const { calendar, profile } = schoolConfigOf(snap.school, choice.id, choice.custom);
  const setup: SchoolSetup = { calendar, profile, asOf };
  const base = setupKey(setup, snap.school?.calendar);
  const items = new Map<string, ListPupil>();
  const missing: string[] = [];
  for (const id of snap.pupilIds) {
    const r = useCache ? snap.rows.get(id) : undefined;
    if (r?.item !== undefined && r.setup === base) items.set(id, JSON.parse(r.item) as ListPupil);
    else missing.push(id);
  }
  if (missing.length) {
    const from = historyFrom(calendar, asOf);
    // Most of the school: one pass over every record beats a batched get per pupil.
    const many = missing.length * 4 > snap.pupilIds.length;
    const [inputs, seen] = await db.transaction('r', [db.pupils, db.markYears, db.actions, db.listRows], () =>
      Promise.all([many ? allInputs(db, from, asOf) : someInputs(db, missing, from, asOf), db.listRows.bulkGet([LIST_EPOCH, ...missing])]),
    );
    const fresh: { id: string; item: ListPupil; v: string | undefined }[] = [];
    missing.forEach((id, i) => {
      const input = inputs(id);
      // Deleted since the ids were read: not listed.
      if (!input) return;
      const item = listPupil(summarisePupil(input.row, input.marks, input.actions, setup), calendar, asOf);
      items.set(id, item);
      fresh.push({ id, item, v: seen[i + 1]?.v });
    });
    // Not awaited: the list shows now; a failed cache write only means the next open works these out again.
    if (useCache && fresh.length) void saveListRows(db, base, seen[0]?.v, fresh).catch(() => undefined);
  }
  measure(`attendance-lens:list-cache:assess (${missing.length} fresh)`, t1, performance.now());
  const out: ListPupil[] = [];
  for (const id of snap.pupilIds) {
    const item = items.get(id);
    if (item) out.push(item);
  }
  return { items: out, setup, fresh: missing.length };
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

/**
 * Writes the rows worked out, each only if the pupil's cached row (and the epoch) still has the version seen
 * when its inputs were read: a write in between replaced it, so this value may be stale and is dropped.
 */
export function saveListRows(db: StoreDb, setup: string, epochSeen: string | undefined, rows: readonly { id: string; item: ListPupil; v: string | undefined }[]): Promise<number> {
  return db.transaction('rw', db.listRows, async () => {
    const now = await db.listRows.bulkGet([LIST_EPOCH, ...rows.map((r) => r.id)]);
    if (now[0]?.v !== epochSeen) return 0;
    const puts: ListRow[] = [];
    rows.forEach((r, i) => {
      if (now[i + 1]?.v === r.v) puts.push({ pupilId: r.id, v: newVersion(), setup, item: JSON.stringify(r.item) });
    });
    await db.listRows.bulkPut(puts);
    return puts.length;
  });
}
