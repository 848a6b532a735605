/** Bromcom-style Take Register: one session for one tutor group, a table of code selects, posted back. */
import type { Session } from '../../../lib/demo/types';
import { html, ukDate } from '../html';
import { codeMeaning, PICKER_CODES } from '../codes';
import type { DemoState } from '../state';
import { viewState, type BromcomPage } from './layout';
import { TAKE_REGISTER_PATH } from './urls';

export const rowName = (i: number) => `ctl00$cph$gvReg$ctl${String(i + 2).padStart(2, '0')}`;

export function bromcomTakeRegisterPage(state: DemoState, groupId: string, date: string, session: Session, saved: boolean): BromcomPage | null {
  const group = state.group(groupId);
  if (!group) return null;
  const pupils = state.pupilsIn(group.id, date);
  const present = session === 'AM' ? '/' : '\\';
  const content = html`
<form id="aspnetForm" method="post" action="${TAKE_REGISTER_PATH}?TutorGroup=${group.id}&amp;Date=${ukDate(date)}&amp;Session=${session}">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${viewState(group.id + date + session)}">
<input type="hidden" name="__EVENTTARGET" value="">
<input type="hidden" name="ctl00$cph$hfTutorGroup" value="${group.id}">
<input type="hidden" name="ctl00$cph$hfDate" value="${ukDate(date)}">
<input type="hidden" name="ctl00$cph$hfSession" value="${session}">
<div class="page-title">Take Register</div>
<div class="filters"><button type="button" class="bc-settings">Settings ▾</button>
  <label>Tutor Group:</label><span id="lblGroup">${group.id}</span> &nbsp;
  <label>Date:</label><span id="lblDate">${ukDate(date)}</span> &nbsp;
  <label>Period:</label><span id="lblPeriod">${session}</span> &nbsp;
  <label>Tutor:</label><span>${group.tutor}</span></div>
${saved ? html`<div class="bc-msg bc-msg-ok" role="status">Register saved successfully.</div>` : ''}
${state.isSchoolDay(date) ? '' : html`<div class="bc-msg bc-msg-warn">The selected date is not a school day.</div>`}
<div id="bc-unsaved" class="bc-msg bc-msg-warn" role="status" hidden>You have <b>0</b> unsaved change(s). Click Save to keep them.</div>
<p><input type="button" id="btnAllPresent" class="bc-btn" value="All Present"> <input type="submit" name="ctl00$cph$btnSave" class="bc-btn bc-btn-save" value="Save"></p>
<table class="att-register" id="ctl00_cph_gvReg">
<thead><tr><th>Student Name</th><th>Adm No</th><th>Reg</th><th>${session}</th><th>Mins Late</th><th>Comment</th></tr></thead>
<tbody>
${pupils.map((p, i) => {
  const m = state.mark(p, date, session);
  const code = m?.code ?? '';
  const opt = (v: string, text: string) => html`<option value="${v}"${v === code ? html` selected` : ''}>${text}</option>`;
  const name = rowName(i);
  return html`<tr data-studentid="${p.bromcomId}">
<td>${p.legalSurname}, ${p.preferredForename}<input type="hidden" name="${name}$hfStudentID" value="${p.bromcomId}"></td>
<td>${p.admissionNumber}</td><td>${p.regGroup}</td>
<td><select class="att-mark" name="${name}$ddlMark" data-present="${present}">${opt('', '')}${opt(present, `${present} Present`)}${opt('L', 'L Late (before reg closed)')}${PICKER_CODES.map((c) => opt(c, `${c} ${codeMeaning(c)}`))}</select></td>
<td><input class="att-late" name="${name}$txtLate" size="3" value="${m?.minutes ?? ''}"></td>
<td><input class="att-comment" name="${name}$txtComment" size="24" value="${m?.note ?? ''}"></td>
</tr>`;
})}
</tbody></table>
</form>`;
  return { title: `Take Register - ${group.id} - ${ukDate(date)} ${session}`, crumbs: ['Modules', 'Attendance', 'Registers', 'Take Register'], content };
}
