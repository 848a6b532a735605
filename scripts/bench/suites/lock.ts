/**
 * The lock (issue 15), 2,000 pupils with names, UPNs, MIS ids, dates of birth and two contacts each:
 * - `lock-2000-pupils-ms`: seal every pupil (fresh data key under the public key, AES-GCM per row, blind index)
 *   and write them in one transaction. Target ≤ 3,000 ms.
 * - `unlock-2000-pupils-ms`: from the passphrase (PBKDF2-SHA-256, 600,000 iterations) to every row open and
 *   written in one transaction. Target ≤ 3,000 ms.
 * Node's WebCrypto with fake-indexeddb (the crypto is the same code the browser runs; IndexedDB is in memory).
 * Median of 3.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { StoreDb } from '../../../lib/store/schema';
import { ingestRead } from '../../../lib/store/ingest';
import type { IngestBatch } from '../../../lib/store/batch';
import { lockStore, setPassphrase, unlockStore } from '../../../lib/lock/lock-store';
import { absoluteResult, median, type BenchSuite } from '../types';

const PUPILS = 2000;
const PASS = 'bench passphrase with several words';

function school(): IngestBatch {
  const pupils: IngestBatch['pupils'] = [];
  for (let i = 0; i < PUPILS; i++) {
    pupils.push({
      ref: `r${i}`,
      misId: String(100000 + i),
      upn: `A${String(800000000000 + i)}`,
      legalForename: `Forename${i}`,
      legalSurname: `Surname${i}`,
      dob: `201${i % 10}-0${1 + (i % 9)}-1${i % 10}`,
      yearGroup: String(7 + (i % 5)),
      regGroup: `${7 + (i % 5)}${'ABCD'[i % 4]}`,
      contacts: [1, 2].map((n) => ({ forename: `Parent${n}`, surname: `Surname${i}`, address: `${i} Example Road, Town`, postcode: 'ZZ99 9ZZ', phones: [{ number: `07700 9${String(i).padStart(5, '0')}` }], email: `p${n}.${i}@example.invalid` })),
    });
  }
  return { source: { kind: 'import', importId: 'bench' }, seenAt: '2026-09-07T09:00:00Z', pupils, marks: [] };
}

async function run() {
  const lock: number[] = [];
  const unlock: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    const db = new StoreDb(`lock-bench-${rep}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    await ingestRead(db, school());
    await setPassphrase(db, PASS, 15);
    let t = performance.now();
    await lockStore(db);
    lock.push(performance.now() - t);
    t = performance.now();
    await unlockStore(db, PASS);
    unlock.push(performance.now() - t);
    db.close();
  }
  return {
    results: [absoluteResult('lock-2000-pupils-ms', Math.round(median(lock)), 'ms', 3000), absoluteResult('unlock-2000-pupils-ms', Math.round(median(unlock)), 'ms', 3000)],
  };
}

export const suite: BenchSuite = { names: ['lock-2000-pupils-ms', 'unlock-2000-pupils-ms'], run };
