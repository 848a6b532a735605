import type { DBCoreMutateRequest } from 'dexie';
import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../../lib/store/backup-io';
import { applyImport } from '../../../lib/store/imports/apply';
import { isQuotaError, storeErrorMessage } from '../../../lib/store/storage-errors';
import { kent2025, preview } from './fixture';
import { dumpAll, freshDb, seedStore } from './helpers';

/**
 * The browser's storage quota reached in the middle of a job (issue 15): IndexedDB refuses a write with a
 * QuotaExceededError. The job is one transaction, so the store is exactly as before, and the message says so
 * in words rather than "QuotaExceededError".
 */
function withQuota() {
  const c = freshDb();
  const trap = { table: '', skip: 0, hit: 0 };
  // Below the store's code, as the browser would: the n-th write to a table is refused for lack of room.
  c.db.use({
    stack: 'dbcore',
    name: 'test-quota',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req: DBCoreMutateRequest) => {
            if (trap.table === name && trap.skip-- <= 0) {
              trap.table = '';
              trap.hit++;
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            return t.mutate(req);
          },
        };
      },
    }),
  });
  return { ...c, trap };
}

describe('storage quota reached mid-job', () => {
  it('an import is refused whole: explained, and the store is exactly as before', async () => {
    const c = withQuota();
    await seedStore(c.db);
    const before = await dumpAll(c.db);
    c.trap.table = 'markYears';
    const err = await applyImport(c.db, preview('weekly-good.csv', { calendar: kent2025() }), { seenAt: '2025-09-22T10:00:00Z', importId: 'i1', fileName: 'weekly-good.csv' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(c.trap.hit).toBe(1);
    expect(isQuotaError(err)).toBe(true);
    expect(storeErrorMessage(err)).toMatch(/^this browser has no room left for Attendance Lens’s data \(its storage quota is full\)\. Nothing was written: the store is exactly as it was\./);
    expect(await dumpAll(c.db)).toEqual(before);
    expect(await c.db.importLog.get('i1')).toBeUndefined();
  });

  it('a replace restore refused after it had emptied the tables and written part of the backup: the store is exactly as before', async () => {
    const src = freshDb();
    await seedStore(src.db);
    const backup = await exportBackup(src.db, '2025-02-02T12:00:00Z');
    const c = withQuota();
    await seedStore(c.db);
    await c.db.actions.put({ id: 'only-here', pupilId: 'x', kind: 'note', date: '2025-01-01', note: 'not in the backup', createdAt: '2025-01-01T00:00:00Z' });
    const before = await dumpAll(c.db);
    // The first write to actions is its clear(); the second its first chunk, after pupils and marks were written.
    c.trap.table = 'actions';
    c.trap.skip = 1;
    const err = await restoreBackup(c.db, backup, 'replace').then(
      () => null,
      (e: unknown) => e,
    );
    expect(c.trap.hit).toBe(1);
    expect(isQuotaError(err)).toBe(true);
    expect(await dumpAll(c.db)).toEqual(before);
  });

  it('other errors keep their own message; quota errors are found however they are wrapped', () => {
    expect(storeErrorMessage(new Error('the file is no longer loaded'))).toBe('the file is no longer loaded');
    const q = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError({ name: 'AbortError', inner: q })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), q] })).toBe(true);
    expect(isQuotaError(new Error('x', { cause: q }))).toBe(true);
    expect(isQuotaError(new DOMException('gone', 'AbortError'))).toBe(false);
  });
});
