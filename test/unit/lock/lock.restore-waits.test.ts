import { describe, expect, it } from 'vitest';
import { freshDb, seedStore } from '../store/helpers';
import { exportBackup, restoreBackup } from '../../../lib/store/backup-io';
import { lockStore, setPassphrase } from '../../../lib/lock/lock-store';

const PASS = 'correct horse battery staple';
const fast = { iterations: 1000 };

/** A restore never writes a pupil's name in the clear into a locked store, however the two are timed. */
describe('restore and the lock', { timeout: 60_000 }, () => {
  it('a restore into a locked store is refused and changes nothing', async () => {
    const { db } = freshDb();
    await seedStore(db);
    const backup = await exportBackup(db, '2025-02-02T12:00:00Z');
    await setPassphrase(db, PASS, 15, fast);
    await lockStore(db);
    const sealed = JSON.stringify(await db.pupils.toArray());
    await expect(restoreBackup(db, backup, 'replace')).rejects.toThrow(/locked, so nothing was restored/);
    await expect(restoreBackup(db, backup, 'merge')).rejects.toThrow(/locked/);
    expect(JSON.stringify(await db.pupils.toArray())).toBe(sealed);
    expect(sealed).not.toContain('Amelia');
  });

  it('a lock asked for while a restore runs waits for it, then seals what was restored', async () => {
    const { db } = freshDb();
    await seedStore(db);
    const backup = await exportBackup(db, '2025-02-02T12:00:00Z');
    await setPassphrase(db, PASS, 15, fast);
    const restoring = restoreBackup(db, backup, 'replace');
    const locking = lockStore(db);
    await Promise.all([restoring, locking]);
    expect(JSON.stringify(await db.pupils.toArray())).not.toContain('Amelia');
  });
});
