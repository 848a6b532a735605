import { useEffect, useRef, useState } from 'preact/hooks';
import { ACTION_KINDS } from '../../lib/dashboard/action-form';
import { actionWords } from '../../lib/dashboard/action-words';
import { ntiCountdown } from '../../lib/dashboard/nti-countdown';
import { addActionHref, editActionHref } from '../../lib/dashboard/routes';
import type { SchoolCalendar } from '../../lib/engine/calendar';
import { formatLong } from '../../lib/engine/dates';
import { deleteAction, type ActionRow } from '../../lib/store/actions';
import type { StoreDb } from '../../lib/store/schema';

interface Props {
  actions: readonly ActionRow[];
  pupilId: string;
  pupilName: string;
  calendar: SchoolCalendar;
  asOf: string;
  db: StoreDb;
  /** A past year is read-only: its actions are shown, not edited from there. */
  editable: boolean;
  /** 'list' for a narrow panel: each action a list item (a six-column table does not fit 360 px). */
  layout?: 'table' | 'list';
}

/** The pupil's actions, newest first, each with Edit and Delete (Delete asks first, in the row). */
export function Chronology({ actions, pupilId, pupilName, calendar, asOf, db, editable, layout = 'table' }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const yesRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) yesRef.current?.focus();
  }, [confirming]);

  const remove = async (a: ActionRow) => {
    setError(null);
    try {
      await deleteAction(db, a.id);
      setConfirming(null);
      setMessage(`${ACTION_KINDS[a.kind].label} on ${formatLong(a.date)} deleted from ${pupilName}'s chronology.`);
      headingRef.current?.focus();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  /** Edit and Delete for one action; Delete asks first, in place. */
  const change = (a: ActionRow, label: string) =>
    confirming === a.id ? (
      <div role="group" aria-label={`Delete the ${label}?`} class="confirm">
        <p>Delete this action for good?</p>
        <button type="button" class="danger" ref={yesRef} onClick={() => remove(a)}>
          Yes, delete
        </button>{' '}
        <button type="button" class="secondary" onClick={() => setConfirming(null)}>
          Keep it
        </button>
      </div>
    ) : (
      <>
        <a class="target" href={editActionHref(pupilId, a.id)} aria-label={`Edit the ${label}`}>
          Edit
        </a>{' '}
        <button type="button" class="secondary" aria-label={`Delete the ${label}`} onClick={() => setConfirming(a.id)}>
          Delete
        </button>
      </>
    );

  return (
    <section class="card" aria-labelledby="chronology-heading">
      <h2 id="chronology-heading" tabIndex={-1} ref={headingRef}>
        Chronology
      </h2>
      <p role="status" class="muted">
        {message}
      </p>
      {error && <p role="alert">{error}</p>}
      {editable && (
        <p class="actions-row">
          <a class="button" href={addActionHref(pupilId)}>
            Add an action
          </a>
        </p>
      )}
      {actions.length === 0 ? (
        <p class="muted">No actions recorded yet.</p>
      ) : layout === 'list' ? (
        <ol class="chronology-list" aria-label="Actions, newest first">
          {actions.map((a) => {
            const label = `${ACTION_KINDS[a.kind].label} on ${formatLong(a.date)}`;
            return (
              <li key={a.id}>
                <h3>
                  {formatLong(a.date)}: {ACTION_KINDS[a.kind].label}
                </h3>
                <p>{actionWords(a)}</p>
                {a.kind === 'notice-to-improve' && <p class="countdown">{ntiCountdown(a.date, a.periodEnd, calendar, asOf).text}</p>}
                {a.by && <p class="muted">By {a.by}</p>}
                {a.note && <p class="pre-wrap">{a.note}</p>}
                {editable && <div class="actions-row">{change(a, label)}</div>}
              </li>
            );
          })}
        </ol>
      ) : (
        <table>
          <caption class="visually-hidden">Actions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Action</th>
              <th scope="col">Details</th>
              <th scope="col">By</th>
              <th scope="col">Notes</th>
              {editable && <th scope="col">Change</th>}
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => {
              const label = `${ACTION_KINDS[a.kind].label} on ${formatLong(a.date)}`;
              return (
                <tr key={a.id}>
                  <th scope="row">{formatLong(a.date)}</th>
                  <td>{ACTION_KINDS[a.kind].label}</td>
                  <td>
                    {actionWords(a)}
                    {a.kind === 'notice-to-improve' && <p class="countdown">{ntiCountdown(a.date, a.periodEnd, calendar, asOf).text}</p>}
                  </td>
                  <td>{a.by ?? ''}</td>
                  <td class="pre-wrap">{a.note ?? ''}</td>
                  {editable && (
                    <td>
                      {change(a, label)}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
