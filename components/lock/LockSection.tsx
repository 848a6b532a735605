/**
 * Options page section "Lock": set a passphrase, lock and unlock, idle time, change or remove the passphrase,
 * and — the only way back from a forgotten one — forget it and delete all data.
 */
import { useState } from 'preact/hooks';
import { send } from '../../lib/messaging';
import type { LockStatus } from '../../lib/lock/messages';
import { lockStatus, useLock } from './use-lock';
import { UnlockForm } from './UnlockForm';

const IDLE_CHOICES = [5, 10, 15, 30, 60, 120, 0] as const;
const idleWords = (m: number) => (m === 0 ? 'Never (only by hand and when the browser restarts)' : m >= 60 ? `${m / 60} hour${m === 60 ? '' : 's'}` : m < 1 ? `${Math.round(m * 60)} seconds` : `${m} minutes`);
const MIN = 10;

function useAction() {
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const run = async (f: () => Promise<LockStatus>, ok: string) => {
    setBusy(true);
    setMsg(null);
    try {
      const s = await f();
      lockStatus.value = s;
      setMsg(s.message ? { kind: 'error', text: s.message } : { kind: 'ok', text: ok });
      return !s.message;
    } catch (e) {
      setMsg({ kind: 'error', text: String((e as Error).message ?? e) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  const note = msg && (
    <p role={msg.kind === 'error' ? 'alert' : 'status'} class={msg.kind === 'error' ? 'problem' : undefined}>
      {msg.text}
    </p>
  );
  return { busy, run, note };
}

function IdleSelect({ id, value, onChange }: { id: string; value: number; onChange: (m: number) => void }) {
  const choices: number[] = IDLE_CHOICES.includes(value as (typeof IDLE_CHOICES)[number]) ? [...IDLE_CHOICES] : [value, ...IDLE_CHOICES];
  return (
    <p>
      <label for={id}>Lock after this long without use of Attendance Lens</label>{' '}
      <select id={id} value={String(value)} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        {choices.map((m) => (
          <option key={m} value={String(m)}>
            {idleWords(m)}
          </option>
        ))}
      </select>
    </p>
  );
}

const FORGET_WORDS = 'If the passphrase is forgotten, nobody can unlock the data — not you, not the school, not us. The only way back is to delete all data and read or import it again.';

function SetPassphrase() {
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [idle, setIdle] = useState(15);
  const [understood, setUnderstood] = useState(false);
  const { busy, run, note } = useAction();
  const [problem, setProblem] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (pass.trim().length < MIN) return setProblem(`A passphrase needs at least ${MIN} characters (a few words are easier to remember than symbols).`);
    if (pass !== again) return setProblem('The two passphrases are not the same.');
    if (!understood) return setProblem('Tick the box to say you understand that a forgotten passphrase means deleting all data.');
    setProblem('');
    if (await run(() => send('lock-set', { passphrase: pass, idleMinutes: idle }), 'Passphrase set. Attendance Lens is unlocked now; it locks when you choose "Lock now", after the idle time, and whenever the browser restarts.')) {
      setPass('');
      setAgain('');
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <p>
        No passphrase is set: anyone using this browser profile can see pupils' names in the dashboard. On a shared office computer,
        set a passphrase. While locked, names, identifiers (UPN, MIS ids), dates of birth, addresses and contacts are encrypted on this computer;
        figures and flags keep working, but badges, the dashboard and the audit show no names, and prefill, exports, imports and backups wait for
        the passphrase.
      </p>
      <p class="warning" id="lock-forget-warning">
        <strong>{FORGET_WORDS}</strong>
      </p>
      <p>
        <label for="lock-new">New passphrase (at least {MIN} characters)</label>
        <br />
        <input id="lock-new" type="password" autocomplete="new-password" value={pass} onInput={(e) => setPass(e.currentTarget.value)} />
      </p>
      <p>
        <label for="lock-again">The same passphrase again</label>
        <br />
        <input id="lock-again" type="password" autocomplete="new-password" value={again} onInput={(e) => setAgain(e.currentTarget.value)} />
      </p>
      <IdleSelect id="lock-idle-new" value={idle} onChange={setIdle} />
      <p>
        <input id="lock-understood" type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} aria-describedby="lock-forget-warning" />{' '}
        <label for="lock-understood">I understand: a forgotten passphrase means deleting all data</label>
      </p>
      <button type="submit" disabled={busy}>
        {busy ? 'Setting the passphrase…' : 'Set passphrase'}
      </button>
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      {note}
    </form>
  );
}

function ChangePassphrase() {
  const [old, setOld] = useState('');
  const [pass, setPass] = useState('');
  const { busy, run, note } = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await run(() => send('lock-change', { passphrase: old, newPassphrase: pass }), 'Passphrase changed. Use the new one from now on.')) {
      setOld('');
      setPass('');
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <h3>Change the passphrase</h3>
      <p>
        <label for="lock-change-old">Current passphrase</label>
        <br />
        <input id="lock-change-old" type="password" autocomplete="current-password" value={old} onInput={(e) => setOld(e.currentTarget.value)} />
      </p>
      <p>
        <label for="lock-change-new">New passphrase (at least {MIN} characters)</label>
        <br />
        <input id="lock-change-new" type="password" autocomplete="new-password" value={pass} onInput={(e) => setPass(e.currentTarget.value)} />
      </p>
      <button type="submit" class="secondary" disabled={busy || !old || !pass}>
        Change passphrase
      </button>
      {note}
    </form>
  );
}

function RemovePassphrase() {
  const [pass, setPass] = useState('');
  const { busy, run, note } = useAction();
  return (
    <form onSubmit={(e) => (e.preventDefault(), void run(() => send('lock-remove', { passphrase: pass }), 'The lock is off: no passphrase is set.'))}>
      <h3>Turn the lock off</h3>
      <p>
        <label for="lock-remove-pass">Passphrase</label>
        <br />
        <input id="lock-remove-pass" type="password" autocomplete="current-password" value={pass} onInput={(e) => setPass(e.currentTarget.value)} />
      </p>
      <button type="submit" class="secondary" disabled={busy || !pass}>
        Remove passphrase
      </button>
      {note}
    </form>
  );
}

function ForgetAndDelete() {
  const [typed, setTyped] = useState('');
  const { busy, run, note } = useAction();
  const ok = typed.trim().toLowerCase() === 'delete all data';
  return (
    <form onSubmit={(e) => (e.preventDefault(), ok && void run(() => send('lock-forget', { confirm: 'delete all data' }), 'All pupil data and the passphrase are deleted. Attendance Lens starts again from empty.'))}>
      <h3>Forgot the passphrase?</h3>
      <p>{FORGET_WORDS}</p>
      <p>
        <label for="lock-forget-confirm">Type “delete all data” to confirm</label>
        <br />
        <input id="lock-forget-confirm" type="text" autocomplete="off" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
      </p>
      <button type="submit" class="danger" disabled={busy || !ok}>
        Forget passphrase and delete all data
      </button>
      {note}
    </form>
  );
}

export function LockSection() {
  const s = useLock();
  const { busy, run, note } = useAction();
  if (!s) return <p>Checking the lock…</p>;
  if (s.state === 'off') return <SetPassphrase />;
  if (s.state === 'locked') {
    return (
      <div>
        <p role="status">
          <strong>Locked</strong> since {new Date(s.since ?? Date.now()).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}. Names,
          identifiers, dates of birth and contacts are encrypted; figures and flags keep working.
        </p>
        <UnlockForm idPrefix="lock-options" />
        <ForgetAndDelete />
      </div>
    );
  }
  return (
    <div>
      <p role="status">
        <strong>Unlocked.</strong> It locks when you choose “Lock now”, {s.idleMinutes > 0 ? `after ${idleWords(s.idleMinutes)} without use, ` : ''}and whenever the
        browser restarts.
      </p>
      <button type="button" disabled={busy} onClick={() => void run(() => send('lock-now', {}), 'Locked.')}>
        Lock now
      </button>
      {note}
      <IdleSelect id="lock-idle" value={s.idleMinutes} onChange={(m) => void run(() => send('lock-idle', { idleMinutes: m }), `Idle time saved: ${idleWords(m)}.`)} />
      <ChangePassphrase />
      <RemovePassphrase />
      <p>{FORGET_WORDS}</p>
    </div>
  );
}
