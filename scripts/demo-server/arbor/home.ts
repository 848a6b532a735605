/** Arbor-style "Daily Attendance" dashboard: today's AM/PM registers per group. */
import { html, longDate } from '../html';
import type { DemoState } from '../state';
import type { ArborPage } from './layout';
import { registerRoute } from './register';
import { gridRoute } from './marks-grid';

export function arborHomePage(state: DemoState): ArborPage {
  const date = state.defaultDate();
  const content = html`
<header class="mis-page-header"><h1>Daily Attendance</h1><div class="mis-subtitle">${longDate(date)}</div></header>
<section class="mis-card">
  <h2>Registers</h2>
  <div class="mis-grid" role="grid" aria-label="Registers">
    <div role="row" class="mis-grid-header"><span role="columnheader">Registration group</span><span role="columnheader">Tutor</span><span role="columnheader">AM</span><span role="columnheader">PM</span><span role="columnheader">Week</span></div>
    ${state.school.groups.map(
      (g) => html`<div role="row"><span role="gridcell">${g.id}</span><span role="gridcell">${g.tutor}</span>
      <span role="gridcell"><a class="mis-btn" href="${registerRoute(g.id, date, 'AM')}">Edit Register</a></span>
      <span role="gridcell"><a class="mis-btn" href="${registerRoute(g.id, date, 'PM')}">Edit Register</a></span>
      <span role="gridcell"><a href="${gridRoute(g.id, date)}">Roll call marks</a></span></div>`,
    )}
  </div>
</section>`;
  return { title: 'Daily Attendance', route: '/home-ui/index', content };
}
