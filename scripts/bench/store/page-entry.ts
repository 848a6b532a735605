/**
 * Bench page code (bundled with esbuild, run in Chromium against real IndexedDB): the store's own
 * `ingestRead` versus a bare Dexie bulkPut of the same records, and an unchanged register re-read.
 * The school is generated in the page so 780k marks never cross the Playwright bridge.
 */
import { Dexie, type DBCoreMutateRequest } from 'dexie';
import { buildCalendar } from '../../../lib/engine/calendar';
import { kentCalendar } from '../../../lib/engine/calendars/kent';
import type { IngestBatch } from '../../../lib/store/batch';
import { applyImport, checkAgainstStore } from '../../../lib/store/imports/apply';
import { previewImport } from '../../../lib/store/imports/preview';
import { countMarks } from '../../../lib/store/marks-io';
import { schoolYearCsv, upn, word } from './school-file';
import { ingestRead } from '../../../lib/store/ingest';
import type { MarkRow, PupilRow } from '../../../lib/store/rows';
import { StoreDb } from '../../../lib/store/schema';
import { mulberry32 } from '../../../lib/demo/prng';

const rng = mulberry32;

const SEEN_AT = '2025-07-22T16:00:00Z';
const ABSENCE = ['I', 'I', 'I', 'M', 'O', 'N', 'G', 'C', 'U', 'L'];

/** A full Kent 2024/25 year for `pupils` pupils, as one import batch (the re-read figure's school). */
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

const OPTS = { importId: 'bench', seenAt: SEEN_AT, fileName: 'year.csv' };

/**
 * The whole import as the options page's worker runs it: parse and preview the file, check it against the
 * store (dry run), then write (one transaction).
 */
async function storeImport(bytes: Uint8Array): Promise<{ ms: number; marks: number; parseMs: number }> {
  const c = counted(`bench-store-${++runNo}`);
  await c.db.open();
  const t0 = performance.now();
  const out = previewImport(bytes);
  if (!out.ok) throw new Error(out.reason);
  const parseMs = performance.now() - t0;
  await checkAgainstStore(c.db, out.preview, OPTS);
  await applyImport(c.db, out.preview, OPTS);
  const ms = performance.now() - t0;
  const marks = await countMarks(c.db);
  if (kept) await kept.db.delete();
  kept = c;
  return { ms, marks, parseMs };
}

/** The same marks, one row per mark, written by a bare bulkPut into the old (v2) schema: its physical limit. */
async function bareBulkPut(bytes: Uint8Array): Promise<{ ms: number; marks: number }> {
  const out = previewImport(bytes);
  if (!out.ok) throw new Error(out.reason);
  const db = new StoreDb(`bench-bare-${++runNo}`, { upTo: 2 });
  await db.open();
  const ids = new Map<string, string>();
  const pupils: PupilRow[] = out.preview.pupils.map((p) => {
    const id = crypto.randomUUID();
    ids.set(p.key, id);
    return { id, misKeys: [], upn: p.upn, legalForename: p.legalForename, legalSurname: p.legalSurname, dob: p.dob, regGroup: p.regGroup, seen: {} };
  });
  const marks: MarkRow[] = out.preview.marks.map((m) => ({ pupilId: ids.get(m.pupil)!, date: m.date, session: m.session, code: m.code, source: 'import:bench', firstSeen: SEEN_AT, lastSeenOn: SEEN_AT.slice(0, 10) }));
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

/** Import vs bare bulkPut of the same file (the bare one is slow: measured once). */
export async function importFigures(pupils: number, reps: number) {
  const { csv, marks: expected } = schoolYearCsv(pupils, '2024/25');
  const bytes = new TextEncoder().encode(csv);
  const b = await bareBulkPut(bytes);
  const store: number[] = [];
  let parseMs = 0;
  for (let i = 0; i < reps; i++) {
    const s = await storeImport(bytes);
    store.push(s.ms);
    parseMs = s.parseMs;
    if (s.marks !== expected || b.marks !== expected) throw new Error(`mark count mismatch: ${s.marks}/${b.marks} of ${expected}`);
  }
  return { store, bare: [b.ms], marks: expected, planMs: parseMs, bytes: bytes.length };
}

/**
 * A take-register page for one session (and a week grid), read once, then re-read unchanged, against the
 * store the last import filled (the whole school year).
 */
export async function rereadFigures(schoolPupils: number, reps: number) {
  const year = schoolYear(schoolPupils);
  // The store the file import filled holds the same school (same UPNs); the register's pupils match by UPN.
  let c = kept;
  if (!c) {
    c = counted(`bench-reread-${++runNo}`);
    await ingestRead(c.db, year);
  }
  const db = c;
  const cls = year.pupils.slice(0, 30).map((p) => ({ ref: `k${p.misId}`, misId: p.misId, upn: p.upn, name: `${p.legalForename} ${p.legalSurname}`, regGroup: p.regGroup }));
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
