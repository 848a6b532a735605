/**
 * Bench page code (bundled with esbuild, run in Chromium against real IndexedDB): the store's own
 * `ingestRead` versus a bare Dexie bulkPut of the same records, and an unchanged register re-read.
 * The school is generated in the page so 780k marks never cross the Playwright bridge.
 */
import { Dexie, type DBCoreMutateRequest } from 'dexie';
import { buildCalendar } from '../../../lib/engine/calendar';
import { kentCalendar } from '../../../lib/engine/calendars/kent';
import type { IngestBatch } from '../../../lib/store/batch';
import { sourceLabel } from '../../../lib/store/batch';
import { ingestRead } from '../../../lib/store/ingest';
import type { MarkRow, PupilRow } from '../../../lib/store/rows';
import { StoreDb } from '../../../lib/store/schema';
import { mulberry32 } from '../../../lib/demo/prng';

const rng = mulberry32;

const LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';
function upn(n: number): string {
  const digits = `886200${String(n).padStart(6, '0')}`;
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(digits[i]) * (i + 2);
  return LETTERS[s % 23] + digits;
}

/** Letters only: identity compares names by their letters, so "Pupil72" and "Pupil73" would be the same name. */
function word(n: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

const ABSENCE = ['I', 'I', 'I', 'M', 'O', 'N', 'G', 'C', 'U', 'L'];
const SEEN_AT = '2025-07-22T16:00:00Z';

/** A full Kent 2024/25 year for `pupils` pupils, as one import batch. */
export function schoolYear(pupils: number): IngestBatch {
  const cal = buildCalendar(kentCalendar('2024/25'));
  const r = rng(42);
  const batch: IngestBatch = { source: { kind: 'import', mis: 'arbor', importId: 'bench' }, seenAt: SEEN_AT, pupils: [], marks: [] };
  for (let p = 0; p < pupils; p++) {
    const ref = `p${p}`;
    batch.pupils.push({
      ref,
      misId: String(100000 + p),
      upn: upn(p),
      legalForename: `Pupil${word(p)}`,
      legalSurname: `Example${word(p % 97)}`,
      dob: `201${p % 8}-0${1 + (p % 9)}-1${p % 9}`,
      yearGroup: String(1 + (p % 6)),
      regGroup: `${1 + (p % 6)}${'ABCDE'[p % 5]}`,
    });
    const absent = r() < 0.2 ? 0.15 : 0.04;
    for (const date of cal.days) {
      batch.marks.push({ pupilRef: ref, date, session: 'AM', code: r() < absent ? ABSENCE[Math.floor(r() * ABSENCE.length)]! : '/' });
      batch.marks.push({ pupilRef: ref, date, session: 'PM', code: r() < absent ? ABSENCE[Math.floor(r() * ABSENCE.length)]! : '\\' });
    }
  }
  return batch;
}

/** Write counter below Dexie (DBCore), independent of what the store code reports. */
function counted(name: string): { db: StoreDb; writes: () => number; reset: () => void } {
  const db = new StoreDb(name);
  let rows = 0;
  db.use({
    stack: 'dbcore',
    name: 'bench-write-counter',
    create: (down) => ({
      ...down,
      table: (t) => {
        const table = down.table(t);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            rows += 'values' in req ? req.values.length : 'keys' in req ? req.keys.length : 1;
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return { db, writes: () => rows, reset: () => (rows = 0) };
}

let runNo = 0;
/** The last imported store, kept for the re-read figure (a store holding the whole school year). */
let kept: ReturnType<typeof counted> | null = null;

/** The store's import path: validate, match identities, plan, write — one transaction. */
async function storeImport(batch: IngestBatch, keep: boolean): Promise<{ ms: number; marks: number }> {
  const c = counted(`bench-store-${++runNo}`);
  await c.db.open();
  const t0 = performance.now();
  await ingestRead(c.db, batch);
  const ms = performance.now() - t0;
  const marks = await c.db.marks.count();
  if (keep) {
    if (kept) await kept.db.delete();
    kept = c;
  } else await c.db.delete();
  return { ms, marks };
}

/** The same records, built beforehand, written by a bare bulkPut (same schema and indexes). */
async function bareBulkPut(batch: IngestBatch): Promise<{ ms: number; marks: number }> {
  const db = new StoreDb(`bench-bare-${++runNo}`);
  await db.open();
  const source = sourceLabel(batch.source);
  const day = batch.seenAt.slice(0, 10);
  const ids = new Map<string, string>();
  const pupils: PupilRow[] = batch.pupils.map((p) => {
    const id = crypto.randomUUID();
    ids.set(p.ref, id);
    return { id, misKeys: [`arbor:${p.misId}`], upn: p.upn, legalForename: p.legalForename, legalSurname: p.legalSurname, dob: p.dob, yearGroup: p.yearGroup, regGroup: p.regGroup, seen: {} };
  });
  const marks: MarkRow[] = batch.marks.map((m) => ({ pupilId: ids.get(m.pupilRef)!, date: m.date, session: m.session, code: m.code, source, firstSeen: batch.seenAt, lastSeenOn: day }));
  const t0 = performance.now();
  await db.transaction('rw', db.pupils, db.marks, async () => {
    await db.pupils.bulkPut(pupils);
    await db.marks.bulkPut(marks);
  });
  const ms = performance.now() - t0;
  const n = await db.marks.count();
  await db.delete();
  return { ms, marks: n };
}

/** Import vs bare bulkPut, alternating, `reps` times each. */
export async function importFigures(pupils: number, reps: number) {
  const batch = schoolYear(pupils);
  const store: number[] = [];
  const bare: number[] = [];
  let marks = 0;
  for (let i = 0; i < reps; i++) {
    const b = await bareBulkPut(batch);
    bare.push(b.ms);
    const s = await storeImport(batch, i === reps - 1);
    store.push(s.ms);
    if (s.marks !== batch.marks.length || b.marks !== batch.marks.length) throw new Error(`row count mismatch: ${s.marks}/${b.marks} of ${batch.marks.length}`);
    marks = s.marks;
  }
  // Where the store's time goes beyond the writes: validation and planning, timed without writing.
  const t0 = performance.now();
  const probe = counted(`bench-probe-${++runNo}`);
  await ingestRead(probe.db, batch, { dryRun: true });
  const planMs = performance.now() - t0;
  await probe.db.delete();
  return { store, bare, marks, planMs };
}

/**
 * A take-register page for one session (and a week grid), read once, then re-read unchanged, against the
 * store the last import filled (the whole school year).
 */
export async function rereadFigures(schoolPupils: number, reps: number) {
  const year = schoolYear(schoolPupils);
  let c = kept;
  if (!c) {
    c = counted(`bench-reread-${++runNo}`);
    await ingestRead(c.db, year);
  }
  const db = c;
  const cls = year.pupils.slice(0, 30).map((p) => ({ ref: `k${p.misId}`, misId: p.misId, name: `${p.legalForename} ${p.legalSurname}`, regGroup: p.regGroup }));
  const page = (dates: string[]): IngestBatch => ({
    source: { kind: 'page', mis: 'arbor', readerId: 'arbor-register', url: 'http://localhost/register' },
    seenAt: '2025-07-23T08:50:00Z',
    pupils: cls,
    marks: cls.flatMap((p, i) => dates.flatMap((d) => (['AM', 'PM'] as const).map((session) => ({ pupilRef: p.ref, date: d, session, code: i % 7 === 0 ? 'N' : session === 'AM' ? '/' : '\\' })))),
  });
  const one = page(['2025-07-21']);
  one.marks = one.marks.filter((m) => m.session === 'AM');
  const week = page(['2025-07-14', '2025-07-15', '2025-07-16', '2025-07-17', '2025-07-18']);
  const measure = async (b: IngestBatch) => {
    // First read: the page's sighting of pupils already stored (matched by their Arbor id) and any mark
    // that differs from the imported one; then the same page again, unchanged.
    const first = await ingestRead(db.db, b);
    if (first.pupilsAdded !== 0 || first.conflicts.length) throw new Error('the register pupils should all match stored pupils');
    const times: number[] = [];
    let writes = 0;
    for (let i = 0; i < 5; i++) await ingestRead(db.db, b); // warm-up (JIT, IndexedDB caches), not timed
    for (let i = 0; i < reps; i++) {
      db.reset();
      const t0 = performance.now();
      const r = await ingestRead(db.db, { ...b, seenAt: `2025-07-23T09:${String(i % 60).padStart(2, '0')}:00Z` });
      times.push(performance.now() - t0);
      writes = Math.max(writes, db.writes(), r.writes);
    }
    return { times, writes };
  };
  const session = await measure(one);
  const grid = await measure(week);
  await db.db.delete();
  kept = null;
  return { session, grid };
}

(globalThis as Record<string, unknown>).storeBench = { importFigures, rereadFigures, Dexie };
