import { describe, expect, it } from 'vitest';
import { backupDocument, readBackup } from '../../../lib/store/backup';
import { exportBackup, restoreBackup } from '../../../lib/store/backup-io';
import { audit } from '../../../lib/lock/audit';
import { dumpAll, freshDb, seedStore } from './helpers';

/** The data worker writes the restore's audit entry inside the restore's transaction (beforeCommit): both or neither. */
async function backupOfSeeded() {
  const a = freshDb();
  await seedStore(a.db);
  const read = readBackup(JSON.parse(JSON.stringify(backupDocument(await exportBackup(a.db, '2025-02-02T12:00:00Z', {})))));
  if (!read.ok) throw new Error(read.reason);
  return { a, backup: read.backup };
}

describe('restore with its audit entry in the same transaction', () => {
  it.each(['replace', 'merge'] as const)('%s: the store is restored and the entry is written, with the summary it was given', async (mode) => {
    const { a, backup } = await backupOfSeeded();
    const b = freshDb();
    const summary = await restoreBackup(b.db, backup, mode, {
      extraTables: ['auditLog'],
      beforeCommit: (s) => audit(b.db, 'restore', `restored ${s.mode}`, s.pupilsAdded + s.pupilsMatched),
    });
    expect(await dumpAll(b.db)).toEqual(await dumpAll(a.db));
    const log = await b.db.auditLog.toArray();
    expect(log.map((r) => [r.kind, r.what, r.pupils])).toEqual([['restore', `restored ${mode}`, summary.pupilsAdded + summary.pupilsMatched]]);
    expect(summary.pupilsAdded).toBeGreaterThan(0);
  }, 30_000);

  it('cancelled: neither the restore nor its entry is kept', async () => {
    const { backup } = await backupOfSeeded();
    const b = freshDb();
    await seedStore(b.db);
    await b.db.pupils.update((await b.db.pupils.toCollection().primaryKeys())[0]!, { displayName: 'Changed here' });
    const before = await dumpAll(b.db);
    const ctl = new AbortController();
    const r = restoreBackup(b.db, backup, 'replace', {
      signal: ctl.signal,
      onProgress: () => ctl.abort(),
      extraTables: ['auditLog'],
      beforeCommit: (s) => audit(b.db, 'restore', 'restored', s.pupilsAdded),
    });
    await expect(r).rejects.toThrow(/cancelled/);
    expect(await dumpAll(b.db)).toEqual(before);
    expect(await b.db.auditLog.count()).toBe(0);
  }, 30_000);

  it('an entry that cannot be written rolls the restore back', async () => {
    const { backup } = await backupOfSeeded();
    const b = freshDb();
    const before = await dumpAll(b.db);
    await expect(
      restoreBackup(b.db, backup, 'replace', { extraTables: ['auditLog'], beforeCommit: () => Promise.reject(new Error('audit failed')) }),
    ).rejects.toThrow(/audit failed/);
    expect(await dumpAll(b.db)).toEqual(before);
  }, 30_000);
});
