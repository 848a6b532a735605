/**
 * The lock control of a page header (dashboard, popup): "Lock now" while unlocked, the unlock form while locked,
 * nothing when no passphrase is set.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../lib/messaging';
import { lockStatus, useLock } from './use-lock';
import { UnlockForm } from './UnlockForm';

/** `reloadOnChange`: a page that shows names (the dashboard) is drawn afresh when the lock changes, so no name stays on screen. */
export function LockControl({ idPrefix, reloadOnChange = false }: { idPrefix: string; reloadOnChange?: boolean }) {
  const s = useLock();
  const [busy, setBusy] = useState(false);
  const seen = useRef<string | null>(null);
  useEffect(() => {
    if (!s) return;
    if (reloadOnChange && seen.current !== null && seen.current !== s.state) location.reload();
    seen.current = s.state;
  }, [s?.state]);
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
