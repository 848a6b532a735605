import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { freshDb, registerBatch, seedStore, seqId } from '../store/helpers';
import { ingestRead } from '../../../lib/store/ingest';
import { changePassphrase, forgetAndDeleteAll, lockState, lockStore, setPassphrase, unlockStore, WrongPassphrase } from '../../../lib/lock/lock-store';
import { lockedBatch } from '../../../lib/lock/locked-read';
import { dobBand } from '../../../lib/lock/fields';
import { PBKDF2_ITERATIONS } from '../../../lib/lock/crypto';
import { compulsorySchoolAge } from '../../../lib/engine/compulsory-school-age';
import { readAudit } from '../../../lib/lock/audit';
import { allMarkRows } from '../../../lib/store/marks-io';

const PASS = 'correct horse battery staple';
// Fewer iterations keep these tests quick; one test below uses the product's count.
const fast = { iterations: 1000 };

/** Every string anywhere in the raw IndexedDB rows of `pupils` (what someone copying the profile would read). */
async function rawText(db: import('../../../lib/store/schema').StoreDb): Promise<string> {
  return JSON.stringify(await db.pupils.toArray());
}

const SECRETS = ['Amelia', 'Example', 'Oliver', 'Sample', 'Zara', 'Placeholder', 'Lenny', 'Leaver', 'A123456789012', 'C886200125001', '2015-03-02', '2012-05-05', '1001', '1002', '07700 900001', 'Pat'];

// WebCrypto and PBKDF2 on a shared 2-core machine: generous time.
describe('the lock', { timeout: 60_000 }, () => {
  it('seals names, identifiers, dates of birth and contacts; unlocking gives back exactly what was stored', async () => {
    const { db } = freshDb();
    await seedStore(db);
    const before = await db.pupils.toArray();
    const marksBefore = await allMarkRows(db);
    await setPassphrase(db, PASS, 15, fast);
    expect(await lockStore(db)).toBe(before.length);
    expect((await lockState(db)).kind).toBe('locked');

    const raw = await rawText(db);
    for (const s of SECRETS) expect(raw, s).not.toContain(s);
    // Figures still have what they need: marks untouched, non-identifying facts in the clear.
    expect(await allMarkRows(db)).toEqual(marksBefore);
    const locked = await db.pupils.toArray();
    expect(locked.find((r) => r.yearGroup === '4')?.regGroup).toBe('4B');
    expect(locked.find((r) => r.leavingDate === '2023-07-21')?.lock?.dobBand).toBe('2012-08-31');

    await expect(unlockStore(db, 'not the passphrase at all')).rejects.toBeInstanceOf(WrongPassphrase);
    expect((await lockState(db)).kind).toBe('locked');
    expect(await rawText(db)).toBe(raw);

    await unlockStore(db, PASS);
    expect((await lockState(db)).kind).toBe('unlocked');
    const after = await db.pupils.toArray();
    expect(after.sort((a, b) => a.id.localeCompare(b.id))).toEqual(before.sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('uses at least 600,000 PBKDF2 iterations by default', async () => {
    const { db } = freshDb();
    await setPassphrase(db, PASS, 15);
    expect((await db.lock.get('lock'))!.iterations).toBeGreaterThanOrEqual(600_000);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('changing the passphrase re-wraps the key: no pupil row is rewritten, the old passphrase stops working', async () => {
    const c = freshDb();
    const { db } = c;
    await seedStore(db);
    await setPassphrase(db, PASS, 15, fast);
    await lockStore(db);
    const raw = await rawText(db);
    c.writes.byTable = {};
    await changePassphrase(db, PASS, 'a brand new passphrase', fast);
    expect(c.writes.byTable.pupils ?? 0).toBe(0);
    expect(await rawText(db)).toBe(raw);
    await expect(unlockStore(db, PASS)).rejects.toBeInstanceOf(WrongPassphrase);
    await expect(changePassphrase(db, PASS, 'another passphrase here', fast)).rejects.toBeInstanceOf(WrongPassphrase);
    await unlockStore(db, 'a brand new passphrase');
    expect(await rawText(db)).toContain('Amelia');
  });

  it('a failure before the locking transaction commits leaves every row plain (and the lock off), never half', async () => {
    const { db } = freshDb();
    await seedStore(db);
    const before = await rawText(db);
    await setPassphrase(db, PASS, 15, fast);
    await expect(
      lockStore(db, 'Locked', {
        beforeCommit: () => {
          throw new Error('browser closed mid-way');
        },
      }),
    ).rejects.toThrow('browser closed');
    expect(await rawText(db)).toBe(before);
    expect((await lockState(db)).kind).toBe('unlocked');

    await lockStore(db);
    const sealed = await rawText(db);
    await expect(
      unlockStore(db, PASS, {
        beforeCommit: () => {
          throw new Error('browser closed mid-way');
        },
      }),
    ).rejects.toThrow('browser closed');
    expect(await rawText(db)).toBe(sealed);
    expect((await lockState(db)).kind).toBe('locked');
  });

  it('a register page read while locked finds its pupils by blind index, stores marks, writes no name', async () => {
    const { db } = freshDb();
    await ingestRead(db, registerBatch(), { newId: seqId });
    await setPassphrase(db, PASS, 15, fast);
    await lockStore(db);
    const row = await db.lock.get('lock');

    const next = registerBatch({ seenAt: '2025-01-14T08:50:00Z' });
    next.marks = next.marks.map((m) => ({ ...m, date: '2025-01-14' }));
    next.pupils.push({ ref: 'new', misId: '9999', name: 'Newcomer Person' });
    next.marks.push({ pupilRef: 'new', date: '2025-01-14', session: 'AM', code: '/' });
    const { batch, leftOut } = await lockedBatch(db, next, row!.indexKey);
    expect(leftOut).toBe(1);
    expect(batch.pupils.map((p) => p.ref)).toEqual(['a1', 'a2', 'a3']);
    expect(batch.pupils.every((p) => p.pupilId && !p.name && !p.misId && !p.upn && !p.dob)).toBe(true);
    const r = await ingestRead(db, batch);
    expect(r.marksAdded).toBe(3);
    expect(r.pupilsAdded).toBe(0);
    const raw = await rawText(db);
    for (const s of ['Amelia', 'Oliver', 'Newcomer', 'A123456789012', '1001', '9999']) expect(raw).not.toContain(s);
    // Still one blind nameDob per sealed row that had one.
    expect((await db.pupils.toArray()).filter((p) => p.nameDob).length).toBe(1);

    await unlockStore(db, PASS);
    const names = (await db.pupils.toArray()).map((p) => p.displayName).sort();
    expect(names).toEqual(['Amelia Example', 'Oliver Sample', 'Zara Placeholder']);
    // The match by UPN and by name + date of birth also work while locked.
    await lockStore(db);
    const byOther = await lockedBatch(
      db,
      registerBatch({ source: { kind: 'page', mis: 'bromcom', readerId: 'x' }, pupils: [{ ref: 'u', upn: 'a123 4567 89012' }, { ref: 'n', name: 'Placeholder, Zara', dob: '2015-03-02' }], marks: [] }),
      (await db.lock.get('lock'))!.indexKey,
    );
    expect(byOther.leftOut).toBe(0);
    expect(byOther.batch.pupils).toHaveLength(2);
  });

  it('forgetting the passphrase deletes all pupil data and the lock; the audit says so without names', async () => {
    const { db } = freshDb();
    await seedStore(db);
    await setPassphrase(db, PASS, 15, fast);
    await lockStore(db);
    await forgetAndDeleteAll(db);
    expect(await db.pupils.count()).toBe(0);
    expect(await db.markYears.count()).toBe(0);
    expect((await lockState(db)).kind).toBe('off');
    const log = await readAudit(db);
    expect(log.map((e) => e.kind)).toEqual(['purge', 'lock', 'passphrase']);
    expect(log[0]!.pupils).toBe(4);
    for (const s of SECRETS) expect(JSON.stringify(log)).not.toContain(s);
  });

  it('the stand-in date of birth gives the same compulsory school age on every day', () => {
    const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, date, (dob, on) => {
        const a = compulsorySchoolAge(dob, on);
        const b = compulsorySchoolAge(dobBand(dob), on);
        expect({ ...b, reason: '' }).toEqual({ ...a, reason: '' });
        expect(b.starts).toBe(a.starts);
      }),
      { seed: 15, numRuns: 2000 },
    );
  });
});

describe('no write names a pupil while locked', { timeout: 60_000 }, () => {
  it('a page read or import begun before locking is refused after it, and writes nothing', async () => {
    const { db } = freshDb();
    await ingestRead(db, registerBatch(), { newId: seqId });
    await setPassphrase(db, PASS, 15, { iterations: 1000 });
    await lockStore(db);
    const before = JSON.stringify(await db.pupils.toArray());
    const late = registerBatch({ seenAt: '2025-01-14T08:50:00Z' });
    late.pupils.push({ ref: 'x', misId: '5555', name: 'Late Arrival' });
    await expect(ingestRead(db, late)).rejects.toThrow('locked meanwhile');
    expect(JSON.stringify(await db.pupils.toArray())).toBe(before);
  });
});

describe('the audit CSV', () => {
  it('has a header, one line per entry, and keeps formula-looking text as text', async () => {
    const { auditCsv } = await import('../../../lib/lock/audit');
    const csv = auditCsv([
      { id: '1', at: '2026-12-04T10:00:00.000Z', kind: 'import', what: '=HYPERLINK("x") imported, "quoted"', pupils: 3 },
      { id: '2', at: '2026-12-04T11:00:00.000Z', kind: 'lock', what: 'Locked by hand', pupils: null },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'When (UTC),What happened,Kind,Pupils',
      `2026-12-04T10:00:00.000Z,"'=HYPERLINK(""x"") imported, ""quoted""",import,3`,
      '2026-12-04T11:00:00.000Z,Locked by hand,lock,',
      '',
    ]);
  });
});
