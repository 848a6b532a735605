import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, backupDocument, readBackup } from '../../../lib/store/backup';
import { backupBlob, readBackupFile } from '../../../lib/store/backup-file';
import { exportBackup, purgeAll, restoreBackup } from '../../../lib/store/backup-io';
import { ingestRead } from '../../../lib/store/ingest';
import { allMarkRows } from '../../../lib/store/marks-io';
import { dumpAll, freshDb, seedStore, marksOf } from './helpers';

const roundTrip = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
const STORAGE = { customProfile: { name: 'Our bands', bands: [{ from: 0, to: 90 }] }, taught: [{ id: 't1', label: 'Year 7' }], overlayPrefs: { sites: { 'x.example': true } } };

async function fileOf(db: Parameters<typeof exportBackup>[0]) {
  return roundTrip(backupDocument(await exportBackup(db, '2025-02-02T12:00:00Z', STORAGE))) as Record<string, any>;
}

describe('backup', () => {
  it('round trip: export → gzip file → validate → replace into an empty store gives the same store and settings', async () => {
    const a = freshDb();
    await seedStore(a.db);
    const blob = await backupBlob(await exportBackup(a.db, '2025-02-02T12:00:00Z', STORAGE));
    expect([...new Uint8Array(await blob.slice(0, 2).arrayBuffer())]).toEqual([0x1f, 0x8b]);
    const read = await readBackupFile(blob);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.backup.version).toBe(BACKUP_VERSION);
    expect(read.backup.counts.marks).toBe(await marksOf(a.db).count());
    expect(read.backup.storage).toEqual(STORAGE);

    const b = freshDb();
    await restoreBackup(b.db, read.backup, 'replace');
    expect(await dumpAll(b.db)).toEqual(await dumpAll(a.db));
  }, 30_000);

  it('replace throws away what was there; merge keeps it and matches pupils by identity, not by id', async () => {
    const a = freshDb();
    await seedStore(a.db);
    const backup = readBackup(await fileOf(a.db));
    if (!backup.ok) throw new Error(backup.reason);

    const b = freshDb();
    const local = await ingestRead(b.db, {
      source: { kind: 'page', mis: 'arbor' },
      seenAt: '2025-01-25T09:00:00Z',
      pupils: [{ ref: 'o', upn: 'A123456789012', name: 'Oliver Sample' }],
      marks: [
        { pupilRef: 'o', date: '2025-01-13', session: 'AM', code: 'M' },
        { pupilRef: 'o', date: '2025-01-24', session: 'AM', code: '/' },
      ],
    });
    const summary = await restoreBackup(b.db, backup.backup, 'merge');
    expect(summary).toMatchObject({ mode: 'merge', pupilsAdded: 3, pupilsMatched: 1, conflicts: [] });
    expect(await b.db.pupils.count()).toBe(4);
    const oliver = local.pupilIds.o!;
    expect(await marksOf(b.db).get([oliver, '2025-01-13', 'AM'])).toMatchObject({ code: 'M' });
    const revs = await b.db.markRevisions.where('[pupilId+date+session]').equals([oliver, '2025-01-13', 'AM']).toArray();
    expect(revs.map((r) => [r.code, r.newCode]).sort()).toEqual([
      ['I', 'M'],
      ['N', 'I'],
    ]);
    expect(await marksOf(b.db).get([oliver, '2025-01-24', 'AM'])).toBeDefined();
    expect((await b.db.actions.where('[pupilId+date]').between([oliver, ''], [oliver, '\uffff']).toArray()).map((x) => x.id).sort()).toEqual(['act-1', 'act-2', 'act-3']);
    const before = await dumpAll(b.db);
    await restoreBackup(b.db, backup.backup, 'merge');
    expect(await dumpAll(b.db)).toEqual(before);

    await restoreBackup(b.db, backup.backup, 'replace');
    expect(await dumpAll(b.db)).toEqual(await dumpAll(a.db));
  }, 30_000);

  it('older backups still restore: version 2 (one row per mark) and version 1 (actions without dueOn), as plain JSON', async () => {
    const a = freshDb();
    await seedStore(a.db);
    const v3 = await fileOf(a.db);
    const marks = roundTrip(await allMarkRows(a.db)) as unknown[];
    const tablesV2 = { ...v3.tables, marks, markYears: undefined };
    const counts = { pupils: v3.tables.pupils.length, marks: marks.length, markRevisions: v3.tables.markRevisions.length, settings: v3.tables.settings.length, actions: v3.tables.actions.length, prefillAudit: v3.tables.prefillAudit.length, importLog: v3.tables.importLog.length };
    const v2 = { format: 'attendance-lens-backup', version: 2, exportedAt: '2025-01-01T00:00:00Z', schemaVersion: 2, counts, tables: tablesV2 };
    const read2 = await readBackupFile(new Blob([JSON.stringify(v2)]));
    expect(read2).toMatchObject({ ok: true, migratedFrom: 2 });
    const b = freshDb();
    if (read2.ok) await restoreBackup(b.db, read2.backup, 'replace');
    expect(await dumpAll(b.db)).toEqual(await dumpAll(a.db));

    const v1 = { format: 'attendance-lens-backup', version: 1, exportedAt: '2024-12-01T00:00:00Z', tables: { ...tablesV2, actions: v3.tables.actions.map(({ dueOn: _d, ...rest }: Record<string, unknown>) => rest) } };
    const read = readBackup(v1);
    expect(read).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!read.ok) return;
    expect(read.backup.tables.actions.find((x) => x.id === 'act-2')?.dueOn).toBe('2024-10-14');
    const c = freshDb();
    await restoreBackup(c.db, read.backup, 'replace');
    expect(await c.db.actions.where('dueOn').equals('2024-10-14').count()).toBe(1);
    expect(await marksOf(c.db).count()).toBe(marks.length);
  }, 30_000);

  it('refuses, with the place and reason, files that are not valid backups', async () => {
    const a = freshDb();
    await seedStore(a.db);
    const good = await fileOf(a.db);
    expect(readBackup({ hello: 1 })).toMatchObject({ ok: false, reason: 'this is not an Attendance Lens backup file' });
    expect(readBackup({ ...good, version: 9 })).toMatchObject({ ok: false, reason: expect.stringMatching(/newer version/) });
    const badDate = structuredClone(good);
    badDate.tables.pupils[1].dob = '13/01/2025';
    expect(readBackup(badDate)).toMatchObject({ ok: false, reason: expect.stringMatching(/tables\.pupils\.1\.dob/) });
    const cut = structuredClone(good);
    cut.tables.markYears.pop();
    expect(readBackup(cut)).toMatchObject({ ok: false, reason: expect.stringMatching(/holds \d+ markYears rows but has \d+: it was cut off or edited/) });
    expect(await readBackupFile(new Blob([new Uint8Array([0x1f, 0x8b, 1, 2, 3])]))).toMatchObject({ ok: false, reason: expect.stringMatching(/could not be decompressed/) });
    expect(await readBackupFile(new Blob(['{"format":'])) ).toMatchObject({ ok: false, reason: expect.stringMatching(/not JSON/) });
  }, 30_000);

  it('hardened: 120,000 bad rows are reported (the first 50 listed, reading stops after 1,000), not a stack overflow', async () => {
    const a = freshDb();
    await seedStore(a.db);
    const good = await fileOf(a.db);
    const bad = structuredClone(good);
    bad.tables.markRevisions = Array.from({ length: 120_000 }, (_, i) => ({ id: i, date: 'x' }));
    bad.counts.markRevisions = 120_000;
    const r = readBackup(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problemCount).toBe(1000);
    expect(r.problems).toHaveLength(50);
    expect(r.reason).toMatch(/tables\.markRevisions\.0\.id.*and at least 999 more problems; reading stopped there/);
  }, 30_000);

  it('hardened: duplicate ids, orphans, unchecked codes and negative minutes late are refused with where and why', async () => {
    const a = freshDb();
    await seedStore(a.db);
    const good = await fileOf(a.db);
    const cases: [string, (f: Record<string, any>) => void, RegExp][] = [
      ['duplicate pupil', (f) => { f.tables.pupils.push({ ...f.tables.pupils[0] }); f.counts.pupils++; }, /pupils\.4: pupil id p\d+ appears twice/],
      ['duplicate year record', (f) => { f.tables.markYears.push({ ...f.tables.markYears[0] }); f.counts.markYears++; }, /markYears\.\d+: the year record .* appears twice/],
      ['duplicate action', (f) => { f.tables.actions.push({ ...f.tables.actions[0] }); f.counts.actions++; }, /actions\.4: action id act-1 appears twice/],
      ['orphan marks', (f) => { f.tables.markYears[0].pupilId = 'nobody'; }, /markYears\.0: marks for pupil nobody, who is not in the backup/],
      ['orphan action', (f) => { f.tables.actions[0].pupilId = 'nobody'; }, /actions\.0: an action for pupil nobody/],
      ['bad code', (f) => { f.tables.markYears[0].codes[0] = 'ZZZ<script>'; }, /code 1 "ZZZ<script>" is not an attendance code/],
      ['negative minutes', (f) => { const y = f.tables.markYears.find((r: any) => r.late); const k = Object.keys(y.late)[0]!; y.late[k] = -5; }, /minutes late -5 \(must be 0 or more\)/],
      ['slot past its code list', (f) => { const y = f.tables.markYears[0]; const s = [...y.slots]; s[0] = String.fromCharCode(0x100 + 40); s[0 + 0] = s[0]!; y.slots = s.join(''); y.seenIx = String.fromCharCode(0x101) + y.seenIx.slice(1); }, /slot 0 points at code 40/],
    ];
    for (const [what, edit, expected] of cases) {
      const f = structuredClone(good);
      edit(f);
      const r = readBackup(f);
      expect(r.ok, what).toBe(false);
      if (!r.ok) expect(r.problems.map((p) => `${p.where}: ${p.why}`).join('\n'), what).toMatch(expected);
    }
    // Old (v2) files: a second row for the same mark, a bad code and negative minutes are refused too.
    const marks = roundTrip(await allMarkRows(a.db)) as Record<string, any>[];
    const v2 = (m: unknown[]) => ({ format: 'attendance-lens-backup', version: 2, exportedAt: 'x', schemaVersion: 2, tables: { ...good.tables, markYears: undefined, marks: m } });
    const dupe = readBackup(v2([...marks, { ...marks[0], code: 'N' }]));
    expect(dupe.ok || dupe.reason).toMatch(/a second mark for 2025-01-13 AM/);
    const neg = readBackup(v2([{ ...marks[0], minutesLate: -1 }, ...marks.slice(1)]));
    expect(neg.ok || neg.reason).toMatch(/minutesLate: -1 \(must be 0 or more\)/);
  }, 30_000);

  it('restore is all or nothing: cancelled half-way, the store is exactly as before', async () => {
    const a = freshDb();
    await seedStore(a.db);
    const read = readBackup(await fileOf(a.db));
    if (!read.ok) throw new Error(read.reason);
    const b = freshDb();
    await ingestRead(b.db, { source: { kind: 'page', mis: 'arbor' }, seenAt: '2025-01-25T09:00:00Z', pupils: [{ ref: 'o', misId: '77', name: 'Someone Else' }], marks: [{ pupilRef: 'o', date: '2025-01-24', session: 'AM', code: '/' }] });
    const before = await dumpAll(b.db);
    const ctl = new AbortController();
    const progress: number[] = [];
    const r = restoreBackup(b.db, read.backup, 'replace', {
      signal: ctl.signal,
      onProgress: (d) => {
        progress.push(d);
        ctl.abort();
      },
    });
    await expect(r).rejects.toThrow(/cancelled/);
    expect(progress.length).toBeGreaterThan(0);
    expect(await dumpAll(b.db)).toEqual(before);
  }, 30_000);

  it('purge empties every table in one action', async () => {
    const a = freshDb();
    await seedStore(a.db);
    await purgeAll(a.db);
    const all = await dumpAll(a.db);
    expect(Object.values(all).every((rows) => rows.length === 0)).toBe(true);
  }, 30_000);
});
