import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { todayLocal } from '../../lib/clock';
import { DEFAULT_RETENTION, describePlan, MIN_MARK_YEARS, rulesProblem, type RetentionPlan } from '../../lib/store/retention';
import { planRetention, readRetention } from '../../lib/store/retention-io';
import type { RetentionSettingsRow } from '../../lib/store/rows';
import type { StoreDb } from '../../lib/store/schema';
import { saveRetention } from '../../lib/store/settings';
import { formatLong } from '../../lib/engine/dates';

/** Automatic removal of old data, with what the rules would remove today shown before they are saved. */
export function RetentionPanel({ db }: { db: StoreDb }) {
  const rules = useSignal<RetentionSettingsRow>(DEFAULT_RETENTION);
  const plan = useSignal<RetentionPlan | null>(null);
  const status = useSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const today = todayLocal();

  useEffect(() => {
    void readRetention(db).then((r) => {
      rules.value = r;
      void refresh();
    });
  }, [db]);

  const refresh = async () => {
    plan.value = rulesProblem(rules.value) ? null : await planRetention(db, rules.value, today);
  };

  const setNumber = (key: 'leftMonths' | 'markYears', raw: string) => {
    const n = raw.trim() === '' ? null : Number(raw);
    rules.value = { ...rules.value, [key]: n };
    status.value = null;
    void refresh();
  };

  const save = async () => {
    try {
      await saveRetention(db, rules.value);
      status.value = { kind: 'ok', text: rules.value.enabled ? 'Saved. These rules run once a day.' : 'Saved. The rules are off: nothing is removed automatically.' };
    } catch (e) {
      status.value = { kind: 'error', text: (e as Error).message };
    }
  };

  const problem = rulesProblem(rules.value);
  const r = rules.value;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p>
        <label>
          <input type="checkbox" checked={r.enabled === 1} onChange={(e) => { rules.value = { ...r, enabled: (e.currentTarget as HTMLInputElement).checked ? 1 : 0 }; }} /> Apply
          these rules automatically every day
        </label>
      </p>
      <p>
        <label>
          Remove pupils who left more than{' '}
          <input type="number" min={1} step={1} inputMode="numeric" style={{ width: '5em' }} value={r.leftMonths ?? ''} onInput={(e) => setNumber('leftMonths', (e.currentTarget as HTMLInputElement).value)} />{' '}
          months ago (empty: never)
        </label>
      </p>
      <p>
        <label>
          Keep marks of the last{' '}
          <input type="number" min={MIN_MARK_YEARS} step={1} inputMode="numeric" style={{ width: '5em' }} value={r.markYears ?? ''} onInput={(e) => setNumber('markYears', (e.currentTarget as HTMLInputElement).value)} />{' '}
          academic years, this one included (empty: keep all)
        </label>
      </p>
      {problem ? <p role="alert">{problem}</p> : null}
      <div aria-live="polite">
        {plan.value ? (
          <>
            <p>
              <strong>What this would remove today:</strong> {describePlan(plan.value)}
            </p>
            {plan.value.pupils.length ? (
              <ul aria-label="Pupils these rules would remove">
                {plan.value.pupils.slice(0, 20).map((p) => (
                  <li key={p.id}>
                    {p.name} (left {formatLong(p.leavingDate)})
                  </li>
                ))}
                {plan.value.pupils.length > 20 ? <li>… and {plan.value.pupils.length - 20} more</li> : null}
              </ul>
            ) : null}
          </>
        ) : null}
        {r.lastRunAt ? <p>Last run {r.lastRunAt.slice(0, 16).replace('T', ' ')}: removed {r.lastRunRemoved?.pupils ?? 0} pupils and {r.lastRunRemoved?.marks ?? 0} marks.</p> : null}
      </div>
      <p>
        <button type="submit" disabled={!!problem}>
          Save retention rules
        </button>
      </p>
      <div role="status" aria-live="polite">
        {status.value ? <p class={status.value.kind === 'error' ? 'problem' : undefined}>{status.value.text}</p> : null}
      </div>
    </form>
  );
}
