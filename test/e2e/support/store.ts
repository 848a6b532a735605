import type { Page } from '@playwright/test';

/**
 * Reads a table of the extension's IndexedDB from one of its pages, with the raw IndexedDB API (the
 * test checks what is really stored, not what our own store code says). `marks` are unpacked here from
 * the compact year records (schema v3, lib/store/mark-years.ts) into one row per mark, independently of
 * the store's own unpacking.
 */
export async function readTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('attendance-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = name === 'marks' ? 'markYears' : name;
          if (!db.objectStoreNames.contains(store)) return resolve([]);
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => {
            if (name !== 'marks') return resolve(req.result as T[]);
            type Year = { pupilId: string; year: number; codes: string[]; slots: Uint8Array; seen: { source: string; firstSeen: string; lastSeenOn: string }[]; seenIx: Uint16Array; late?: Record<number, number> };
            const rows = (req.result as Year[]).flatMap((r) => {
              const out: Record<string, unknown>[] = [];
              for (let s = 0; s < r.slots.length; s++) {
                if (!r.slots[s]) continue;
                const date = new Date(Date.UTC(r.year, 8, 1) + (s >> 1) * 86_400_000).toISOString().slice(0, 10);
                const seen = r.seen[r.seenIx[s]! - 1]!;
                out.push({ pupilId: r.pupilId, date, session: s & 1 ? 'PM' : 'AM', code: r.codes[r.slots[s]! - 1], ...(r.late?.[s] !== undefined ? { minutesLate: r.late[s] } : {}), ...seen });
              }
              return out;
            });
            resolve(rows as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}
