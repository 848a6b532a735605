import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DBCoreMutateRequest } from 'dexie';
import { StoreDb } from '../../../lib/store/schema';
import type { IngestBatch } from '../../../lib/store/batch';
import { allMarkRows, countMarks, getMarkRow } from '../../../lib/store/marks-io';

/**
 * A fresh database per test (own IDBFactory), with a write counter that sits in Dexie's DBCore stack,
 * below the store code: it counts every row put/added/deleted, whatever the code under test reports.
 */
export interface CountedDb {
  db: StoreDb;
  factory: IDBFactory;
  writes: { rows: number; byTable: Record<string, number> };
  /** Make the next mutation of `table` throw (to test rollback); `error` makes the failure that error instead. */
  failNextWriteTo(table: string, error?: () => unknown): void;
}

let n = 0;
export function freshDb(opts: { upTo?: number; factory?: IDBFactory; name?: string } = {}): CountedDb {
  const factory = opts.factory ?? new IDBFactory();
  const db = new StoreDb(opts.name ?? `test-${++n}`, { indexedDB: factory, IDBKeyRange, upTo: opts.upTo });
  const writes = { rows: 0, byTable: {} as Record<string, number> };
  let failTable: string | undefined;
  let failWith: (() => unknown) | undefined;
  db.use({
    stack: 'dbcore',
    name: 'test-write-counter',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req: DBCoreMutateRequest) => {
            if (failTable === name) {
              failTable = undefined;
              return Promise.reject(failWith ? failWith() : new Error(`forced failure writing ${name}`));
            }
            const count = 'values' in req ? req.values.length : 'keys' in req ? req.keys.length : 1;
            writes.rows += count;
            writes.byTable[name] = (writes.byTable[name] ?? 0) + count;
            return t.mutate(req);
          },
        };
      },
    }),
  });
  return {
    db,
    factory,
    writes,
    failNextWriteTo(table, error) {
      failTable = table;
      failWith = error;
    },
  };
}

export function resetCount(c: CountedDb): void {
  c.writes.rows = 0;
  c.writes.byTable = {};
}

let idn = 0;
export const seqId = () => `p${++idn}`;

/** A modelled take-register read: 3 invented pupils, one day. */
export function registerBatch(over: Partial<IngestBatch> = {}): IngestBatch {
  return {
    source: { kind: 'page', mis: 'arbor', readerId: 'arbor-register', url: 'http://localhost/register' },
    seenAt: '2025-01-13T08:50:00Z',
    pupils: [
      { ref: 'a1', misId: '1001', name: 'Amelia Example', yearGroup: '4', regGroup: '4B' },
      { ref: 'a2', misId: '1002', name: 'Oliver Sample', upn: 'A123456789012' },
      { ref: 'a3', misId: '1003', name: 'Zara Placeholder', dob: '2015-03-02' },
    ],
    marks: [
      { pupilRef: 'a1', date: '2025-01-13', session: 'AM', code: '/' },
      { pupilRef: 'a2', date: '2025-01-13', session: 'AM', code: 'N' },
      { pupilRef: 'a3', date: '2025-01-13', session: 'AM', code: 'L', minutesLate: 12 },
    ],
    ...over,
  };
}

/**
 * Real-looking contents for backup, migration and retention tests: two page reads (one changing a mark),
 * an import, settings, actions of several kinds, a prefill audit entry and an import log entry.
 */
export async function seedStore(db: StoreDb): Promise<Record<string, string>> {
  const { ingestRead } = await import('../../../lib/store/ingest');
  const first = await ingestRead(db, registerBatch(), { newId: seqId });
  const changed = registerBatch({ seenAt: '2025-01-20T09:00:00Z' });
  changed.marks[1] = { pupilRef: 'a2', date: '2025-01-13', session: 'AM', code: 'I' };
  changed.marks.push({ pupilRef: 'a1', date: '2025-01-20', session: 'PM', code: '\\' });
  await ingestRead(db, changed, { newId: seqId });
  const left = await ingestRead(
    db,
    {
      source: { kind: 'import', importId: 'imp-1' },
      seenAt: '2025-02-01T10:00:00Z',
      pupils: [
        {
          ref: 'k',
          upn: 'C886200125001',
          legalForename: 'Lenny',
          legalSurname: 'Leaver',
          dob: '2012-05-05',
          leavingDate: '2023-07-21',
          contacts: [{ forename: 'Pat', surname: 'Leaver', parentalResponsibility: true, phones: [{ number: '07700 900001' }] }],
        },
      ],
      marks: [
        { pupilRef: 'k', date: '2023-07-20', session: 'AM', code: '/' },
        { pupilRef: 'k', date: '2023-07-20', session: 'PM', code: 'G' },
      ],
    },
    { newId: seqId },
  );
  const ids = { ...first.pupilIds, ...left.pupilIds };
  await db.settings.bulkPut([
    { key: 'school', name: 'Example Primary School', urn: '123456', dfeNumber: '886/2001', laProfileId: 'kent', calendar: { terms: [{ name: 'Term 3', start: '2025-01-06', end: '2025-02-14' }], closures: [] } },
    { key: 'retention', enabled: 1, leftMonths: 12, markYears: 3 },
  ]);
  await db.actions.bulkPut([
    { id: 'act-1', pupilId: ids.a2!, kind: 'call', date: '2025-01-13', createdAt: '2025-01-13T10:00:00Z', with: 'mother', outcome: 'ill' },
    { id: 'act-2', pupilId: ids.a2!, kind: 'notice-to-improve', date: '2024-09-16', periodEnd: '2024-10-14', createdAt: '2024-09-16T12:00:00Z' },
    { id: 'act-3', pupilId: ids.a2!, kind: 'penalty-notice', stage: 'issued', date: '2024-11-01', payBy: '2024-11-29', createdAt: '2024-11-01T12:00:00Z' },
    { id: 'act-4', pupilId: ids.k!, kind: 'note', date: '2023-07-01', note: 'moving away', createdAt: '2023-07-01T12:00:00Z' },
  ]);
  await db.prefillAudit.put({ id: 'pf-1', pupilId: ids.a2!, at: '2025-01-22T15:00:00Z', formProfile: 'kent-dfd-penalty-notice', origin: 'https://forms.example.invalid', fieldsFilled: ['pupil.upn', 'pupil.dob'], refused: [] });
  await db.importLog.put({ id: 'imp-1', at: '2025-02-01T10:00:00Z', fileName: 'history.csv', format: 'csv-sessions', encoding: 'utf-8', pupilsAdded: 1, pupilsUpdated: 0, marksAdded: 2, marksChanged: 0, unchanged: 0, problems: 0, conflicts: 0 });
  return ids;
}

export async function dumpAll(db: StoreDb) {
  return {
    pupils: await db.pupils.orderBy('id').toArray(),
    marks: await marksOf(db).toArray(),
    markRevisions: await db.markRevisions.orderBy('id').toArray(),
    settings: await db.settings.orderBy('key').toArray(),
    actions: await db.actions.orderBy('id').toArray(),
    prefillAudit: await db.prefillAudit.orderBy('id').toArray(),
    importLog: await db.importLog.orderBy('id').toArray(),
  };
}

/** The stored marks as rows (schema v3 packs them per pupil and year; tests still speak of rows). */
export function marksOf(db: StoreDb) {
  return {
    count: () => countMarks(db),
    toArray: async () => (await allMarkRows(db)).sort((a, b) => (a.pupilId + a.date + a.session).localeCompare(b.pupilId + b.date + b.session)),
    get: ([pupilId, date, session]: [string, string, 'AM' | 'PM']) => getMarkRow(db, pupilId, date, session),
  };
}
