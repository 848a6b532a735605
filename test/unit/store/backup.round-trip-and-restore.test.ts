import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, readBackup } from '../../../lib/store/backup';
import { exportBackup, purgeAll, restoreBackup } from '../../../lib/store/backup-io';
import { ingestRead } from '../../../lib/store/ingest';
import { dumpAll, freshDb, seedStore, marksOf } from './helpers';

const roundTrip = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe('backup', () => {
  it('round trip: export → JSON file → validate → replace into an empty store gives the same store', async () => {
    const a = freshDb();
    await seedStore(a.db);
    const file = roundTrip(await exportBackup(a.db, '2025-02-02T12:00:00Z'));
    const read = readBackup(file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.backup.version).toBe(BACKUP_VERSION);
    expect(read.backup.counts.marks).toBe(await marksOf(a.db).count());

    const b = freshDb();
    await restoreBackup(b.db, read.backup, 'replace');
    expect(await dumpAll(b.db)).toEqual(await dumpAll(a.db));
  });

  it('replace throws away what was there; merge keeps it and matches pupils by identity, not by id', async () => {
    const a = freshDb();
    await seedStore(a.db);
    const backup = readBackup(roundTrip(await exportBackup(a.db, '2025-02-02T12:00:00Z')));
    if (!backup.ok) throw new Error(backup.reason);

    // Another computer: Oliver (same UPN, own id) with a later mark and a newer reading of an old one.
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
    // The local reading (25 Jan) is newer than the backup's (20 Jan): it stays, the backup's I becomes a revision.
    expect(await marksOf(b.db).get([oliver, '2025-01-13', 'AM'])).toMatchObject({ code: 'M' });
    const revs = await b.db.markRevisions.where('[pupilId+date+session]').equals([oliver, '2025-01-13', 'AM']).toArray();
    expect(revs.map((r) => [r.code, r.newCode]).sort()).toEqual([
      ['I', 'M'],
      ['N', 'I'],
    ]);
    expect(await marksOf(b.db).get([oliver, '2025-01-24', 'AM'])).toBeDefined();
    // Oliver's actions now point at the local pupil.
    expect((await b.db.actions.where('[pupilId+date]').between([oliver, ''], [oliver, '\uffff']).toArray()).map((x) => x.id).sort()).toEqual(['act-1', 'act-2', 'act-3']);
    // Merging the same backup again changes nothing.
    const before = await dumpAll(b.db);
    await restoreBackup(b.db, backup.backup, 'merge');
    expect(await dumpAll(b.db)).toEqual(before);

    await restoreBackup(b.db, backup.backup, 'replace');
    expect(await dumpAll(b.db)).toEqual(await dumpAll(a.db));
  });

  it('a version 1 backup (before actions had dueOn) is migrated when restored', async () => {
    const a = freshDb();
    await seedStore(a.db);
    const v2 = roundTrip(await exportBackup(a.db, '2025-02-02T12:00:00Z')) as { tables: { actions: Record<string, unknown>[] } };
    const v1 = { format: 'attendance-lens-backup', version: 1, exportedAt: '2024-12-01T00:00:00Z', tables: { ...v2.tables, actions: v2.tables.actions.map(({ dueOn: _d, ...rest }) => rest) } };
    const read = readBackup(v1);
    expect(read).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!read.ok) return;
    expect(read.backup.tables.actions.find((x) => x.id === 'act-2')?.dueOn).toBe('2024-10-14');
    const b = freshDb();
    await restoreBackup(b.db, read.backup, 'replace');
    expect(await b.db.actions.where('dueOn').equals('2024-10-14').count()).toBe(1);
  });

  it('refuses, with the place and reason, files that are not valid backups; the store is untouched', async () => {
    const a = freshDb();
    await seedStore(a.db);
    const good = roundTrip(await exportBackup(a.db, '2025-02-02T12:00:00Z')) as { tables: { marks: { date: string }[] }; counts: { marks: number } };
    expect(readBackup({ hello: 1 })).toEqual({ ok: false, reason: 'this is not an Attendance Lens backup file' });
    expect(readBackup({ ...good, version: 9 })).toMatchObject({ ok: false, reason: expect.stringMatching(/newer version/) });
    const badDate = structuredClone(good);
    badDate.tables.marks[1]!.date = '13/01/2025';
    expect(readBackup(badDate)).toMatchObject({ ok: false, reason: expect.stringMatching(/tables\.marks\.1\.date/) });
    const cut = structuredClone(good);
    cut.tables.marks.pop();
    expect(readBackup(cut)).toMatchObject({ ok: false, reason: expect.stringMatching(/holds \d+ marks rows but has \d+: it was cut off or edited/) });
  });

  it('purge empties every table in one action', async () => {
    const a = freshDb();
    await seedStore(a.db);
    await purgeAll(a.db);
    const all = await dumpAll(a.db);
    expect(Object.values(all).every((rows) => rows.length === 0)).toBe(true);
  });
});
