import { batchHeadSchema, checkBatchMarks, sourceLabel, type IngestBatch } from './batch';
import { IdentityIndex, identityOf, matchPupil, type ConflictReason, type Identity } from './identity';
import { mergePupil } from './merge-pupil';
import { planMarks, type IncomingMark, type MarkConflict } from './plan-marks';
import type { MarkRevisionRow, MarkRow, PupilRow } from './rows';
import type { StoreDb } from './schema';
import { getMark, markYearOf, yearKeyString, type MarkYearRow } from './mark-years';
import { dropAssessments, readYears, writeMarks, writeYearRecords } from './marks-io';
import { planYear } from './plan-years';
import type { PackedMarks, PackedYear } from './imports/packed-marks';

/**
 * `ingestRead(db, batch)`: store one page read or one import. Thin Dexie shell around the pure parts
 * (identity.ts, merge-pupil.ts, plan-marks.ts): read what the batch could touch, plan, write — all in one
 * transaction, so a failure leaves the store as it was.
 */

export interface IdentityConflict {
  kind: 'identity';
  ref: string;
  reason: ConflictReason;
  /** Stored pupils it could be; the user picks one (batch pupil `pupilId`) or leaves it out. */
  candidates: string[];
  what: string;
}
export type IngestConflict = IdentityConflict | MarkConflict;

export interface IngestResult {
  pupilsAdded: number;
  pupilsUpdated: number;
  marksAdded: number;
  marksChanged: number;
  unchanged: number;
  /** Marks not written because their pupil could not be identified. */
  marksSkipped: number;
  conflicts: IngestConflict[];
  /** Records written (pupils + mark years + revisions); 0 for a re-read with nothing new on the same day. */
  writes: number;
  /** Batch ref → stored pupil id, for the pupils that were matched or added. */
  pupilIds: Record<string, string>;
}

export interface IngestOptions {
  /** Plan only: report what would be written, write nothing (import preview against the store). */
  dryRun?: boolean;
  newId?: () => string;
  /** Called as the year records are written (an import shows progress). */
  onWrite?: (done: number, total: number) => void;
}

/** `lock` is read (never written) so that a write naming a pupil is refused while locked, in the same transaction. */
export const INGEST_TABLES = ['pupils', 'markYears', 'markRevisions', 'assessments', 'lock'] as const;

/** Facts that identify a pupil: while the store is locked (lib/lock) no write may carry one. */
const IDENTIFYING = ['misId', 'upn', 'name', 'legalSurname', 'legalForename', 'middleNames', 'preferredSurname', 'preferredForename', 'dob', 'contacts', 'address'] as const;

export function parseBatch(raw: unknown): IngestBatch {
  const r = batchHeadSchema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new Error(`Invalid batch at ${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}`);
  }
  const bad = checkBatchMarks(r.data.marks);
  if (bad) throw new Error(`Invalid batch at ${bad.path}: ${bad.message}`);
  return r.data as IngestBatch;
}

export async function ingestRead(db: StoreDb, raw: unknown, opts: IngestOptions = {}): Promise<IngestResult> {
  const batch = parseBatch(raw);
  const tables = INGEST_TABLES.map((t) => db.table(t));
  return db.transaction(opts.dryRun ? 'r' : 'rw', tables, () => ingestInTransaction(db, batch, opts));
}

const unique = <T,>(xs: (T | undefined)[]) => [...new Set(xs.filter((x): x is T => x !== undefined))];

/**
 * Stored pupils whose `index` holds any of `keys`. A register page's 30 keys: one request per key, all sent at
 * once (`anyOf` walks one cursor, a round trip to the database per key: most of an unchanged re-read's time).
 * An import's thousands: `anyOf`, one cursor rather than thousands of requests.
 */
function pupilsByIndex(db: StoreDb, index: 'misKeys' | 'upn' | 'nameDob', keys: string[]): Promise<PupilRow[]> {
  if (!keys.length) return Promise.resolve([]);
  if (keys.length > 100) return db.pupils.where(index).anyOf(keys).toArray();
  return Promise.all(keys.map((k) => db.pupils.where(index).equals(k).toArray())).then((rows) => rows.flat());
}

/** Steps 1 and 2 of an ingest: the lock check, then every batch pupil matched or added (nothing written yet). */
async function matchPupils(db: StoreDb, batch: IngestBatch, opts: IngestOptions) {
  const newId = opts.newId ?? (() => crypto.randomUUID());
  // The lock's guarantee, checked where every write passes: a read or import begun before the store was locked
  // must not store names in the clear after it (lib/lock/locked-read.ts makes batches that pass).
  if (!opts.dryRun && batch.pupils.some((p) => IDENTIFYING.some((f) => p[f] !== undefined)) && (await db.lock.get('lock'))?.locked) {
    throw new Error('Attendance Lens was locked meanwhile, so nothing was stored. Unlock first.');
  }
  const source = sourceLabel(batch.source);
  const day = batch.seenAt.slice(0, 10);
  const ctx = { source, seenAt: batch.seenAt, day };
  const result: IngestResult = {
    pupilsAdded: 0,
    pupilsUpdated: 0,
    marksAdded: 0,
    marksChanged: 0,
    unchanged: 0,
    marksSkipped: 0,
    conflicts: [],
    writes: 0,
    pupilIds: {},
  };

  // 1. Stored pupils any batch pupil could be.
  const ids: Identity[] = batch.pupils.map((p) => identityOf(p, batch.source.mis));
  const misKeys = unique(ids.map((i) => i.misKey));
  const upns = unique(ids.map((i) => i.upn));
  const nameDobs = unique(ids.map((i) => i.nameDob));
  const chosen = unique(ids.map((i) => i.chosenId));
  const found = await Promise.all([
    pupilsByIndex(db, 'misKeys', misKeys),
    pupilsByIndex(db, 'upn', upns),
    pupilsByIndex(db, 'nameDob', nameDobs),
    chosen.length ? db.pupils.bulkGet(chosen) : [],
  ]);
  const index = new IdentityIndex(found.flat().filter((r): r is PupilRow => !!r));

  // 2. Match or add each pupil, in batch order (later pupils can match ones added earlier).
  const pupilPuts = new Map<string, PupilRow>();
  const storedBefore = new Set<string>();
  const claimedBy = new Map<string, string>();
  for (const [i, p] of batch.pupils.entries()) {
    const id = ids[i]!;
    const m = matchPupil(id, index);
    if (m.kind === 'conflict') {
      result.conflicts.push({ kind: 'identity', ref: p.ref, reason: m.reason, candidates: m.candidates, what: m.what });
      continue;
    }
    if (m.kind === 'match') {
      const other = claimedBy.get(m.pupilId);
      if (other !== undefined) {
        result.conflicts.push({
          kind: 'identity',
          ref: p.ref,
          reason: 'ambiguous',
          candidates: [m.pupilId],
          what: `${id.label}: matches the same pupil as "${other}" in this read`,
        });
        continue;
      }
      if (!pupilPuts.has(m.pupilId)) storedBefore.add(m.pupilId);
    }
    const existing = m.kind === 'match' ? index.get(m.pupilId) : undefined;
    const merged = mergePupil(existing, id, p, ctx, newId);
    claimedBy.set(merged.row.id, p.ref);
    result.pupilIds[p.ref] = merged.row.id;
    if (!existing) result.pupilsAdded++;
    else if (merged.changedFacts.length) result.pupilsUpdated++;
    if (merged.write) {
      pupilPuts.set(merged.row.id, merged.row);
      index.add(merged.row);
    }
  }

  return { ctx, result, pupilPuts, storedBefore };
}

/** The body of `ingestRead`; call it inside a transaction that covers INGEST_TABLES (and any more). */
export async function ingestInTransaction(db: StoreDb, batch: IngestBatch, opts: IngestOptions = {}): Promise<IngestResult> {
  const { ctx, result, pupilPuts, storedBefore } = await matchPupils(db, batch, opts);

  // 3. Marks: only pupils stored before this batch can have stored marks; read just their date ranges.
  const incoming: IncomingMark[] = [];
  const range = new Map<string, [string, string]>();
  const unknownRefs = new Set<string>();
  const refs = new Set(batch.pupils.map((p) => p.ref));
  for (const mk of batch.marks) {
    const pupilId = result.pupilIds[mk.pupilRef];
    if (!pupilId) {
      result.marksSkipped++;
      if (!refs.has(mk.pupilRef) && !unknownRefs.has(mk.pupilRef)) {
        unknownRefs.add(mk.pupilRef);
        result.conflicts.push({
          kind: 'identity',
          ref: mk.pupilRef,
          reason: 'unidentified',
          candidates: [],
          what: `marks point at pupil "${mk.pupilRef}", who is not in this read`,
        });
      }
      continue;
    }
    incoming.push({ ref: mk.pupilRef, pupilId, date: mk.date, session: mk.session, code: mk.code, minutesLate: mk.minutesLate });
    if (storedBefore.has(pupilId)) {
      const r = range.get(pupilId);
      if (!r) range.set(pupilId, [mk.date, mk.date]);
      else {
        if (mk.date < r[0]) r[0] = mk.date;
        if (mk.date > r[1]) r[1] = mk.date;
      }
    }
  }
  // Only the year records of pupils stored before, for the years the batch covers: one batched get
  // (a register page reads 30 records, an import of a year 2,000).
  const storedYears = new Map<string, MarkYearRow>();
  if (range.size) {
    let lo = '9999-12-31';
    let hi = '0000-01-01';
    for (const [f, t] of range.values()) {
      if (f < lo) lo = f;
      if (t > hi) hi = t;
    }
    for (const [k, r] of await readYears(db, [...range.keys()], lo, hi)) storedYears.set(k, r);
  }
  const storedMark = (m: IncomingMark): MarkRow | undefined => {
    if (!storedYears.size) return undefined;
    const r = storedYears.get(yearKeyString(m.pupilId, markYearOf(m.date)));
    return r && getMark(r, m.date, m.session);
  };
  const plan = planMarks(incoming, storedMark, { ...ctx, sourceKind: batch.source.kind });
  result.marksAdded = plan.added;
  result.marksChanged = plan.changed;
  result.unchanged = plan.unchanged;
  result.conflicts.push(...plan.conflicts);

  // 4. Write (one transaction: the caller's).
  const pupils = [...pupilPuts.values()];
  const revisions: MarkRevisionRow[] = plan.revisions;
  if (opts.dryRun) {
    result.writes = pupils.length + new Set(plan.puts.map((m) => yearKeyString(m.pupilId, markYearOf(m.date)))).size + revisions.length;
    return result;
  }
  if (pupils.length) await db.pupils.bulkPut(pupils);
  const years = await writeMarks(db, plan.puts, storedYears, opts.onWrite);
  if (revisions.length) await db.markRevisions.bulkPut(revisions);
  // A stored pupil whose facts changed (date of birth, admission, leaving) is assessed afresh too.
  const changedBefore = pupils.filter((p) => storedBefore.has(p.id)).map((p) => p.id);
  if (changedBefore.length) await dropAssessments(db, changedBefore);
  result.writes = pupils.length + years.length + revisions.length;
  return result;
}

/**
 * An import's marks, packed by pupil and year (imports/packed-marks.ts): planned and written record by record
 * (plan-years.ts), the same rules as `ingestInTransaction` with no object per mark. `batch` holds the pupils
 * (its `marks` are ignored); `leftOut` are file pupils the user chose to leave out (their marks are not
 * counted as skipped). Call inside a transaction covering INGEST_TABLES.
 */
export async function ingestPackedInTransaction(
  db: StoreDb,
  batch: IngestBatch,
  packed: PackedMarks,
  opts: IngestOptions & { leftOut?: ReadonlySet<string> } = {},
): Promise<IngestResult> {
  const bad = checkPackedMarks(packed);
  if (bad) throw new Error(`Invalid batch: ${bad}`);
  const { ctx, result, pupilPuts, storedBefore } = await matchPupils(db, batch, opts);
  const refs = new Set(batch.pupils.map((p) => p.ref));
  const unknownRefs = new Set<string>();

  // 3. The year records of pupils stored before this batch, for the years the file covers: one batched get.
  const todo: { y: PackedYear; pupilId: string }[] = [];
  const keys: [string, number][] = [];
  for (const y of packed.years) {
    if (!y.n || opts.leftOut?.has(y.pupil)) continue;
    const pupilId = result.pupilIds[y.pupil];
    if (!pupilId) {
      result.marksSkipped += y.n;
      if (!refs.has(y.pupil) && !unknownRefs.has(y.pupil)) {
        unknownRefs.add(y.pupil);
        result.conflicts.push({ kind: 'identity', ref: y.pupil, reason: 'unidentified', candidates: [], what: `marks point at pupil "${y.pupil}", who is not in this read` });
      }
      continue;
    }
    todo.push({ y, pupilId });
    if (storedBefore.has(pupilId)) keys.push([pupilId, y.year]);
  }
  const storedYears = new Map<string, MarkYearRow>();
  if (keys.length) for (const r of await db.markYears.bulkGet(keys)) if (r) storedYears.set(yearKeyString(r.pupilId, r.year), r);

  const records: MarkYearRow[] = [];
  const revisions: MarkRevisionRow[] = [];
  const planCtx = { ...ctx, sourceKind: batch.source.kind };
  for (const { y, pupilId } of todo) {
    const plan = planYear(pupilId, y.pupil, y, packed.codes, storedYears.get(yearKeyString(pupilId, y.year)), planCtx);
    result.marksAdded += plan.added;
    result.marksChanged += plan.changed;
    result.unchanged += plan.unchanged;
    result.conflicts.push(...plan.conflicts);
    revisions.push(...plan.revisions);
    if (plan.record) records.push(plan.record);
  }

  // 4. Write (one transaction: the caller's).
  const pupils = [...pupilPuts.values()];
  result.writes = pupils.length + records.length + revisions.length;
  if (opts.dryRun) return result;
  if (pupils.length) await db.pupils.bulkPut(pupils);
  await writeYearRecords(db, records, storedYears, opts.onWrite);
  if (revisions.length) await db.markRevisions.bulkPut(revisions);
  const changedBefore = pupils.filter((p) => storedBefore.has(p.id)).map((p) => p.id);
  if (changedBefore.length) await dropAssessments(db, changedBefore);
  return result;
}

/** The rules `checkBatchMarks` applies to listed marks, for packed ones: codes of 1 to 16 characters, minutes late 0 or more. */
function checkPackedMarks(packed: PackedMarks): string | null {
  for (const c of packed.codes) if (c.length < 1 || c.length > 16) return `code "${c}": expected a code of 1 to 16 characters`;
  for (const y of packed.years) if (y.late) for (const v of y.late.values()) if (!(v >= 0)) return `minutes late ${v}: expected a number, 0 or more`;
  return null;
}
