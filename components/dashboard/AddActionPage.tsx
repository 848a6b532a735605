import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  ACTION_KIND_IDS,
  ACTION_KINDS,
  emptyActionForm,
  errorOrder,
  fieldsFor,
  formFromAction,
  isActionKind,
  isRequired,
  ntiPeriodFor,
  parseActionForm,
  type ActionFormValues,
  type FieldErrors,
  type FieldId,
} from '../../lib/dashboard/action-form';
import { todayLocal } from '../../lib/clock';
import { pupilHref } from '../../lib/dashboard/routes';
import { formatLong } from '../../lib/engine/dates';
import { addAction } from '../../lib/store/actions-io';
import { updateAction } from '../../lib/store/actions';
import type { DashboardContext } from './context';
import { ActionField } from './ActionField';
import { flashOn } from './flash';
import { PageHeading } from './PageHeading';
import { UnknownPupil } from './UnknownPupil';
import { usePupil } from './use-pupil';

/**
 * A real form for every kind of action, to add one or (with `editId`) to change one already in the
 * chronology; validated by the store's schema; back to the pupil on save.
 */
export function AddActionPage({ ctx, pupilId, editId }: { ctx: DashboardContext; pupilId: string; editId?: string }) {
  const state = usePupil(ctx, pupilId);
  const editing = editId !== undefined && state.kind === 'found' ? state.summary.actions.find((a) => a.id === editId) : undefined;
  const [filledFrom, setFilledFrom] = useState<string | null>(null);
  // Typed-in values live here, outside the parse: a refused form keeps every value, across kinds too.
  const [values, setValues] = useState<ActionFormValues>(() => emptyActionForm(ctx.asOf));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Editing: the form starts from the stored action, once it has been read.
  useEffect(() => {
    if (editing && filledFrom !== editing.id) {
      setValues(formFromAction(editing));
      setFilledFrom(editing.id);
    }
  }, [editing, filledFrom]);

  if (state.kind === 'loading') return <p>Loading pupil…</p>;
  if (state.kind === 'error') return <p role="alert">The store could not be read: {String(state.error)}</p>;
  if (state.kind === 'unknown') return <UnknownPupil pupilId={pupilId} />;
  const { summary, loaded } = state;
  if (editId !== undefined && !editing) {
    return (
      <>
        <PageHeading title="Action not found" />
        <p>
          This action is no longer in {summary.name}'s chronology (it may have been deleted in another tab).{' '}
          <a href={pupilHref(pupilId)}>Back to {summary.name}</a>
        </p>
      </>
    );
  }
  const kind = isActionKind(values.kind) ? values.kind : 'call';
  const set = (f: FieldId, v: string) => setValues((old) => ({ ...old, [f]: v }));

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaveError(null);
    const r = parseActionForm(values, {
      pupilId,
      // Today as the form is sent, not as the page opened: a page left open overnight must accept today's date.
      today: todayLocal(),
      id: editing?.id ?? crypto.randomUUID(),
      createdAt: editing?.createdAt ?? new Date().toISOString(),
      calendar: loaded.setup.calendar,
    });
    if (!r.ok) {
      setErrors(r.errors);
      // After render: the summary lists each problem with a link to its field.
      queueMicrotask(() => summaryRef.current?.focus());
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = editing ? await updateAction(ctx.db, r.action) : await addAction(ctx.db, r.action);
      const href = pupilHref(pupilId);
      flashOn(href, `${ACTION_KINDS[saved.kind].label} on ${formatLong(saved.date)} ${editing ? 'changed in' : 'added to'} ${summary.name}'s chronology.`);
      location.hash = href;
    } catch (err) {
      setSaveError(`Not saved: ${err instanceof Error ? err.message : String(err)}. Your entries are still here.`);
      setSaving(false);
    }
  };

  const order = errorOrder(values, errors);
  const nti = kind === 'notice-to-improve' ? ntiPeriodFor(values.date, loaded.setup.calendar) : null;
  return (
    <>
      <p>
        <a href={pupilHref(pupilId)}>← Back to {summary.name}</a>
      </p>
      <PageHeading title={editing ? `Change an action for ${summary.name}` : `Add an action for ${summary.name}`} />
      {/* Focused after a refused save, and not role="alert" as well: focus alone has it read out, once. */}
      {order.length > 0 && (
        <div class="error-summary" role="group" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-heading">
          <h2 id="error-summary-heading">The action was not saved: {order.length === 1 ? 'one thing needs' : `${order.length} things need`} changing</h2>
          <ul>
            {order.map((f) => (
              <li key={f}>
                <a href={`#field-${f}`} onClick={(ev) => (ev.preventDefault(), document.getElementById(`field-${f}`)?.focus())}>
                  {errors[f]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {saveError && <p role="alert">{saveError}</p>}
      <form class="card" onSubmit={submit} noValidate aria-labelledby="action-form-heading">
        <h2 id="action-form-heading">{editing ? 'The action' : 'New action'}</h2>
        <p class="hint">Fields not marked optional are required: the chronology keeps no empty records.</p>
        <div class="form-field">
          <label for="field-kind">Kind of action</label>
          <select
            id="field-kind"
            value={kind}
            aria-invalid={errors.kind ? 'true' : undefined}
            aria-describedby={errors.kind ? 'error-kind' : undefined}
            onChange={(e) => set('kind', e.currentTarget.value)}
          >
            {ACTION_KIND_IDS.map((k) => (
              <option key={k} value={k}>
                {ACTION_KINDS[k].label}
              </option>
            ))}
          </select>
          {errors.kind && (
            <span id="error-kind" class="field-error">
              {errors.kind}
            </span>
          )}
        </div>
        {fieldsFor(kind).map((f) => (
          <Fragment key={f}>
            <ActionField
              field={f}
              value={values[f]}
              error={errors[f]}
              max={f === 'date' ? ctx.asOf : undefined}
              describedBy={f === 'date' && nti ? 'nti-period' : undefined}
              onInput={(v) => set(f, v)}
              required={isRequired(kind, f)}
            />
            {f === 'date' && nti && (
              <p class="notice" id="nti-period" role="status">
                {nti.text}
              </p>
            )}
          </Fragment>
        ))}
        <div class="actions-row">
          <button type="submit" disabled={saving}>
            {editing ? 'Save changes' : 'Save action'}
          </button>
          <a class="button secondary" href={pupilHref(pupilId)}>
            Cancel
          </a>
        </div>
      </form>
    </>
  );
}
