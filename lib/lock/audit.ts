/**
 * The audit log: one place (the `auditLog` table) for what was done with the data — prefills, imports, exports,
 * backups, restores, purges, retention, lock and unlock — when, and how many pupils. Never a name or identifier.
 * Kept across purges (that a purge happened is itself worth knowing); trimmed to the newest MAX_AUDIT entries.
 */
import type { AuditKind, AuditRow } from '../store/lock-rows';
import type { StoreDb } from '../store/schema';

export const MAX_AUDIT = 5000;

/** Call inside a transaction that covers `auditLog` (or alone). */
// Entries of one millisecond keep their order (ids sort by time, then this counter).
let seq = 0;

export async function audit(db: StoreDb, kind: AuditKind, what: string, pupils: number | null, now?: () => Date): Promise<void> {
  const at = (now?.() ?? new Date()).toISOString();
  await db.auditLog.add({ id: `${at}|${String(++seq % 1e6).padStart(6, '0')}|${crypto.randomUUID()}`, at, kind, what, pupils });
  const n = await db.auditLog.count();
  if (n > MAX_AUDIT) {
    const old = await db.auditLog.orderBy('at').limit(n - MAX_AUDIT).primaryKeys();
    await db.auditLog.bulkDelete(old);
  }
}

/** Newest first. */
export async function readAudit(db: StoreDb): Promise<AuditRow[]> {
  return (await db.auditLog.toArray()).reverse();
}

const csvCell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  // Kept as text by spreadsheets: a leading = + - @ would be read as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function auditCsv(rows: readonly AuditRow[]): string {
  const lines = [['When (UTC)', 'What happened', 'Kind', 'Pupils'].map(csvCell).join(',')];
  for (const r of rows) lines.push([r.at, r.what, r.kind, r.pupils].map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
