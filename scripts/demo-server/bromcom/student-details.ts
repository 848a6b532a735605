/**
 * Bromcom-style Student Details, Attendance tab: highlights ("Sessions absent 16/94"), then an
 * attendance certificate — header block, one row per week beginning, a cell per weekday holding
 * the AM then the PM mark ("herringbone"), a summary table and a code key.
 */
import type { Session } from '../../../lib/demo/types';
import { html, ukDate } from '../html';
import { codeMeaning, summarise } from '../codes';
import type { DemoState } from '../state';
import { certificateWeeks, codesUpTo } from '../weeks';
import type { BromcomPage } from './layout';

export function bromcomStudentDetailsPage(state: DemoState, bromcomId: number): BromcomPage | null {
  const p = state.pupilByBromcomId(bromcomId);
  if (!p) return null;
  const to = p.leavingDate && p.leavingDate < state.asOf ? p.leavingDate : state.asOf;
  const weeks = certificateWeeks(state, p, to);
  const codes = codesUpTo(state, p, to);
  const s = summarise(codes);
  const absent = s.authorised + s.unauthorised;
  const absentPct = s.possible ? ((100 * absent) / s.possible).toFixed(2) : '0.00';
  const presentPct = s.possible ? ((100 * (s.present + s.aea)) / s.possible).toFixed(2) : '0.00';
  const from = weeks[0]?.days.find((d) => d.school && d.onRoll)?.date ?? to;
  const used = [...new Set(codes)].sort();
  const count = (c: string) => codes.filter((x) => x === c).length;
  const content = html`
<div class="page-title">Student Details</div>
<div class="bc-panel"><div class="bc-panel-body" style="display:flex;gap:14px;align-items:center">
  <div style="width:48px;height:60px;background:#ccc;text-align:center;line-height:60px">Photo</div>
  <div><div style="font-size:15px;font-weight:bold" id="lblStudentName">${p.legalSurname}, ${p.legalForename}${p.preferredForename !== p.legalForename ? ` (${p.preferredForename})` : ''}</div>
  <div>Adm No: ${p.admissionNumber} &nbsp; Tutor Group: ${p.regGroup} &nbsp; Year: Year ${p.ncYear}</div></div>
</div></div>
<div class="bc-tabs" role="tablist"><span role="tab">Profile</span><span role="tab" class="active" aria-selected="true">Attendance</span><span role="tab">Contacts</span><span role="tab">Behaviour</span><span role="tab">Assessment</span></div>
<div class="bc-panel"><h3>Attendance Highlights</h3><div class="bc-panel-body bc-highlights">
  <div><span>Sessions absent</span><b>${absent}/${s.possible}</b></div>
  <div><span>Absent percentage</span><b>${absentPct}%</b></div>
  <div><span>Present percentage</span><b>${presentPct}%</b></div>
  <div><span>Lates (L)</span><b>${s.late}</b></div>
</div></div>
<div class="bc-panel"><h3>Attendance Certificate</h3><div class="bc-panel-body">
<dl class="cert-head">
  <dt>Legal Name</dt><dd>${[p.legalForename, p.middleNames, p.legalSurname].filter(Boolean).join(' ')}</dd>
  <dt>Date of Birth</dt><dd>${ukDate(p.dob)}</dd>
  <dt>UPN</dt><dd>${p.upn}</dd>
  <dt>Admission No</dt><dd>${p.admissionNumber}</dd>
  <dt>Tutor Group</dt><dd>${p.regGroup}</dd>
  <dt>Year Group</dt><dd>Year ${p.ncYear}</dd>
  <dt>Date Range</dt><dd>${ukDate(from)} - ${ukDate(to)}</dd>
  <dt>School</dt><dd>${state.school.school.name}</dd>
</dl>
<table class="cert" summary="Attendance marks by week">
<thead><tr><th>Week Beginning</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th></tr></thead>
<tbody>
${weeks.map((w) => html`<tr><td style="font-family:inherit">${ukDate(w.monday)}</td>${w.days.map((d) =>
  !d.school || !d.onRoll
    ? html`<td class="nsd"></td>`
    : html`<td>${(['AM', 'PM'] as Session[]).map((sess) => html`<span class="${sess.toLowerCase()}">${state.mark(p, d.date, sess)?.code ?? '-'}</span>`)}</td>`,
)}</tr>`)}
</tbody></table>
<table class="cert" style="margin-top:8px"><tbody>
<tr><th>Possible Sessions</th><td>${s.possible}</td><th>Present</th><td>${s.present}</td><th>Approved Educational Activity</th><td>${s.aea}</td></tr>
<tr><th>Authorised Absences</th><td>${s.authorised}</td><th>Unauthorised Absences</th><td>${s.unauthorised}</td><th>Attendance %</th><td>${presentPct}</td></tr>
<tr><th>Late before registers closed (L)</th><td>${count('L')}</td><th>Late after registers closed (U)</th><td>${count('U')}</td><th></th><td></td></tr>
</tbody></table>
<p><b>Key:</b> ${used.map((c, i) => html`${i ? '; ' : ''}<span>${c} = ${codeMeaning(c)}</span>`)}</p>
</div></div>
<div class="bc-panel"><h3>Contacts</h3><div class="bc-panel-body">
<table class="rgMasterTable"><thead><tr><th>Priority</th><th>Name</th><th>Relationship</th><th>Parental Responsibility</th><th>Lives With Student</th><th>Telephone</th><th>Email</th><th>Address</th></tr></thead><tbody>
${p.carers.map((c) => html`<tr><td>${c.priority}</td><td>${c.title} ${c.forename} ${c.surname}</td><td>${c.relationship}</td><td>${c.parentalResponsibility ? 'Yes' : 'No'}</td><td>${c.livesWithPupil ? 'Yes' : 'No'}</td><td>${c.phone}</td><td>${c.email}</td><td>${[c.address.line1, c.address.line2, c.address.town, c.address.postcode].filter(Boolean).join(', ')}</td></tr>`)}
</tbody></table></div></div>`;
  return { title: `Student Details - ${p.legalSurname}, ${p.legalForename}`, crumbs: ['People', 'Students', 'Student Details'], content };
}
