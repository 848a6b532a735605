import type { IndexableType, Table } from 'dexie';

/**
 * Reads a whole table in pages by primary key (one `getAll` of `size` rows each), calling `each` per page.
 * On a page, a single `toArray` of 2,000–4,000 rows is one long main-thread task (the rows are deserialised
 * at once: 350 ms for 2,000 pupils on a loaded machine); a cursor (`each`) is one round trip per row (seconds).
 * Pages keep every task short and the round trips few. Inside a liveQuery the ranges read are observed as usual.
 */
/** Rows per page for the options page's reads: each page is deserialised in one main-thread task (500 year records, about 1 MB, was too long). */
export const PAGE_ROWS = 200;

export async function forEachPage<T, K extends IndexableType>(table: Table<T, K>, keyOf: (row: T) => K, size: number, each: (rows: T[]) => void): Promise<void> {
  let last: K | undefined;
  for (;;) {
    const rows = await (last === undefined ? table.toCollection() : table.where(':id').above(last)).limit(size).toArray();
    if (rows.length) each(rows);
    if (rows.length < size) return;
    last = keyOf(rows[rows.length - 1]!);
  }
}
