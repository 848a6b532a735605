/** Options page section "Audit": what was done with the data, newest first, and a CSV of it. No pupil names. */
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { openStore } from '../../lib/store/schema';
import type { AuditRow } from '../../lib/store/lock-rows';
import { auditCsv, readAudit } from '../../lib/lock/audit';
import { datesInWords } from '../../lib/engine/dates';

const SHOWN = 200;

function saveCsv(rows: readonly AuditRow[]): void {
  const blob = new Blob(['\ufeff', auditCsv(rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `attendance-lens-audit-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const pupilsWords = (n: number | null) => (n === null ? '—' : `${n} pupil${n === 1 ? '' : 's'}`);

export function AuditSection() {
  const [rows, setRows] = useState<AuditRow[] | null>(null);
  useEffect(() => {
    const sub = liveQuery(() => readAudit(openStore())).subscribe({ next: setRows, error: () => setRows([]) });
    return () => sub.unsubscribe();
  }, []);
  if (!rows) return <p>Reading the audit log…</p>;
  return (
    <div>
      <p>
        Every prefill, import, export, backup, restore, deletion, lock and unlock on this computer: what, when and how many pupils — never who.
        The newest {Math.min(SHOWN, rows.length)} of {rows.length} are shown; the CSV holds them all.
      </p>
      {rows.length === 0 ? (
        <p>Nothing recorded yet.</p>
      ) : (
        <table class="audit">
          <caption class="visually-hidden">Audit log, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">What happened</th>
              <th scope="col">Pupils</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((r) => (
              <tr key={r.id}>
                <td>{when(r.at)}</td>
                <td>{datesInWords(r.what)}</td>
                <td>{pupilsWords(r.pupils)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" class="secondary" disabled={rows.length === 0} onClick={() => saveCsv(rows)}>
        Save the audit log as CSV
      </button>
    </div>
  );
}
