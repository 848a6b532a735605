/** Bromcom-style home: today's registers by tutor group. */
import { mondayOf } from '../../../lib/engine/dates';
import { html, ukDate } from '../html';
import type { DemoState } from '../state';
import type { BromcomPage } from './layout';
import { manageAttendanceUrl, takeRegisterUrl } from './urls';

export function bromcomHomePage(state: DemoState): BromcomPage {
  const date = state.defaultDate();
  const content = html`
<div class="page-title">Today's Registers - ${ukDate(date)}</div>
<table class="rgMasterTable"><thead><tr><th>Tutor Group</th><th>Tutor</th><th>AM</th><th>PM</th><th>Week</th></tr></thead><tbody>
${state.school.groups.map((g) => html`<tr><td>${g.id}</td><td>${g.tutor}</td><td><a href="${takeRegisterUrl(g.id, date, 'AM')}">Take/Amend Register</a></td><td><a href="${takeRegisterUrl(g.id, date, 'PM')}">Take/Amend Register</a></td><td><a href="${manageAttendanceUrl(g.id, mondayOf(date))}">Manage Attendance</a></td></tr>`)}
</tbody></table>`;
  return { title: 'Home', crumbs: ['Home'], content };
}
