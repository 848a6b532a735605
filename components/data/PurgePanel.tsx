import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { purgeAll } from '../../lib/store/backup-io';
import { audit } from '../../lib/lock/audit';
import type { StoreDb } from '../../lib/store/schema';

/** Delete everything: one action, after an explicit confirmation that says what will go. */
export function PurgePanel({ db }: { db: StoreDb }) {
  const confirming = useSignal(false);
  const status = useSignal<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming.value) confirmRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [confirming.value]);

  const purge = async () => {
    try {
      const pupils = await db.pupils.count();
      await purgeAll(db);
      await audit(db, 'purge', 'All data deleted', pupils);
      status.value = 'All data was deleted from this browser.';
    } catch (e) {
      status.value = `Nothing was deleted: ${(e as Error).message}`;
    }
    confirming.value = false;
  };

  return (
    <div>
      {!confirming.value ? (
        <button type="button" class="danger" onClick={() => { confirming.value = true; status.value = null; }}>
          Delete all data
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby="purge-title" aria-describedby="purge-desc" ref={confirmRef} onKeyDown={(e) => { if (e.key === 'Escape') confirming.value = false; }}>
          <p id="purge-title">
            <strong>Delete everything Attendance Lens has stored in this browser?</strong>
          </p>
          <p id="purge-desc">Every pupil, mark, mark history, action, import record and setting is deleted. This cannot be undone; download a backup first if you may need it.</p>
          <button type="button" class="danger" onClick={() => void purge()}>
            Yes, delete everything
          </button>{' '}
          <button type="button" class="secondary" onClick={() => { confirming.value = false; }}>
            Cancel
          </button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {status.value ? <p>{status.value}</p> : null}
      </div>
    </div>
  );
}
