import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupDocument, readBackup } from '../../../lib/store/backup';
import { exportBackup, restoreBackup } from '../../../lib/store/backup-io';
import { ingestRead } from '../../../lib/store/ingest';
import type { IngestBatch } from '../../../lib/store/batch';
import { dumpAll, freshDb, seedStore, seqId, type CountedDb } from '../store/helpers';
import { hardText, LETTER_CODES, params, weekday } from '../store/imports/property.support';

/**
 * Backup restore, property-based (issue 15). Generated stores (real-looking seed + random pupils and marks)
 * are exported and restored:
 * - round trip: the backup reads back and a replace-restore gives exactly the store it came from (what is
 *   accepted equals what was generated);
 * - all-or-nothing: a write failing at a random table, or Cancel at a random point, leaves the target store
 *   exactly as before (no partial write);
 * - damaged files: a known-bad edit (duplicate id or year, orphan marks or action, a code that is not a code,
 *   negative minutes late, a count that lies) is refused with where and why — accepting one is a wrong accept;
 *   a random edit is refused the same way or, if accepted, restores without a partial write. Nothing throws.
 * FUZZ_RUNS / FUZZ_SEED as for the importers.
 */
const AT = '2025-02-02T12:00:00Z';
const roundTrip = <T,>(x: T) => JSON.parse(JSON.stringify(x)) as T;
/** A store's contents as text, keys sorted (a row's key order is not its content). */
const canon = (x: unknown): string =>
  JSON.stringify(x, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
const contents = async (c: CountedDb) => canon(await dumpAll(c.db));
const TABLES = ['pupils', 'markYears', 'markRevisions', 'settings', 'actions', 'prefillAudit', 'importLog', 'assessments'];

const extra = fc
  .uniqueArray(fc.record({ upn: fc.stringMatching(/^[A-HJ-NP-Z]\d{12}$/), fore: hardText, sur: hardText, day: fc.integer({ min: 1, max: 28 }) }), { minLength: 0, maxLength: 4, selector: (p) => p.upn })
  .chain((ps) =>
    fc.record({
      ps: fc.constant(ps),
      marks: fc.array(fc.record({ pi: fc.nat(), date: weekday, session: fc.constantFrom<'AM' | 'PM'>('AM', 'PM'), code: fc.constantFrom('/', ...LETTER_CODES), late: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }) }), { maxLength: ps.length ? 20 : 0 }),
    }),
  );

interface Extra {
  ps: { upn: string; fore: string; sur: string; day: number }[];
  marks: { pi: number; date: string; session: 'AM' | 'PM'; code: string; late: number | undefined }[];
}

async function storeOf(x: Extra): Promise<CountedDb> {
  const a = freshDb();
  await seedStore(a.db);
  if (x.ps.length) {
    const seen = new Set<string>();
    const batch: IngestBatch = {
      source: { kind: 'import', importId: 'gen' },
      seenAt: '2025-01-30T10:00:00Z',
      pupils: x.ps.map((p, i) => ({ ref: `g${i}`, upn: p.upn, legalForename: p.fore || 'A', legalSurname: p.sur || 'B', dob: `2014-03-${String(p.day).padStart(2, '0')}` })),
      marks: x.marks
        .map((m) => ({ pupilRef: `g${m.pi % x.ps.length}`, date: m.date, session: m.session, code: m.code === '/' && m.session === 'PM' ? '\\' : m.code, ...(m.code === 'L' && m.late !== undefined ? { minutesLate: m.late } : {}) }))
        .filter((m) => !seen.has(`${m.pupilRef}${m.date}${m.session}`) && !!seen.add(`${m.pupilRef}${m.date}${m.session}`)),
    };
    await ingestRead(a.db, batch, { newId: seqId });
  }
  return a;
}

async function fileOf(c: CountedDb) {
  return roundTrip(backupDocument(await exportBackup(c.db, AT, { taught: [] }))) as Record<string, any>;
}

/** Tally for the long run (docs/fuzz-long-run.md). */
const tally = { cases: 0, crashes: 0, partialWrites: 0, wrongAccepts: 0, wrongRefusals: 0, refused: 0, accepted: 0 };
const show = () => process.env.FUZZ_RUNS && console.log('fuzz tally backup-restore', JSON.stringify(tally));

/** Restore with a fault; true when the store is exactly as before or fully restored (never half). */
async function faultedRestore(target: CountedDb, backup: Parameters<typeof restoreBackup>[1], mode: 'merge' | 'replace', fault: { table: number; cancelAt: number; kind: 'write' | 'cancel' }) {
  const before = await contents(target);
  const ctl = new AbortController();
  let calls = 0;
  if (fault.kind === 'write') target.failNextWriteTo(TABLES[fault.table % TABLES.length]!);
  let threw = false;
  try {
    await restoreBackup(target.db, backup, mode, { signal: ctl.signal, onProgress: () => ++calls === fault.cancelAt && ctl.abort() });
  } catch {
    threw = true;
  }
  target.failNextWriteTo('(none)');
  return { threw, unchanged: (await contents(target)) === before };
}

const BAD = ['dup-pupil', 'dup-year', 'orphan-year', 'orphan-action', 'bad-code', 'neg-late', 'count-lie'] as const;
type Bad = (typeof BAD)[number];

/** A known-bad edit with the counts kept true (so the deep checks, not the count check, must catch it). Null when the file has nothing to edit. */
function damage(doc: Record<string, any>, kind: Bad, k: number): Record<string, any> | null {
  const d = roundTrip(doc);
  const t = d.tables;
  const pick = (a: any[]): any => a[k % a.length];
  switch (kind) {
    case 'dup-pupil':
      t.pupils.push(pick(t.pupils));
      d.counts.pupils++;
      return d;
    case 'dup-year':
      t.markYears.push(pick(t.markYears));
      d.counts.markYears++;
      return d;
    case 'orphan-year':
      pick(t.markYears).pupilId = 'nobody-here';
      return d;
    case 'orphan-action':
      t.actions.push({ ...pick(t.actions), id: 'act-orphan', pupilId: 'nobody-here' });
      d.counts.actions++;
      return d;
    case 'bad-code': {
      const y = pick(t.markYears);
      y.codes[k % y.codes.length] = 'ZZZ<script>';
      return d;
    }
    case 'neg-late': {
      const y = pick(t.markYears);
      const slot = [...y.slots].findIndex((c: string) => c.charCodeAt(0) > 0x100);
      if (slot < 0) return null;
      y.late = { ...(y.late ?? {}), [String(slot)]: -5 };
      return d;
    }
    case 'count-lie':
      d.counts.marks += 1 + (k % 3);
      return d;
  }
}

/** Every path in a document (for random edits). */
function paths(x: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (at.length) out.push(at);
  if (Array.isArray(x)) x.forEach((v, i) => paths(v, [...at, i], out));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) paths(v, [...at, k], out);
  return out;
}
function edit(doc: Record<string, any>, e: { at: number; kind: 'delete' | 'set'; value: unknown }) {
  const d = roundTrip(doc);
  const all = paths(d);
  const p = all[e.at % all.length]!;
  let o: any = d;
  for (const k of p.slice(0, -1)) o = o[k];
  const last = p[p.length - 1]!;
  if (e.kind === 'delete') Array.isArray(o) ? o.splice(Number(last), 1) : delete o[last];
  else o[last] = e.value;
  return d;
}

function wellRefused(r: ReturnType<typeof readBackup>): string | null {
  if (r.ok) return null;
  if (!r.reason.trim()) return 'a refusal with no reason';
  const bad = r.problems.find((p) => !p.where.trim() || !p.why.trim());
  return bad ? `a problem without where or why: ${JSON.stringify(bad)}` : null;
}

describe('backup restore, property-based (seeded)', () => {
  it('round trip equals the source; a failed write or Cancel at any point leaves the store as before', { timeout: 3_600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(extra, fc.constantFrom<'merge' | 'replace'>('merge', 'replace'), fc.record({ table: fc.nat(), cancelAt: fc.integer({ min: 1, max: 8 }), kind: fc.constantFrom<'write' | 'cancel'>('write', 'cancel') }), async (x, mode, fault) => {
        tally.cases++;
        try {
          const a = await storeOf(x);
          const read = readBackup(await fileOf(a));
          if (!read.ok) {
            tally.wrongRefusals++;
            throw new Error(`a good backup was refused: ${read.reason}`);
          }
          const b = freshDb();
          await seedStore(b.db);
          const r = await faultedRestore(b, read.backup, mode, fault);
          if (r.threw && !r.unchanged) {
            tally.partialWrites++;
            throw new Error(`a ${fault.kind} fault (${mode}) left part of the restore written`);
          }
          const c = freshDb();
          await restoreBackup(c.db, read.backup, 'replace');
          if ((await contents(c)) !== (await contents(a))) {
            tally.wrongAccepts++;
            throw new Error('the restored store differs from the one backed up');
          }
          await Promise.all([a, b, c].map((d) => d.db.delete()));
        } catch (e) {
          if (!/refused|left part|differs/.test(String(e))) tally.crashes++;
          throw e;
        }
      }),
      params(40),
    );
    show();
  });

  it('a damaged file is refused with where and why (known-bad edits always); an accepted one restores whole; nothing throws', { timeout: 3_600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        extra,
        fc.oneof(
          fc.record({ bad: fc.constantFrom(...BAD), k: fc.nat() }),
          fc.record({ at: fc.nat(), kind: fc.constantFrom<'delete' | 'set'>('delete', 'set'), value: fc.jsonValue({ maxDepth: 2 }) }),
        ),
        async (x, m) => {
          tally.cases++;
          const a = await storeOf(x);
          const doc = await fileOf(a);
          const known = 'bad' in m;
          const damaged = known ? damage(doc, m.bad, m.k) : edit(doc, m);
          await a.db.delete();
          if (!damaged) return;
          let read: ReturnType<typeof readBackup>;
          try {
            read = readBackup(damaged);
          } catch (e) {
            tally.crashes++;
            throw e;
          }
          const why = wellRefused(read);
          if (why) {
            tally.crashes++;
            throw new Error(why);
          }
          if (!read.ok) return void tally.refused++;
          if (known) {
            tally.wrongAccepts++;
            throw new Error(`a ${m.bad} backup was accepted`);
          }
          tally.accepted++;
          const b = freshDb();
          await seedStore(b.db);
          const before = await contents(b);
          try {
            await restoreBackup(b.db, read.backup, 'merge');
          } catch {
            if ((await contents(b)) !== before) {
              tally.partialWrites++;
              throw new Error('a failed restore left part written');
            }
          }
          await b.db.delete();
        },
      ),
      params(60),
    );
    show();
  });

  it('the fault oracle can see a half-written store', async () => {
    const b = freshDb();
    await seedStore(b.db);
    const before = await contents(b);
    // Outside one transaction two writes are two commits: the second failing leaves the first.
    await b.db.actions.delete('act-1');
    b.failNextWriteTo('settings');
    await expect(b.db.settings.clear()).rejects.toThrow();
    expect(await contents(b)).not.toBe(before);
  });

  it('each known-bad edit is one the reader refuses (the damage is real)', async () => {
    const a = await storeOf({ ps: [{ upn: 'A123456789099', fore: 'Ann', sur: 'Bee', day: 3 }], marks: [{ pi: 0, date: '2024-09-03', session: 'AM', code: 'L', late: 5 }] });
    const doc = await fileOf(a);
    expect(readBackup(doc).ok).toBe(true);
    for (const kind of BAD) {
      const r = readBackup(damage(doc, kind, 0)!);
      expect(r.ok, kind).toBe(false);
    }
  });
});
