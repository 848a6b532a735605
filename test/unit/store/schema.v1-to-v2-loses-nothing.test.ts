import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { dumpAll, freshDb, seedStore } from './helpers';

describe('schema v1 → v2 upgrade', () => {
  it('opens a database written by v1 with real-looking data; nothing is lost and the new fields and indexes work', async () => {
    const factory = new IDBFactory();
    const v1 = freshDb({ factory, name: 'upgrade', upTo: 1 });
    await seedStore(v1.db);
    const before = await dumpAll(v1.db);
    expect(v1.db.verno).toBe(1);
    expect(before.marks.length).toBeGreaterThan(5);
    expect(before.actions.every((a) => a.dueOn === undefined)).toBe(true);
    v1.db.close();

    const v2 = freshDb({ factory, name: 'upgrade' });
    const after = await dumpAll(v2.db);
    expect(v2.db.verno).toBe(2);
    // Every table identical, except the actions' new dueOn, backfilled from their kind-specific dates.
    expect({ ...after, actions: [] }).toEqual({ ...before, actions: [] });
    expect(after.actions).toEqual(
      before.actions.map((a) =>
        a.kind === 'notice-to-improve' ? { ...a, dueOn: '2024-10-14' } : a.kind === 'penalty-notice' ? { ...a, dueOn: '2024-11-29' } : a,
      ),
    );
    // The v2 indexes answer the retention and dashboard queries.
    expect(await v2.db.marks.where('date').below('2024-08-01').count()).toBe(2);
    expect((await v2.db.pupils.where('leavingDate').below('2024-01-01').toArray()).map((p) => p.legalSurname)).toEqual(['Leaver']);
    expect((await v2.db.actions.where('dueOn').between('2024-10-01', '2024-12-31').primaryKeys()).sort()).toEqual(['act-2', 'act-3']);
  });
});
