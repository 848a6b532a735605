/**
 * The lock control of a page header (dashboard, popup): "Lock now" while unlocked, the unlock form while locked,
 * nothing when no passphrase is set.
 */
import { useState } from 'preact/hooks';
import { send } from '../../lib/messaging';
import { lockStatus, useLock } from './use-lock';
import { UnlockForm } from './UnlockForm';

export function LockControl({ idPrefix }: { idPrefix: string }) {
  const s = useLock();
  const [busy, setBusy] = useState(false);
  if (!s || s.state === 'off') return null;
  if (s.state === 'locked') {
    return (
      <div class="lock-control" role="group" aria-labelledby={`${idPrefix}-locked`}>
        <p id={`${idPrefix}-locked`}>
          <strong>Locked:</strong> figures and flags only, no names.
        </p>
        <UnlockForm idPrefix={idPrefix} />
      </div>
    );
  }
  const lock = async () => {
    setBusy(true);
    try {
      lockStatus.value = await send('lock-now', {});
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="lock-control">
      <button type="button" class="secondary" disabled={busy} onClick={() => void lock()}>
        {busy ? 'Locking…' : 'Lock now'}
      </button>
    </div>
  );
}
