import { ACTION_KINDS } from '../../lib/dashboard/action-form';
import { actionSummary } from '../../lib/pupil/action-summary';
import { formatLong } from '../../lib/engine/dates';
import type { ActionRow } from '../../lib/store/actions';

/** The pupil's actions, newest first. */
export function Chronology({ actions }: { actions: readonly ActionRow[] }) {
  return (
    <section class="card" aria-labelledby="chronology-heading">
      <h2 id="chronology-heading">Chronology</h2>
      {actions.length === 0 ? (
        <p class="muted">No actions recorded yet.</p>
      ) : (
        <table>
          <caption class="visually-hidden">Actions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Action</th>
              <th scope="col">Details</th>
              <th scope="col">Recorded by</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <tr key={a.id}>
                <th scope="row">{formatLong(a.date)}</th>
                <td>{ACTION_KINDS[a.kind].label}</td>
                <td>{actionSummary(a)}</td>
                <td>{a.by ?? ''}</td>
                <td>{a.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
