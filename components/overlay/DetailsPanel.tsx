import type { Ref } from 'preact';
import type { BadgePresentation } from '../../lib/overlay/badge-text';
import type { PupilBadge } from '../../lib/pupil/badge';
import { Abbrs, MarkerList, RecoveryAndNextStep } from './flag-text';
import { formatLong } from '../../lib/engine/dates';

/** Links out of the panel; each is shown only once the page it opens exists in this build. */
export interface PanelActions {
  openInDashboard?: (b: PupilBadge) => void;
  addAction?: (b: PupilBadge) => void;
  startReferral?: (b: PupilBadge) => void;
}

export interface DetailsPanelProps {
  badge: PupilBadge;
  pres: BadgePresentation;
  id: string;
  /** Opened by click or keyboard: focusable and its controls in the tab order. A hover/focus preview is not. */
  pinned: boolean;
  actions: PanelActions;
  onClose: () => void;
  panelRef: Ref<HTMLDivElement>;
}

/** Figures, the reason for each flag, recovery arithmetic, the band's next step, last actions and links. */
export function DetailsPanel({ badge, pres, id, pinned, actions, onClose, panelRef }: DetailsPanelProps) {
  const a = badge.attendance;
  const c = badge.coverage;
  const tab = pinned ? 0 : -1;
  const known = badge.pupilId !== undefined;
  return (
    <div
      role="dialog"
      id={id}
      class="al-panel"
      aria-label={`Attendance details for ${badge.name}`}
      tabIndex={pinned ? -1 : undefined}
      ref={panelRef}
    >
      <h2>{badge.name}</h2>
      <button type="button" class="al-btn secondary al-close" aria-label="Close details" tabIndex={tab} onClick={onClose}>
        ×
      </button>
      <p>
        <strong>{pres.statusPhrase}</strong>
      </p>
      {a.display !== null ? (
        <p>
          {a.display}% attendance this year: {a.attended} of {a.possible} possible sessions attended
          {a.showFraction ? ` (the exact fraction matters here: ${a.attended}/${a.possible})` : ''}.
          {badge.trend === 'down' ? ' Falling.' : badge.trend === 'up' ? ' Rising.' : ''}
        </p>
      ) : (
        <p>No possible sessions recorded this year yet.</p>
      )}
      <p class="al-muted">
        History: {c.daysWithMarks} of {c.schoolDaysOnRoll} school days on roll have marks
        {c.missingDays > 0 ? `; ${c.missingDays} missing. Year-long flags are provisional: import history or open the marks grid.` : '.'}
      </p>
      {badge.includesUnsaved && (
        <p class="al-note">
          Includes unsaved marks: the figures count marks on this page that are not saved yet
          {badge.reasonsBeforeEdits ? '; the reasons and time-window flags below do not count your latest changes yet.' : ', and so do the reasons below.'}
        </p>
      )}
      {badge.reasons.length > 0 && (
        <>
          <h3>Why</h3>
          <ul>
            {badge.reasons.map((r) => (
              <li key={r.id}>
                <Abbrs text={r.text} />
              </li>
            ))}
          </ul>
        </>
      )}
      {badge.markers.length > 0 && (
        <>
          <h3>Time-window flags</h3>
          <MarkerList markers={badge.markers} />
        </>
      )}
      <RecoveryAndNextStep badge={badge} />
      <h3>Last actions</h3>
      {badge.lastActions.length > 0 ? (
        <ul>
          {badge.lastActions.map((x, i) => (
            <li key={i}>
              {formatLong(x.date)}: {x.summary}
            </li>
          ))}
        </ul>
      ) : (
        <p class="al-muted">No actions recorded.</p>
      )}
      {(actions.openInDashboard || actions.addAction || actions.startReferral) && (
        <div class="al-actions">
          {actions.openInDashboard && (
            <button type="button" class="al-btn" tabIndex={tab} disabled={!known} onClick={() => actions.openInDashboard?.(badge)}>
              Open in dashboard
            </button>
          )}
          {actions.addAction && (
            <button type="button" class="al-btn secondary" tabIndex={tab} disabled={!known} onClick={() => actions.addAction?.(badge)}>
              Add an action
            </button>
          )}
          {actions.startReferral && (
            <button type="button" class="al-btn secondary" tabIndex={tab} disabled={!known} onClick={() => actions.startReferral?.(badge)}>
              Start a referral
            </button>
          )}
        </div>
      )}
      {!known && actions.openInDashboard && <p class="al-muted">This pupil is not in Attendance Lens's records yet, so there is no dashboard page.</p>}
    </div>
  );
}
