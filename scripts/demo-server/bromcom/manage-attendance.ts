/**
 * Bromcom-style Manage Attendance: a tutor group's week, with a frozen name table beside a scrolling
 * table of editable code boxes (two header rows: dates spanning AM/PM). Rows of the two tables line
 * up by position only; input names are opaque WebForms names.
 */
import { addDays, mondayOf } from '../../../lib/engine/dates';
import type { Session } from '../../../lib/demo/types';
import { html, ukDate, ukDayShort } from '../html';
import type { DemoState } from '../state';
import { viewState, type BromcomPage } from './layout';
import { MANAGE_ATTENDANCE_PATH, manageAttendanceUrl } from './urls';

export function weekColumns(monday: string): { date: string; session: Session }[] {
  return [0, 1, 2, 3, 4].flatMap((i) => (['AM', 'PM'] as Session[]).map((session) => ({ date: addDays(monday, i), session })));
}

export function bromcomManageAttendancePage(state: DemoState, groupId: string, week: string, saved: boolean): BromcomPage | null {
  const group = state.group(groupId);
  if (!group) return null;
  const monday = mondayOf(week);
  const pupils = state.pupilsInWeek(group.id, monday);
  const cols = weekColumns(monday);
  const days = [0, 1, 2, 3, 4].map((i) => addDays(monday, i));
  const weeks: string[] = [];
  const first = state.school.calendar.terms[0]?.start;
  const last = state.school.calendar.terms[state.school.calendar.terms.length - 1]?.end;
  if (first && last) for (let m = mondayOf(first); m <= last; m = addDays(m, 7)) weeks.push(m);
  const content = html`
<form id="aspnetForm" method="post" action="${MANAGE_ATTENDANCE_PATH}?TutorGroup=${group.id}&amp;WeekStart=${ukDate(monday)}">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${viewState(group.id + monday)}">
<input type="hidden" name="ctl00$cph$hfColumns" value="${cols.map((c) => `${ukDate(c.date)}|${c.session}`).join(',')}">
<div class="page-title">Select Student Attendance</div>
<div class="filters"><button type="button" class="bc-settings">Settings ▾</button>
  <label>Tutor Group:</label><span>${group.id}</span> &nbsp;
  <label>Week:</label><span id="lblWeek">${ukDate(monday)}</span> &nbsp;
  <a href="${manageAttendanceUrl(group.id, addDays(monday, -7))}">« Previous Week</a> |
  <a href="${manageAttendanceUrl(group.id, addDays(monday, 7))}">Next Week »</a>
</div>
${saved ? html`<div class="bc-msg bc-msg-ok" role="status">Attendance saved successfully.</div>` : ''}
<div id="bc-unsaved" class="bc-msg bc-msg-warn" role="status" hidden>You have <b>0</b> unsaved change(s). Click Save to keep them.</div>
<p><input type="submit" name="ctl00$cph$btnSave" class="bc-btn bc-btn-save" value="Save"></p>
<div class="bc-split">
<div class="bc-frozen">
<table class="att-names" id="ctl00_cph_grdNames">
<thead><tr><th rowspan="2" style="height:52px">Name</th><th rowspan="2">Adm No</th></tr><tr></tr></thead>
<tbody>${pupils.map((p) => html`<tr data-studentid="${p.bromcomId}"><td>${p.legalSurname}, ${p.preferredForename}</td><td>${p.admissionNumber}</td></tr>`)}</tbody>
</table>
</div>
<div class="bc-scroll">
<table class="att-grid" id="ctl00_cph_grd">
<thead>
<tr>${days.map((d) => html`<th colspan="2"${state.isSchoolDay(d) ? '' : html` class="att-closed" title="Non-school day"`}>${ukDayShort(d)}</th>`)}</tr>
<tr>${cols.map((c, ci) => html`<th data-col="${ci}">${c.session}</th>`)}</tr>
</thead>
<tbody>
${pupils.map((p, r) => html`<tr class="${r % 2 ? 'rgAltRow' : 'rgRow'}" id="ctl00_cph_grd_ctl00__${r}">${cols.map((c, ci) => {
  const name = `ctl00$cph$grd$r${r}$c${ci}`;
  // WebForms keeps the row's key in a hidden field inside the first cell.
  const key = ci === 0 ? html`<input type="hidden" name="ctl00$cph$grd$r${r}$sid" value="${p.bromcomId}">` : '';
  if (!state.isSchoolDay(c.date)) return html`<td class="att-closed">${key}<input class="att-cell" name="${name}" value="" disabled title="School closed" data-col="${ci}"></td>`;
  if (!state.onRoll(p, c.date)) return html`<td class="att-closed">${key}<input class="att-cell" name="${name}" value="" disabled title="Not on roll" data-col="${ci}"></td>`;
  return html`<td>${key}<input class="att-cell" name="${name}" maxlength="3" value="${state.mark(p, c.date, c.session)?.code ?? ''}" data-col="${ci}"></td>`;
})}</tr>`)}
</tbody>
</table>
</div>
</div>
</form>
<form method="get" action="${MANAGE_ATTENDANCE_PATH}" class="filters" style="margin-top:8px">
<input type="hidden" name="TutorGroup" value="${group.id}">
<label for="ddlWeek">Go to week:</label>
<select id="ddlWeek" name="WeekStart">${weeks.map((m) => html`<option value="${ukDate(m)}"${m === monday ? html` selected` : ''}>${ukDate(m)}</option>`)}</select>
<input type="submit" class="bc-btn" value="Go">
</form>`;
  return { title: `Manage Attendance - ${group.id} - w/b ${ukDate(monday)}`, crumbs: ['Modules', 'Attendance', 'Manage Attendance'], content };
}
