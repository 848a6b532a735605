import { MIN_HISTORY_DAYS } from '../../lib/engine/arithmetic';
import type { PupilBadge } from '../../lib/pupil/badge';
import { Abbrs, MarkerList, RecoveryAndNextStep } from '../overlay/flag-text';
import { StatusWord } from './StatusWord';

const days = (n: number) => `${n} school ${n === 1 ? 'day' : 'days'}`;

/**
 * The figures and every flag with the engine's reason, recovery arithmetic and the band's next step:
 * what the register overlay's details panel says, laid out for a whole page.
 */
export function PupilFigures({ badge }: { badge: PupilBadge }) {
  const a = badge.attendance;
  const c = badge.coverage;
  return (
    <section class="card" aria-labelledby="figures-heading">
      <h2 id="figures-heading">Attendance this year</h2>
      <p>
        <StatusWord badge={badge} />
        {badge.band && <> · LA band: {badge.band.label}</>}
      </p>
      {badge.status === 'building' && (
        <p>
          The figure rests on {days(c.daysWithMarks)} of marks this year; a status (persistent or severe absence, an LA band) and a next step need{' '}
          {MIN_HISTORY_DAYS}. Until then this pupil is in no PA or SA list or count on the dashboard.
        </p>
      )}
      {a.display !== null ? (
        <p>
          <strong>{a.display}%</strong> attendance: {a.attended} of {a.possible} possible sessions attended
          {a.showFraction ? ` (the exact fraction matters here: ${a.attended}/${a.possible})` : ''}.
          {badge.trend === 'down' ? ' Falling.' : badge.trend === 'up' ? ' Rising.' : ''}
        </p>
      ) : (
        <p>No possible sessions recorded this year yet.</p>
      )}
      <h3>How complete the history is</h3>
      <p>
        {c.daysWithMarks} of {c.schoolDaysOnRoll} school days on roll this year have marks stored
        {c.missingDays > 0
          ? `; ${c.missingDays} have none, so the year-long figures and flags are provisional. Import history in Settings, or open the pupil's attendance page or the weekly marks grid on your MIS, to fill the gaps.`
          : ', so the figures stand on the whole year.'}
      </p>
      <h3>Why</h3>
      {badge.reasons.length ? (
        <ul>
          {badge.reasons.map((r) => (
            <li key={r.id}>
              <Abbrs text={r.text} />
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No flags raised.</p>
      )}
      <h3>Time-window flags</h3>
      {badge.markers.length ? (
        <MarkerList markers={badge.markers} />
      ) : (
        <p class="muted">None whose window the stored marks cover.</p>
      )}
      <RecoveryAndNextStep badge={badge} />
    </section>
  );
}
