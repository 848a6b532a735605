/** Arbor-style student attendance page: profile header, summary, and the statutory week grid. */
import type { Session } from '../../../lib/demo/types';
import { html, mediumDate } from '../html';
import { summarise } from '../codes';
import type { DemoState } from '../state';
import { certificateWeeks, codesUpTo } from '../weeks';
import type { ArborPage } from './layout';
import { arborBadges, displayName, legalName } from './badges';
import { arborMarkCell } from './marks';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

export function arborStudentPage(state: DemoState, arborId: number): ArborPage | null {
  const p = state.pupilByArborId(arborId);
  if (!p) return null;
  const to = p.leavingDate && p.leavingDate < state.asOf ? p.leavingDate : state.asOf;
  const weeks = certificateWeeks(state, p, to);
  const s = summarise(codesUpTo(state, p, to));
  const from = weeks[0]?.days.find((d) => d.school && d.onRoll)?.date;
  const content = html`
<header class="mis-page-header mis-card mis-profile-head">
  <div class="mis-avatar" aria-hidden="true">${p.preferredForename[0]}${p.legalSurname[0]}</div>
  <div>
    <h1>${displayName(p)}${arborBadges(p)}</h1>
    <div class="mis-props">
      <span>Legal name: ${legalName(p)}</span>
      <span>Form: ${p.regGroup}</span>
      <span>Year: Year ${p.ncYear}</span>
      <span>Date of Birth: ${mediumDate(p.dob)}</span>
      <span>UPN: ${p.upn}</span>
      ${p.leavingDate ? html`<span>Left: ${mediumDate(p.leavingDate)}</span>` : ''}
    </div>
  </div>
</header>
<section class="mis-card" aria-labelledby="att-summary">
  <h2 id="att-summary">Attendance ${state.school.academicYear}${from ? html` (${mediumDate(from)} – ${mediumDate(to)})` : ''}</h2>
  <dl class="mis-summary">
    <div><dt>Attendance</dt><dd>${s.percentage === null ? '–' : `${s.percentage.toFixed(1)}%`}</dd></div>
    <div><dt>Possible sessions</dt><dd>${s.possible}</dd></div>
    <div><dt>Present</dt><dd>${s.present}</dd></div>
    <div><dt>AEA</dt><dd>${s.aea}</dd></div>
    <div><dt>Authorised</dt><dd>${s.authorised}</dd></div>
    <div><dt>Unauthorised</dt><dd>${s.unauthorised}</dd></div>
  </dl>
</section>
<section class="mis-card">
  <h2>Attendance by week</h2>
  <table class="mis-table" aria-label="Roll call marks by week for ${displayName(p)}">
    <thead><tr><th scope="col">Week commencing</th>${WEEKDAYS.map((d) => html`<th scope="col">${d} AM</th><th scope="col">${d} PM</th>`)}</tr></thead>
    <tbody>
    ${weeks.map(
      (w) => html`<tr><th scope="row">${mediumDate(w.monday)}</th>${w.days.map((d) =>
        (['AM', 'PM'] as Session[]).map((s) =>
          !d.school
            ? html`<td class="is-holiday" title="Not a school day"></td>`
            : !d.onRoll
              ? html`<td title="Not on roll"></td>`
              : html`<td>${arborMarkCell(state.mark(p, d.date, s), s)}</td>`,
        ),
      )}</tr>`,
    )}
    </tbody>
  </table>
</section>`;
  return { title: `${displayName(p)} – Attendance`, route: `/students-ui/student-attendance/student-id/${p.arborId}`, content };
}
