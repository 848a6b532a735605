/**
 * Setting the passphrase, locking, unlocking, changing the passphrase and forgetting it: the lock's Dexie shell.
 *
 * All-or-nothing: the rows are read, sealed (or opened) outside IndexedDB — WebCrypto's promises would end a
 * transaction — then written with the lock row in ONE transaction that first checks nothing changed meanwhile
 * (else it starts again). A crash or failure before that transaction commits leaves every row as it was, all
 * plain or all sealed, never half.
 */
import type { PupilRow } from '../store/rows';
import type { StoreDb } from '../store/schema';
import { STORE_TABLES } from '../store/schema';
import type { LockRow } from '../store/lock-rows';
import { blinder, keyFromPassphrase, openBytes, makeDataKey, makeKeyPair, openDataKey, openPrivateKey, PBKDF2_ITERATIONS, randomBytes, sealBytes, toB64 } from './crypto';
import { openRow, sealRow } from './fields';
import { audit } from './audit';

export const MIN_PASSPHRASE = 10;
export const DEFAULT_IDLE_MINUTES = 15;

export class WrongPassphrase extends Error {
  constructor() {
    super('That passphrase is not right. Nothing was changed.');
  }
}

export type LockState = { kind: 'off' } | { kind: 'unlocked'; idleMinutes: number } | { kind: 'locked'; idleMinutes: number; since: string };

export async function lockState(db: StoreDb): Promise<LockState> {
  const row = await db.lock.get('lock');
  if (!row) return { kind: 'off' };
  return row.locked ? { kind: 'locked', idleMinutes: row.idleMinutes, since: row.locked.at } : { kind: 'unlocked', idleMinutes: row.idleMinutes };
}

export function passphraseProblem(p: string): string | null {
  if (p.trim().length < MIN_PASSPHRASE) return `A passphrase needs at least ${MIN_PASSPHRASE} characters (a few words are easier to remember than symbols).`;
  return null;
}

export interface LockOptions {
  now?: () => Date;
  /** PBKDF2 iterations; tests may lower it, the product never does. */
  iterations?: number;
  /** Test hook: runs inside the writing transaction after the pupils are written, before it commits. */
  beforeCommit?: () => void;
}

const nowIso = (o: LockOptions) => (o.now?.() ?? new Date()).toISOString();

/** Turn the lock on (store stays unlocked until locked). */
export async function setPassphrase(db: StoreDb, passphrase: string, idleMinutes: number, o: LockOptions = {}): Promise<void> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new Error(problem);
  if (await db.lock.get('lock')) throw new Error('A passphrase is already set: change it instead.');
  const salt = toB64(randomBytes(16));
  const iterations = o.iterations ?? PBKDF2_ITERATIONS;
  const passKey = await keyFromPassphrase(passphrase, salt, iterations);
  const pair = await makeKeyPair(passKey);
  const row: LockRow = {
    key: 'lock',
    salt,
    iterations,
    publicKey: pair.publicKey,
    privateKey: pair.privateKey,
    indexKey: toB64(randomBytes(32)),
    idleMinutes,
    setAt: nowIso(o),
    locked: null,
  };
  await db.transaction('rw', [db.lock, db.auditLog], async () => {
    await db.lock.put(row);
    await audit(db, 'passphrase', 'Passphrase set: the lock is on', null, o.now);
  });
}

export async function setIdleMinutes(db: StoreDb, idleMinutes: number): Promise<void> {
  await db.transaction('rw', [db.lock], async () => {
    const row = await db.lock.get('lock');
    if (!row) throw new Error('No passphrase is set.');
    await db.lock.put({ ...row, idleMinutes });
  });
}

const snapshot = (rows: PupilRow[]) => new Map(rows.map((r) => [r.id, JSON.stringify(r)]));

async function unchanged(db: StoreDb, before: Map<string, string>): Promise<boolean> {
  const now = await db.pupils.toArray();
  return now.length === before.size && now.every((r) => before.get(r.id) === JSON.stringify(r));
}

const TRIES = 3;

/** Seal every pupil. Needs no passphrase (the public key locks). `why` goes in the audit. Returns pupils sealed. */
export async function lockStore(db: StoreDb, why = 'Locked', o: LockOptions = {}): Promise<number> {
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const row = await db.lock.get('lock');
    if (!row) throw new Error('No passphrase is set, so there is nothing to lock with.');
    if (row.locked) return 0;
    const rows = await db.pupils.toArray();
    const [{ key, wrapped }, blind] = await Promise.all([makeDataKey(row.publicKey), blinder(row.indexKey)]);
    const sealed = await Promise.all(rows.map((r) => sealRow(r, key, blind)));
    const before = snapshot(rows);
    const done = await db.transaction('rw', [db.pupils, db.lock, db.auditLog, db.assessments], async () => {
      const current = await db.lock.get('lock');
      if (!current || current.locked || !(await unchanged(db, before))) return false;
      await db.pupils.bulkPut(sealed);
      o.beforeCommit?.();
      await db.lock.put({ ...current, locked: { at: nowIso(o), dataKey: wrapped, pupils: sealed.length } });
      // Cached badges hold names: gone with the lock, rebuilt from sealed rows as needed.
      await db.assessments.clear();
      await audit(db, 'lock', why, sealed.length, o.now);
      return true;
    });
    if (done) return sealed.length;
  }
  throw new Error('The store kept changing while locking; try again.');
}

/** Open every pupil with the passphrase. Throws WrongPassphrase (nothing changed) when it is not right. */
export async function unlockStore(db: StoreDb, passphrase: string, o: LockOptions = {}): Promise<number> {
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const row = await db.lock.get('lock');
    if (!row) throw new Error('No passphrase is set.');
    if (!row.locked) return 0;
    const privateKey = await privateKeyOf(row, passphrase);
    const dataKey = await openDataKey(privateKey, row.locked.dataKey);
    const rows = await db.pupils.toArray();
    const opened = await Promise.all(rows.map((r) => openRow(r, dataKey)));
    const before = snapshot(rows);
    const done = await db.transaction('rw', [db.pupils, db.lock, db.auditLog, db.assessments], async () => {
      const current = await db.lock.get('lock');
      if (!current?.locked || current.locked.dataKey !== row.locked!.dataKey || !(await unchanged(db, before))) return false;
      await db.pupils.bulkPut(opened);
      o.beforeCommit?.();
      await db.lock.put({ ...current, locked: null });
      await db.assessments.clear();
      await audit(db, 'unlock', 'Unlocked with the passphrase', opened.length, o.now);
      return true;
    });
    if (done) return opened.length;
  }
  throw new Error('The store kept changing while unlocking; try again.');
}

async function privateKeyOf(row: LockRow, passphrase: string): Promise<CryptoKey> {
  const passKey = await keyFromPassphrase(passphrase, row.salt, row.iterations);
  try {
    return await openPrivateKey(passKey, row.privateKey);
  } catch {
    throw new WrongPassphrase();
  }
}

/** Check a passphrase without changing anything. */
export async function passphraseIsRight(db: StoreDb, passphrase: string): Promise<boolean> {
  const row = await db.lock.get('lock');
  if (!row) return false;
  try {
    await privateKeyOf(row, passphrase);
    return true;
  } catch {
    return false;
  }
}

/** New passphrase: the private key is re-wrapped under it (new salt); no pupil row is touched. */
export async function changePassphrase(db: StoreDb, oldPass: string, newPass: string, o: LockOptions = {}): Promise<void> {
  const problem = passphraseProblem(newPass);
  if (problem) throw new Error(problem);
  const row = await db.lock.get('lock');
  if (!row) throw new Error('No passphrase is set.');
  const passKey = await keyFromPassphrase(oldPass, row.salt, row.iterations);
  let pkcs8: Uint8Array<ArrayBuffer>;
  try {
    pkcs8 = await openBytes(passKey, row.privateKey);
  } catch {
    throw new WrongPassphrase();
  }
  const salt = toB64(randomBytes(16));
  const iterations = Math.max(row.iterations, o.iterations ?? PBKDF2_ITERATIONS);
  const privateKey = await sealBytes(await keyFromPassphrase(newPass, salt, iterations), pkcs8);
  pkcs8.fill(0);
  await db.transaction('rw', [db.lock, db.auditLog], async () => {
    const current = await db.lock.get('lock');
    if (!current || current.privateKey.ct !== row.privateKey.ct) throw new Error('The lock changed meanwhile; try again.');
    await db.lock.put({ ...current, salt, iterations, privateKey });
    await audit(db, 'passphrase', 'Passphrase changed', null, o.now);
  });
}

/** Turn the lock off (unlocked, right passphrase): rows are already plain. */
export async function removePassphrase(db: StoreDb, passphrase: string, o: LockOptions = {}): Promise<void> {
  const row = await db.lock.get('lock');
  if (!row) return;
  if (row.locked) throw new Error('Unlock first.');
  await privateKeyOf(row, passphrase);
  await db.transaction('rw', [db.lock, db.auditLog], async () => {
    await db.lock.delete('lock');
    await audit(db, 'passphrase', 'Passphrase removed: the lock is off', null, o.now);
  });
}

/** "Forget passphrase and delete all data": every table emptied, the lock removed, one transaction. */
export async function forgetAndDeleteAll(db: StoreDb, o: LockOptions = {}): Promise<void> {
  const tables = [...STORE_TABLES.map((n) => db.table(n)), db.lock, db.auditLog];
  await db.transaction('rw', tables, async () => {
    const pupils = await db.pupils.count();
    await Promise.all([...STORE_TABLES.map((n) => db.table(n).clear()), db.lock.clear()]);
    await audit(db, 'purge', 'Passphrase forgotten: all pupil data deleted', pupils, o.now);
  });
}
