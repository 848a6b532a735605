import { describe, expect, it } from 'vitest';
import { loadList, saveListRows } from '../../../lib/dashboard/list-cache';
import { LIST_ALL, LIST_EPOCH, LIST_GEN } from '../../../lib/store/list-rows';
import { freshDb, seedStore } from './helpers';

/**
 * The list cache's middleware (lib/store/list-rows.ts) in a transaction that empties the cache first (a replace
 * restore: clear, then write everything): no tombstones after that (they would outdate nothing), and the cache is
 * still never wrong — a list worked out before is refused, the next open works every pupil out afresh.
 */
const AS_OF = '2025-02-03';
const KENT = { id: 'kent' };
const settle = async (db: ReturnType<typeof freshDb>['db']) => {
  await new Promise((r) => setTimeout(r, 20));
  await db.transaction('rw', db.listRows, () => db.listRows.get(LIST_EPOCH));
};

describe('list cache rows after the cache was emptied in the same transaction', () => {
  it('a clear-then-write restore leaves only the epoch and generation rows; an earlier list is refused; the next open is fresh and right', async () => {
    const { db } = freshDb();
    await seedStore(db);
    const first = await loadList(db, KENT, AS_OF);
    await settle(db);
    const [epoch, gen] = await db.listRows.bulkGet([LIST_EPOCH, LIST_GEN]);
    const pupils = await db.pupils.toArray();
    const years = await db.markYears.toArray();
    const actions = await db.actions.toArray();
    expect(pupils.length).toBeGreaterThan(0);
    await db.transaction('rw', [db.pupils, db.markYears, db.actions], async () => {
      await Promise.all([db.pupils.clear(), db.markYears.clear(), db.actions.clear()]);
      await db.pupils.bulkPut(pupils);
      await db.markYears.bulkPut(years);
      await db.actions.bulkPut(actions);
    });
    expect((await db.listRows.toCollection().primaryKeys()).sort()).toEqual([LIST_EPOCH, LIST_GEN].sort());
    // The values worked out before the restore are not written after it.
    const p0 = first.items[0]!;
    expect(await saveListRows(db, 'any-setup', { epoch: epoch?.v, gen: gen?.v }, [{ id: p0.pupilId, item: p0, v: undefined }], first.items)).toBe(0);
    expect(await db.listRows.get(LIST_ALL)).toBeUndefined();
    const again = await loadList(db, KENT, AS_OF);
    expect(again.fresh).toBe(pupils.length);
    expect(again.items).toEqual((await loadList(db, KENT, AS_OF, { cache: false })).items);
  }, 60_000);

  it('a value written after the cache was emptied is outdated by a later write of that pupil in the same transaction', async () => {
    const { db } = freshDb();
    await seedStore(db);
    const pupils = await db.pupils.toArray();
    const p = pupils[0]!;
    await db.transaction('rw', [db.pupils, db.listRows], async () => {
      await db.pupils.clear();
      await db.listRows.put({ pupilId: p.id, v: 'x', setup: 's', item: '{}' });
      await db.pupils.bulkPut(pupils);
    });
    const row = await db.listRows.get(p.id);
    expect(row?.item).toBeUndefined();
    expect(row?.v).not.toBe('x');
  }, 60_000);
});
