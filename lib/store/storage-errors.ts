/**
 * Errors from writing the store, in words for the person who started the job. The store's jobs (imports,
 * restores) are one transaction each, so any failure — the disk full, the browser's quota reached, the
 * worker stopped — rolls the whole job back: the message can say plainly that nothing was lost.
 */

/** True when the browser refused a write for lack of room (IndexedDB's QuotaExceededError, however Dexie wraps it). */
export function isQuotaError(e: unknown): boolean {
  const seen = new Set<unknown>();
  let x: unknown = e;
  while (x && typeof x === 'object' && !seen.has(x)) {
    seen.add(x);
    const name = (x as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return true;
    const o = x as { inner?: unknown; cause?: unknown; failures?: unknown[] };
    if (Array.isArray(o.failures) && o.failures.some((f) => isQuotaError(f))) return true;
    x = o.inner ?? o.cause;
  }
  return false;
}

export const QUOTA_MESSAGE =
  'this browser has no room left for Attendance Lens’s data (its storage quota is full). Nothing was written: the store is exactly as it was. Free some space on this computer’s disk, or delete data you no longer need (see “Keeping data”), then try again';

/** The reason shown after "Nothing was imported: " / "Nothing was restored: " / "Backup failed: ". */
export function storeErrorMessage(e: unknown): string {
  if (isQuotaError(e)) return QUOTA_MESSAGE;
  return e instanceof Error ? e.message : String(e);
}
