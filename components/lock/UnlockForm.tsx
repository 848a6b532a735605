/** Passphrase in, unlock (used by the options page, the dashboard header and the popup). */
import { useState } from 'preact/hooks';
import { send } from '../../lib/messaging';
import { lockStatus } from './use-lock';

export function UnlockForm({ idPrefix }: { idPrefix: string }) {
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!pass) return setError('Type the passphrase first.');
    setBusy(true);
    setError('');
    try {
      const s = await send('lock-unlock', { passphrase: pass });
      lockStatus.value = s;
      if (s.state === 'locked') setError(s.message ?? 'Not unlocked.');
      else setPass('');
    } catch (err) {
      setError(String((err as Error).message ?? err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="unlock-form" onSubmit={(e) => void submit(e)}>
      <label for={`${idPrefix}-pass`}>Passphrase</label>{' '}
      <input id={`${idPrefix}-pass`} type="password" autocomplete="current-password" value={pass} onInput={(e) => setPass(e.currentTarget.value)} aria-describedby={error ? `${idPrefix}-error` : undefined} />{' '}
      <button type="submit" disabled={busy}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </button>
      {error && (
        <p id={`${idPrefix}-error`} role="alert" class="problem">
          {error}
        </p>
      )}
    </form>
  );
}
