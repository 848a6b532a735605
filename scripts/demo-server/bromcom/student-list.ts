/** Bromcom-style Student List: a Telerik-like master table with flag columns (Y/N, SEN K/E/N). */
import { html, ukDate } from '../html';
import { summarise } from '../codes';
import type { DemoState } from '../state';
import { codesUpTo } from '../weeks';
import type { BromcomPage } from './layout';
import { STUDENT_LIST_PATH, studentDetailsUrl } from './urls';

export function bromcomStudentListPage(state: DemoState, groupId: string | null): BromcomPage | null {
  const group = groupId ? state.group(groupId) : undefined;
  if (groupId && !group) return null;
  const pupils = state.pupilsIn(group?.id ?? 'all', state.asOf);
  const yn = (b: boolean) => (b ? 'Y' : 'N');
  const content = html`
<div class="page-title">Student List</div>
<form method="get" action="${STUDENT_LIST_PATH}" class="filters">
  <label for="ddlTutorGroup">Tutor Group:</label>
  <select id="ddlTutorGroup" name="TutorGroup"><option value="">(All)</option>${state.school.groups.map((g) => html`<option value="${g.id}"${g.id === group?.id ? html` selected` : ''}>${g.id}</option>`)}</select>
  <input type="submit" class="bc-btn" value="Search"> &nbsp; ${pupils.length} record(s)
</form>
<table class="rgMasterTable" id="ctl00_cph_rgStudents">
<thead><tr><th>Name</th><th>Adm No</th><th>UPN</th><th>DOB</th><th>Gender</th><th>Year Group</th><th>Tutor Group</th><th>FSM</th><th>SEN Status</th><th>EAL</th><th>In Care</th><th>Present %</th></tr></thead>
<tbody>
${pupils.map((p) => {
  const s = summarise(codesUpTo(state, p, state.asOf));
  return html`<tr data-studentid="${p.bromcomId}"><td><a href="${studentDetailsUrl(p.bromcomId)}">${p.legalSurname}, ${p.preferredForename}</a></td><td>${p.admissionNumber}</td><td>${p.upn}</td><td>${ukDate(p.dob)}</td><td>${p.sex}</td><td>Year ${p.ncYear}</td><td>${p.regGroup}</td><td>${yn(p.fsm)}</td><td>${p.sen === 'ehcp' ? 'E' : p.sen === 'support' ? 'K' : 'N'}</td><td>${yn(p.eal)}</td><td>${yn(p.cic)}</td><td>${s.percentage === null ? '' : s.percentage.toFixed(1)}</td></tr>`;
})}
</tbody></table>`;
  return { title: 'Student List', crumbs: ['People', 'Student List'], content };
}
