export interface FirstRunHintProps {
  provisional: number;
  total: number;
  onImportHistory?: () => void;
  /** The MIS's own pages that show many sessions at once (e.g. Arbor's Roll Call Marks). */
  historyPages?: string;
  onDismiss: () => void;
}

/** Shown while history is thin: where to get it fastest. Dismissal is remembered by the caller. */
export function FirstRunHint({ provisional, total, onImportHistory, historyPages, onDismiss }: FirstRunHintProps) {
  return (
    <div class="al-hint" role="region" aria-label="Attendance Lens: history is incomplete">
      <p>
        History is incomplete for {provisional} of {total === 1 ? '1 pupil' : `${total} pupils`} here: a figure with “?” is
        provisional, and a status needs 10 school days of marks. Importing history, or opening the marks-grid pages,
        fills weeks at once.
      </p>
      {historyPages && <p>In this MIS: {historyPages}.</p>}
      <div class="al-actions">
        {onImportHistory && (
          <button type="button" class="al-btn" onClick={() => onImportHistory()}>
            Import history
          </button>
        )}
        <button type="button" class="al-btn secondary" onClick={() => onDismiss()}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
