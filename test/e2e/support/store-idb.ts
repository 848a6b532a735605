import type { Page } from '@playwright/test';
import { DEFAULT_RETENTION } from '../../../lib/store/retention';

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

const DEFAULTS = JSON.stringify(Object.entries(DEFAULT_RETENTION).sort());

export function idbDump(page: Page, all = false): Promise<IdbDump> {
  return page.evaluate(
    ({ all, defaults }) =>
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
            // When this browser last ran the retention clean-up (its alarm fires minutes after a profile starts)
            // is this profile's bookkeeping, like the audit log: not data a backup carries or a restore must equal.
            const withoutRunBookkeeping = (d: Record<string, unknown[]>): Record<string, unknown[]> => ({
              ...d,
              ...(d.settings
                ? { settings: d.settings.flatMap((r) => {
                  const { lastRunAt: _a, lastRunRemoved: _b, ...rest } = r as Record<string, unknown>;
                  // A retention row holding only the defaults is the same as none (a run writes them with its time).
                  return rest.key === 'retention' && JSON.stringify(Object.entries(rest).sort()) === defaults ? [] : [rest];
                }) }
                : {}),
            });
            const years = (got.markYears ?? []) as { n: number }[];
            resolve({
              pupils: got.pupils?.length ?? 0,
              markYears: years.length,
              marks: years.reduce((a, r) => a + r.n, 0),
              importLog: got.importLog?.length ?? 0,
              actions: got.actions?.length ?? 0,
              ...(all ? { all: withoutRunBookkeeping(plain(got) as Record<string, unknown[]>) } : {}),
            });
          };
        };
      }),
    { all, defaults: DEFAULTS },
  );
}
