/** Characteristic badges shown beside a student's name in the Arbor-style pages. */
import { html, type Raw } from '../html';
import type { DemoPupil } from '../../../lib/demo/types';

export function arborBadges(p: DemoPupil): Raw {
  return html`${p.pupilPremium ? html`<span class="badge" title="Pupil Premium">PP</span>` : ''}${p.fsm ? html`<span class="badge" title="Free School Meals">FSM</span>` : ''}${
    p.sen === 'ehcp' ? html`<span class="badge" title="Education, Health and Care Plan">EHCP</span>` : p.sen === 'support' ? html`<span class="badge" title="SEN Support">SEN</span>` : ''
  }${p.eal ? html`<span class="badge" title="English as an Additional Language">EAL</span>` : ''}${p.cic ? html`<span class="badge" title="Child in Care">CiC</span>` : ''}`;
}

export const displayName = (p: DemoPupil) => `${p.preferredForename} ${p.legalSurname}`;
export const legalName = (p: DemoPupil) => [p.legalForename, p.middleNames, p.legalSurname].filter(Boolean).join(' ');
