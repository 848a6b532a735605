/**
 * The dashboard list's cache (schema v5, table `listRows`): per pupil, the few hundred bytes the pupil list
 * shows (lib/dashboard/list-pupil.ts), worked out for one "setup" (build, day, profile, calendar). Read in one
 * `toArray` when the list opens, so an open reads no marks, chronology or full evaluation at all.
 *
 * Kept right without anyone remembering to invalidate it: a Dexie middleware (below the store's code, in
 * every page and worker that opens the store) adds `listRows` to every write transaction on `pupils`,
 * `markYears` or `actions`, and in that same transaction replaces the row of every pupil the write touches
 * with a tombstone (a row with a new version `v` and no value). A write that cannot name its pupils (a whole
 * table cleared, a range deleted) empties the cache and changes the epoch row. So a row with a value exists
 * only if no input of that pupil has been written since it was computed; the setup key covers the rest.
 *
 * The versions close the one gap left: the list reads inputs, works out values, then writes them in a later
 * transaction. A value is written only if the pupil's row (and the epoch) still has the version seen when the
 * inputs were read — a write in between changed it, and that pupil is worked out again next time.
 *
 * Every such write also deletes the whole list's row and changes the generation row. The whole list is kept once
 * more as one row (`LIST_ALL`, written only if the generation is still the one its pupils' rows were read at):
 * while it is there, an open reads that one row (IndexedDB returns one 1–2 MB string several times faster than
 * 2,000 small ones).
 */
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

export interface ListRow {
  pupilId: string;
  /** A new random value on every write of the row: what "unchanged since read" compares. */
  v: string;
  /** The setup the value was worked out for (lib/pupil/assessment-cache.ts `setupKey`); absent on a tombstone. */
  setup?: string;
  /** The whole list's row only: the generation (`LIST_GEN`'s `v`) it was built at. */
  gen?: string;
  /**
   * The list's projection of the pupil (lib/dashboard/list-pupil.ts `ListPupil`) as JSON text; absent on a
   * tombstone. Text because IndexedDB hands back 2,000 strings far faster than 2,000 trees of objects.
   */
  item?: string;
}

export const LIST_TABLE = 'listRows';
/** The epoch row's key (no pupil id is empty): changed whenever the whole cache is emptied. */
export const LIST_EPOCH = '';
/** The generation row's key: changed by every write to any pupil's inputs. */
export const LIST_GEN = '\u0000gen';
/** The whole list's row (JSON of every pupil's value, in pupil id order). */
export const LIST_ALL = '\u0000all';
/** Keys that are not pupils' (pupil ids are UUIDs or MIS keys; none is empty or starts with U+0000). */
export const isListMetaKey = (k: string): boolean => k === '' || k.charCodeAt(0) === 0;
/** The lowest key a pupil's row can have (every meta key sorts below it). */
export const FIRST_PUPIL_KEY = '\u0001';

/** The tables whose rows feed a pupil's list row. Settings feed it through the setup key instead. */
const FEEDS = new Set(['pupils', 'markYears', 'actions']);

export const newVersion = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;

// Dexie's DBCoreRangeType.Any (a const enum, not importable here).
const ANY_RANGE = { type: 3 } as unknown as DBCoreKeyRange;

const inScope = (trans: DBCoreTransaction): boolean => {
  // The native IDBTransaction: an upgrade to a version before v5 has no `listRows` store yet.
  const names = (trans as unknown as { objectStoreNames?: DOMStringList }).objectStoreNames;
  return !names || names.contains(LIST_TABLE);
};

/** The keys a put/add writes (given, or taken from the values by the primary key path). */
function keysOf(table: DBCoreTable, req: Extract<DBCoreMutateRequest, { type: 'put' | 'add' }>): unknown[] {
  if (req.keys) return req.keys;
  const extract = table.schema.primaryKey.extractKey;
  return extract ? req.values.map(extract) : [];
}

/** A range of `markYears` keys that stays within one pupil ([id, a]..[id, b]): that pupil, else null. */
function onePupilOf(range: DBCoreKeyRange): string | null {
  const { lower, upper } = range as { lower?: unknown; upper?: unknown };
  return Array.isArray(lower) && Array.isArray(upper) && typeof lower[0] === 'string' && lower[0] === upper[0] ? lower[0] : null;
}

export const listRowsInvalidation: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ListRowsInvalidation',
  // Below the store's code and the tests' write counters (default 10), above Dexie's own (0–2).
  level: 3,
  create(down) {
    if (!down.schema.tables.some((t) => t.name === LIST_TABLE)) return down;
    const list = () => down.table(LIST_TABLE);
    // Transactions that have emptied the cache (and changed its epoch) and written no value since: a tombstone
    // there would change nothing (no value row is left to outdate, and every list worked out before this write
    // is refused by the epoch), so none is written. A replace restore writes 6,000 rows fewer.
    const emptied = new WeakSet<DBCoreTransaction>();

    const tombstones = (trans: DBCoreTransaction, ids: Iterable<unknown>): PromiseLike<unknown> => {
      if (emptied.has(trans)) return Promise.resolve();
      const values = [...new Set(ids)].filter((id): id is string => typeof id === 'string' && !isListMetaKey(id)).map((pupilId) => ({ pupilId, v: newVersion() }));
      values.push({ pupilId: LIST_GEN, v: newVersion() });
      // The whole list's row goes too (not only outdated by the generation): it may hold names a lock is sealing.
      return list()
        .mutate({ type: 'delete', trans, keys: [LIST_ALL] })
        .then(() => list().mutate({ type: 'put', trans, values, keys: values.map((r) => r.pupilId) }));
    };
    const emptyAll = (trans: DBCoreTransaction): PromiseLike<unknown> =>
      emptied.has(trans)
        ? Promise.resolve()
        : list()
            .mutate({ type: 'deleteRange', trans, range: ANY_RANGE })
            .then(() => list().mutate({ type: 'put', trans, values: [{ pupilId: LIST_EPOCH, v: newVersion() }, { pupilId: LIST_GEN, v: newVersion() }], keys: [LIST_EPOCH, LIST_GEN] }))
            .then(() => emptied.add(trans));

    /** Marks stale every list row the request could change (before the request itself runs). */
    const invalidate = (name: string, table: DBCoreTable, req: DBCoreMutateRequest): PromiseLike<unknown> => {
      const { trans } = req;
      if (req.type === 'deleteRange') {
        const one = name === 'markYears' ? onePupilOf(req.range) : null;
        return one ? tombstones(trans, [one]) : emptyAll(trans);
      }
      const keys = req.type === 'delete' ? req.keys : keysOf(table, req);
      if (name === 'pupils') return tombstones(trans, keys);
      if (name === 'markYears') return tombstones(trans, keys.map((k) => (Array.isArray(k) ? k[0] : undefined)));
      // actions: keyed by id, the pupil is in the row; a put may move an action from one pupil to another.
      const given = req.type === 'delete' ? [] : req.values.map((v: { pupilId?: unknown }) => v?.pupilId);
      return table.getMany({ trans, keys }).then((old) => tombstones(trans, [...given, ...old.map((v: { pupilId?: unknown } | undefined) => v?.pupilId)]));
    };

    return {
      ...down,
      transaction(stores, mode, options) {
        const feeds = mode === 'readwrite' && stores.some((s) => FEEDS.has(s)) && !stores.includes(LIST_TABLE);
        return down.transaction(feeds ? [...stores, LIST_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name === LIST_TABLE) {
          return {
            ...table,
            mutate(req) {
              // A value written after the cache was emptied: later writes in this transaction must outdate it again.
              if (req.type !== 'delete' && req.type !== 'deleteRange' && req.values.some((v: ListRow | undefined) => v?.item !== undefined)) emptied.delete(req.trans);
              return table.mutate(req);
            },
          };
        }
        if (!FEEDS.has(name)) return table;
        return {
          ...table,
          mutate(req) {
            if (!inScope(req.trans)) return table.mutate(req);
            return invalidate(name, table, req).then(() => table.mutate(req)) as ReturnType<DBCoreTable['mutate']>;
          },
        };
      },
    };
  },
};
