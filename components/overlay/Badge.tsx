import { Fragment } from 'preact';
import type { BadgePresentation } from '../../lib/overlay/badge-text';
import { afterIconText, iconText } from '../../lib/overlay/badge-width';

export interface BadgeProps {
  pres: BadgePresentation;
  expanded: boolean;
  panelId: string;
  onClick: () => void;
}

/**
 * The pupil's flag: a button whose accessible name says the status in words; the visible text uses
 * the short status word, the trend arrow and marker chips, so nothing depends on colour alone.
 */
export function Badge({ pres, expanded, panelId, onClick }: BadgeProps) {
  return (
    <button
      type="button"
      class={`al-badge t-${pres.tone}${pres.provisional ? ' prov' : ''}`}
      aria-label={pres.accessibleName}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      aria-controls={expanded ? panelId : undefined}
      onClick={onClick}
    >
      {/* Where the row has no room for all of it, the stylesheet leaves out the extra, then the rest of the figure (badge-width.ts). */}
      <span class="al-main">
        <span class="al-first">{iconText(pres)}</span>
        <span class="al-rest">{afterIconText(pres)}</span>
      </span>
      <span class="al-extra">
        {pres.detail && <> <span class="al-detail">{pres.detail}</span></>}
        {pres.chips.map((c) => (
          <Fragment key={c}>
            {' '}
            <span class="al-chip">{c}</span>
          </Fragment>
        ))}
        {pres.unsaved && <> <span class="al-chip unsaved">unsaved</span></>}
      </span>
    </button>
  );
}
