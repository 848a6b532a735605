import { describe, expect, it } from 'vitest';
import { loadStore } from '../../../lib/dashboard/load-store';
import { summarisePupils } from '../../../lib/dashboard/pupil-summary';
import { ingestRead } from '../../../lib/store/ingest';
import { freshDb, seedStore } from './helpers';

/**
 * The dashboard's cached assessments: used only when every input is the same, and then exactly what a
 * fresh evaluation gives; a change to a pupil's marks, actions, facts, the calendar or the profile is
 * never answered from the cache.
 */
const AS_OF = '2025-02-03';
const fresh = async (db: Parameters<typeof loadStore>[0], id = 'kent') => {
  const l = await loadStore(db, { id }, AS_OF, { cache: false });
  return summarisePupils(l, l.setup).map((s) => ({ id: s.pupilId, evaluation: s.evaluation, badge: s.badge }));
};
const cached = async (db: Parameters<typeof loadStore>[0], id = 'kent') => {
  const l = await loadStore(db, { id }, AS_OF);
  await new Promise((r) => setTimeout(r, 50)); // the cache write is not awaited by loadStore
  return summarisePupils(l, l.setup).map((s) => ({ id: s.pupilId, evaluation: s.evaluation, badge: s.badge }));
};

describe('cached assessments', () => {
  it('the second open is served from the cache and equals a fresh evaluation', async () => {
    const c = freshDb();
    await seedStore(c.db);
    const first = await cached(c.db);
    expect(await c.db.assessments.count()).toBe(4);
    const keys = (await c.db.assessments.toArray()).map((r) => r.key);
    const second = await cached(c.db);
    expect((await c.db.assessments.toArray()).map((r) => r.key)).toEqual(keys);
    expect(second).toEqual(first);
    expect(second).toEqual(await fresh(c.db));
  }, 30_000);

  it('a changed mark, a new action, a changed fact, a new calendar or another profile is never served stale', async () => {
    const c = freshDb();
    const ids = await seedStore(c.db);
    await cached(c.db);
    const a2 = ids.a2!;

    // A mark (through the store's write path, which also drops the pupil's cached row).
    await ingestRead(c.db, { source: { kind: 'page', mis: 'arbor', readerId: 'arbor-register' }, seenAt: '2025-02-03T09:00:00Z', pupils: [{ ref: 'x', misId: '1002', name: 'Oliver Sample', upn: 'A123456789012' }], marks: [{ pupilRef: 'x', date: '2025-02-03', session: 'AM', code: 'N' }] });
    expect(await cached(c.db)).toEqual(await fresh(c.db));
    // An action written behind the cache's back (another tab, another helper's code).
    await c.db.actions.put({ id: 'act-9', pupilId: a2, kind: 'notice-to-improve', date: '2025-01-30', periodEnd: '2025-02-27', createdAt: '2025-01-30T12:00:00Z' });
    expect(await cached(c.db)).toEqual(await fresh(c.db));
    // A fact on the pupil's row (admission date) written directly.
    const row = (await c.db.pupils.get(a2))!;
    await c.db.pupils.put({ ...row, admissionDate: '2025-01-15' });
    expect(await cached(c.db)).toEqual(await fresh(c.db));
    // The calendar.
    const school = (await c.db.settings.get('school'))!;
    await c.db.settings.put({ ...school, key: 'school', calendar: { terms: [{ name: 'Term 3', start: '2025-01-06', end: '2025-02-21' }], closures: [{ date: '2025-01-31', reason: 'INSET' }] } } as never);
    expect(await cached(c.db)).toEqual(await fresh(c.db));
    // Marks written straight into a year record (no invalidation at all): the key's hash of the marks catches it.
    const rec = (await c.db.markYears.where('[pupilId+year]').between([a2, 0], [a2, 9999]).toArray())[0]!;
    const slots = new Uint8Array(rec.slots);
    const codes = [...rec.codes, 'O'];
    slots[slots.findIndex((x) => x > 0)] = codes.length;
    await c.db.markYears.put({ ...rec, codes, slots });
    expect(await cached(c.db)).toEqual(await fresh(c.db));
    // Another profile.
    expect(await cached(c.db, 'custom')).toEqual(await fresh(c.db, 'custom'));
  }, 30_000);
});
