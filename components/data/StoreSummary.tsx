import { useLive } from '../../lib/store/live';
import type { StoreDb } from '../../lib/store/schema';
import { countMarks } from '../../lib/store/marks-io';

/** What is stored now, kept current by liveQuery (imports, restores and purges show up at once). */
export function StoreSummary({ db }: { db: StoreDb }) {
  const counts = useLive(
    async () => ({
      pupils: await db.pupils.count(),
      marks: await countMarks(db),
      actions: await db.actions.count(),
      imports: await db.importLog.orderBy('at').reverse().limit(5).toArray(),
    }),
    [db],
  );
  if (counts.error.value) return <p role="alert">The store cannot be read: {String((counts.error.value as Error)?.message ?? counts.error.value)}</p>;
  const c = counts.value.value;
  if (!c) return <p>Reading the store…</p>;
  return (
    <div>
      <p aria-label="Stored now">
        Stored in this browser: {c.pupils.toLocaleString('en-GB')} pupils, {c.marks.toLocaleString('en-GB')} marks, {c.actions.toLocaleString('en-GB')} actions.
      </p>
      {c.imports.length ? (
        <details>
          <summary>Recent imports</summary>
          <ul>
            {c.imports.map((i) => (
              <li key={i.id}>
                {i.at.slice(0, 16).replace('T', ' ')} {i.fileName}: {i.marksAdded} marks added, {i.marksChanged} changed, {i.problems} problems in the file
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
