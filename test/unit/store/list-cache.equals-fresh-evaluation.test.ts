import { describe, expect, it } from 'vitest';
import { loadList, saveListRows } from '../../../lib/dashboard/list-cache';
import { listPupil } from '../../../lib/dashboard/list-pupil';
import { loadStore } from '../../../lib/dashboard/load-store';
import { summarisePupils } from '../../../lib/dashboard/pupil-summary';
import { ASSESSMENT_SOURCES } from '../../../lib/pupil/assessment-cache';
import { ingestRead } from '../../../lib/store/ingest';
import { LIST_ALL, LIST_EPOCH, LIST_GEN } from '../../../lib/store/list-rows';
import { deletePupilMarks } from '../../../lib/store/marks-io';
import type { StoreDb } from '../../../lib/store/schema';
import { lockStore, setPassphrase, unlockStore } from '../../../lib/lock/lock-store';
import { freshDb, seedStore } from './helpers';

/**
 * The pupil list's cached rows (schema v5 `listRows`): an open with every row cached reads no marks and assesses
 * nobody, and gives exactly what a fresh evaluation gives; every change to a pupil's inputs — made through the
 * store's code or written straight into a table — and every change of build, day, profile or calendar is never
 * answered from the cache.
 */
const AS_OF = '2025-02-03';
const CUSTOM = {
  name: 'Our school',
  bands: [
    { label: 'On track', from: { pct: 95, inclusive: true }, tone: 'good', nextStep: 'Praise and keep going.' },
    { label: 'Concern', from: { pct: 85, inclusive: false }, tone: 'warn', nextStep: 'Meet the family.' },
    { label: 'Serious concern', from: null, tone: 'severe', nextStep: 'Refer to the LA.' },
  ],
};
type Choice = { id: string; custom?: unknown };
const KENT: Choice = { id: 'kent' };

/** The list as the engine gives it now: the full evaluation of every pupil (no cache), projected. */
async function fresh(db: StoreDb, choice: Choice = KENT, asOf = AS_OF) {
  const l = await loadStore(db, choice, asOf, { cache: false });
  const viaStore = summarisePupils(l, l.setup).map((s) => listPupil(s, l.setup.calendar, asOf));
  const viaList = (await loadList(db, choice, asOf, { cache: false })).items;
  expect(viaList).toEqual(viaStore);
  return viaStore;
}
/** An open through the cache, the cache write awaited; `fresh` = pupils worked out rather than read from it. */
async function open(db: StoreDb, choice: Choice = KENT, asOf = AS_OF) {
  const l = await loadList(db, choice, asOf);
  await settle(db);
  return { items: l.items, fresh: l.fresh, from: l.from };
}
/** The cache write is not awaited by loadList: wait until a read-write transaction on listRows can run. */
const settle = async (db: StoreDb) => {
  await new Promise((r) => setTimeout(r, 20));
  await db.transaction('rw', db.listRows, () => db.listRows.get(LIST_EPOCH));
};
/** Pupils with a cached value (the whole list's row left out). */
const valued = async (db: StoreDb) => (await db.listRows.toArray()).filter((r) => r.item !== undefined && r.pupilId !== LIST_ALL).map((r) => r.pupilId);

describe('the pupil list cache', () => {
  it('a second open reads the whole list’s row, assesses nobody and equals a fresh evaluation; so do the pupils’ rows', async () => {
    const c = freshDb();
    await seedStore(c.db);
    const first = await open(c.db);
    expect(first).toMatchObject({ fresh: 4, from: 'rows' });
    expect((await valued(c.db)).length).toBe(4);
    const second = await open(c.db);
    expect(second).toMatchObject({ fresh: 0, from: 'all' });
    expect(second.items).toEqual(first.items);
    expect(second.items).toEqual(await fresh(c.db));
    // Something to compare: persistent absence, flags and a last mark are all there.
    expect(second.items.some((p) => p.evaluation.persistentAbsence)).toBe(true);
    expect(second.items.some((p) => p.lastMark !== null)).toBe(true);
    // Without the whole list's row, from the pupils' rows (and the whole list's row is written again).
    await c.db.listRows.delete(LIST_ALL);
    const third = await open(c.db);
    expect(third).toMatchObject({ fresh: 0, from: 'rows' });
    expect(third.items).toEqual(second.items);
    expect((await open(c.db)).from).toBe('all');

    // Proof the cache is what is read (so the checks below can fail): wrong values under today's setup are served…
    const rows = await c.db.listRows.toArray();
    const stale = (item: string) => JSON.stringify(((v: object | object[]) => (Array.isArray(v) ? v.map((x) => ({ ...x, name: 'STALE' })) : { ...v, name: 'STALE' }))(JSON.parse(item)));
    await c.db.listRows.bulkPut(rows.map((r) => (r.item ? { ...r, item: stale(r.item) } : r)));
    expect((await open(c.db)).items.every((p) => p.name === 'STALE')).toBe(true);
    await c.db.listRows.delete(LIST_ALL);
    expect((await open(c.db)).items.every((p) => p.name === 'STALE')).toBe(true);
    // …but never under another build's sources (an older engine or list code).
    await c.db.listRows.bulkPut(rows.map((r) => (r.setup ? { ...r, setup: r.setup.replace(`${ASSESSMENT_SOURCES}|`, 'an-older-build|'), item: stale(r.item!) } : r)));
    const rebuilt = await open(c.db);
    expect(rebuilt.fresh).toBe(4);
    expect(rebuilt.items).toEqual(await fresh(c.db));
    expect(await open(c.db)).toMatchObject({ fresh: 0, from: 'all', items: rebuilt.items });
  }, 60_000);

  it('every change to a pupil’s marks, chronology or row, however written, re-works that pupil only', async () => {
    const c = freshDb();
    const ids = await seedStore(c.db);
    const a1 = ids.a1!;
    const a2 = ids.a2!;
    const k = ids.k!;
    await open(c.db);
    /** After a change: only `who` is worked out again, and the list equals a fresh evaluation. */
    let gen = (await c.db.listRows.get(LIST_GEN))?.v;
    const expectReworked = async (who: string[]) => {
      const stale = (await c.db.listRows.bulkGet(who)).map((r) => r?.item);
      expect(stale.every((v) => v === undefined)).toBe(true);
      // The whole list's row is gone too.
      expect(await c.db.listRows.get(LIST_ALL)).toBeUndefined();
      const now = (await c.db.listRows.get(LIST_GEN))?.v;
      expect(now).not.toBe(gen);
      gen = now;
      const o = await open(c.db);
      expect(o).toMatchObject({ fresh: who.length, from: 'rows' });
      expect(o.items).toEqual(await fresh(c.db));
      expect(await open(c.db)).toMatchObject({ fresh: 0, from: 'all', items: o.items });
    };

    // A mark read from a register page (the store's write path).
    await ingestRead(c.db, { source: { kind: 'page', mis: 'arbor', readerId: 'arbor-register' }, seenAt: '2025-02-03T09:00:00Z', pupils: [{ ref: 'x', misId: '1002', name: 'Oliver Sample', upn: 'A123456789012' }], marks: [{ pupilRef: 'x', date: '2025-02-03', session: 'AM', code: 'N' }] });
    await expectReworked([a2]);
    // Marks written straight into a year record, behind the store code's back.
    const rec = (await c.db.markYears.where('[pupilId+year]').between([a1, 0], [a1, 9999]).toArray())[0]!;
    const slots = new Uint8Array(rec.slots);
    const codes = [...rec.codes, 'O'];
    slots[slots.findIndex((x) => x > 0)] = codes.length;
    await c.db.markYears.put({ ...rec, codes, slots });
    await expectReworked([a1]);
    // A pupil's marks deleted as a range of year records.
    await deletePupilMarks(c.db, a1);
    await expectReworked([a1]);
    // A new action, put directly.
    await c.db.actions.put({ id: 'act-9', pupilId: a2, kind: 'notice-to-improve', date: '2025-01-30', periodEnd: '2025-02-27', createdAt: '2025-01-30T12:00:00Z' });
    await expectReworked([a2]);
    // An action moved from one pupil to another: both change.
    const act = (await c.db.actions.get('act-3'))!;
    await c.db.actions.put({ ...act, pupilId: k });
    await expectReworked([a2, k]);
    // An action deleted by its id (the row names the pupil, the delete does not).
    await c.db.actions.delete('act-3');
    await expectReworked([k]);
    // A fact on the pupil's row.
    const row = (await c.db.pupils.get(a2))!;
    await c.db.pupils.put({ ...row, admissionDate: '2025-01-15' });
    await expectReworked([a2]);
    // A name (the list shows and searches it).
    await c.db.pupils.update(a1, { displayName: 'Amelia Renamed' });
    await expectReworked([a1]);
    expect((await open(c.db)).items.map((p) => p.name)).toContain('Amelia Renamed');
    // A pupil deleted: gone from the list.
    await c.db.pupils.delete(k);
    const after = await open(c.db);
    expect(after.items.map((p) => p.pupilId)).not.toContain(k);
    expect(after.items).toEqual(await fresh(c.db));
    expect(await open(c.db)).toMatchObject({ from: 'all', items: after.items });
  }, 120_000);

  it('a whole table cleared (a restore, a purge) empties the cache', async () => {
    const c = freshDb();
    await seedStore(c.db);
    await open(c.db);
    const epoch = (await c.db.listRows.get(LIST_EPOCH))?.v;
    await c.db.actions.clear();
    expect(await valued(c.db)).toEqual([]);
    expect((await c.db.listRows.get(LIST_EPOCH))?.v).not.toBe(epoch);
    const o = await open(c.db);
    expect(o.fresh).toBe(4);
    expect(o.items).toEqual(await fresh(c.db));
  }, 60_000);

  it('another day, profile, set of custom bands or calendar is never answered from the cache', async () => {
    const c = freshDb();
    await seedStore(c.db);
    await open(c.db);
    // Each is worked out afresh (4 pupils), not read from the rows cached under the first.
    for (const [choice, asOf] of [
      [KENT, '2025-02-04'],
      [{ id: 'custom', custom: CUSTOM }, AS_OF],
      [{ id: 'custom', custom: { ...CUSTOM, bands: [{ ...CUSTOM.bands[0]!, from: { pct: 99, inclusive: true } }, ...CUSTOM.bands.slice(1)] } }, AS_OF],
      [KENT, AS_OF],
    ] as const) {
      const o = await open(c.db, choice, asOf);
      expect(o.fresh).toBe(4);
      expect(o.items).toEqual(await fresh(c.db, choice, asOf));
    }
    // The calendar.
    const school = (await c.db.settings.get('school'))!;
    await c.db.settings.put({ ...school, key: 'school', calendar: { terms: [{ name: 'Term 3', start: '2025-01-06', end: '2025-02-21' }], closures: [{ date: '2025-01-31', reason: 'INSET' }] } } as never);
    const o = await open(c.db);
    expect(o.fresh).toBe(4);
    expect(o.items).toEqual(await fresh(c.db));
  }, 120_000);

  it('a value worked out from inputs that changed before it was written is not cached, nor is the whole list', async () => {
    const c = freshDb();
    const ids = await seedStore(c.db);
    const a2 = ids.a2!;
    const l = await loadList(c.db, KENT, AS_OF, { cache: false });
    const item = l.items.find((p) => p.pupilId === a2)!;
    // Versions as read with the inputs.
    const versions = async () => {
      const [epoch, gen, row] = await c.db.listRows.bulkGet([LIST_EPOCH, LIST_GEN, a2]);
      return { seen: { epoch: epoch?.v, gen: gen?.v }, v: row?.v };
    };
    const before = await versions();
    // A mark written after the inputs were read, before the value is written.
    await ingestRead(c.db, { source: { kind: 'page', mis: 'arbor', readerId: 'arbor-register' }, seenAt: '2025-02-03T09:00:00Z', pupils: [{ ref: 'x', misId: '1002', name: 'Oliver Sample', upn: 'A123456789012' }], marks: [{ pupilRef: 'x', date: '2025-02-03', session: 'AM', code: 'N' }] });
    expect(await saveListRows(c.db, 'any-setup', before.seen, [{ id: a2, item, v: before.v }], l.items)).toBe(0);
    expect((await c.db.listRows.get(a2))?.item).toBeUndefined();
    expect(await c.db.listRows.get(LIST_ALL)).toBeUndefined();
    // With nothing written in between, both are.
    const now = await versions();
    expect(await saveListRows(c.db, 'any-setup', now.seen, [{ id: a2, item, v: now.v }], l.items)).toBe(1);
    expect((await c.db.listRows.get(LIST_ALL))?.gen).toBe(now.seen.gen);
    // Another pupil's write in between: this pupil's row is still right (written), the whole list is not.
    await c.db.listRows.delete(LIST_ALL);
    const later = await versions();
    await c.db.pupils.update(ids.a1!, { displayName: 'Someone Else' });
    expect(await saveListRows(c.db, 'any-setup', later.seen, [{ id: a2, item, v: later.v }], l.items)).toBe(1);
    expect(await c.db.listRows.get(LIST_ALL)).toBeUndefined();
  }, 60_000);

  it('locking the store leaves no name in the cache; the locked list equals a fresh evaluation, and so does the unlocked one', async () => {
    const c = freshDb();
    await seedStore(c.db);
    await open(c.db);
    const names = ['Amelia', 'Example', 'Oliver', 'Sample', 'Zara', 'Placeholder', 'Lenny', 'Leaver', 'A123456789012', 'C886200125001'];
    expect(JSON.stringify(await c.db.listRows.toArray())).toContain('Amelia');
    expect(await c.db.listRows.get(LIST_ALL)).toBeDefined();
    await setPassphrase(c.db, 'correct horse battery staple', 15, { iterations: 1000 });
    await lockStore(c.db);
    const raw = JSON.stringify(await c.db.listRows.toArray());
    for (const n of names) expect(raw, n).not.toContain(n);
    const locked = await open(c.db);
    expect(locked.fresh).toBe(4);
    expect(locked.items.every((p) => p.name.startsWith('Locked pupil'))).toBe(true);
    expect(locked.items).toEqual(await fresh(c.db));
    for (const n of names) expect(JSON.stringify(await c.db.listRows.toArray()), n).not.toContain(n);
    await unlockStore(c.db, 'correct horse battery staple');
    const unlocked = await open(c.db);
    expect(unlocked.fresh).toBe(4);
    expect(unlocked.items).toEqual(await fresh(c.db));
  }, 60_000);
});
