import type { Page } from '@playwright/test';

/**
 * The store read with the plain IndexedDB API in an extension page (independent of Dexie and of the
 * page's own code): row counts, marks counted inside the packed year records, and optionally everything.
 */
export interface IdbDump {
  pupils: number;
  markYears: number;
  marks: number;
  importLog: number;
  actions: number;
  /** Every row of every table, JSON-comparable (typed arrays as plain arrays), when asked for. */
  all?: Record<string, unknown[]>;
}

export function idbDump(page: Page, all = false): Promise<IdbDump> {
  return page.evaluate(
    (all) =>
      new Promise<IdbDump>((resolve, reject) => {
        const req = indexedDB.open('attendance-lens');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          // Left out: the assessment and list caches (derived), and the audit log and lock state, which belong to this
          // profile and are not carried by backups (a restore into another profile starts its own audit).
          const names = [...db.objectStoreNames].filter((n) => n !== 'assessments' && n !== 'listRows' && n !== 'auditLog' && n !== 'lock');
          const tx = db.transaction(names, 'readonly');
          const got: Record<string, unknown[]> = {};
          for (const n of names) {
            const r = tx.objectStore(n).getAll();
            r.onsuccess = () => (got[n] = r.result as unknown[]);
          }
          tx.oncomplete = () => {
            db.close();
            const plain = (v: unknown): unknown =>
              ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : Array.isArray(v) ? v.map(plain) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v;
            const years = (got.markYears ?? []) as { n: number }[];
            resolve({
              pupils: got.pupils?.length ?? 0,
              markYears: years.length,
              marks: years.reduce((a, r) => a + r.n, 0),
              importLog: got.importLog?.length ?? 0,
              actions: got.actions?.length ?? 0,
              ...(all ? { all: plain(got) as Record<string, unknown[]> } : {}),
            });
          };
        };
      }),
    all,
  );
}
