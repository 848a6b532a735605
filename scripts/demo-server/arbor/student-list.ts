/** Arbor-style student list: a role=grid of divs with characteristics as badges and columns. */
import { html, mediumDate } from '../html';
import type { DemoState } from '../state';
import type { ArborPage } from './layout';
import { displayName } from './badges';

export function arborStudentListPage(state: DemoState, groupId: string | null): ArborPage | null {
  const group = groupId ? state.group(groupId) : undefined;
  if (groupId && !group) return null;
  const pupils = state.pupilsIn(group?.id ?? 'all', state.asOf);
  const yes = (b: boolean) => (b ? 'Yes' : 'No');
  const content = html`
<header class="mis-page-header">
  <h1>Students${group ? html`: ${group.id}` : ''}</h1>
  <div class="mis-subtitle">${pupils.length} students on roll · ${mediumDate(state.asOf)}</div>
  <div class="mis-toolbar">
    <a class="mis-btn" href="/arbor/students-ui/student-list">All</a>
    ${state.school.groups.map((g) => html`<a class="mis-btn" href="/arbor/students-ui/student-list/group/${g.id}">${g.id}</a>`)}
  </div>
</header>
<section class="mis-card">
<div class="mis-grid mis-grid--students" role="grid" aria-label="Students" aria-rowcount="${pupils.length + 1}">
  <div role="row" class="mis-grid-header" aria-rowindex="1">
    <span role="columnheader" class="col-name">Student</span>
    <span role="columnheader" class="col-upn">UPN</span>
    <span role="columnheader" class="col-dob">Date of Birth</span>
    <span role="columnheader" class="col-narrow">Year</span>
    <span role="columnheader" class="col-narrow">Form</span>
    <span role="columnheader" class="col-narrow">FSM</span>
    <span role="columnheader" class="col-sen">SEN</span>
    <span role="columnheader" class="col-narrow">EAL</span>
    <span role="columnheader" class="col-narrow">CiC</span>
  </div>
  ${pupils.map(
    (p, i) => html`<div role="row" data-student-id="${p.arborId}" aria-rowindex="${i + 2}">
    <span role="gridcell" class="col-name student-name"><a href="/arbor/students-ui/student-attendance/student-id/${p.arborId}">${displayName(p)}</a></span>
    <span role="gridcell" class="col-upn">${p.upn}</span>
    <span role="gridcell" class="col-dob">${mediumDate(p.dob)}</span>
    <span role="gridcell" class="col-narrow">Year ${p.ncYear}</span>
    <span role="gridcell" class="col-narrow">${p.regGroup}</span>
    <span role="gridcell" class="col-narrow">${yes(p.fsm)}</span>
    <span role="gridcell" class="col-sen">${p.sen === 'ehcp' ? 'EHC Plan' : p.sen === 'support' ? 'SEN Support' : 'No'}</span>
    <span role="gridcell" class="col-narrow">${yes(p.eal)}</span>
    <span role="gridcell" class="col-narrow">${yes(p.cic)}</span>
  </div>`,
  )}
</div>
</section>`;
  return { title: group ? `Students: ${group.id}` : 'Students', route: `/students-ui/student-list${group ? `/group/${group.id}` : ''}`, content };
}
