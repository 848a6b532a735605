/**
 * Arbor-style weekly roll-call marks grid for a group: a role=grid of divs, two header rows (days
 * spanning AM/PM), icon-only presents. `?virtual=1` renders the virtualised variant: the whole
 * selection is in `aria-rowcount`, but only ~30 row elements exist, recycled on scroll.
 */
import { addDays, mondayOf } from '../../../lib/engine/dates';
import type { DemoPupil } from '../../../lib/demo/types';
import { html, mediumDate, ukDayShort, type Raw } from '../html';
import type { DemoState } from '../state';
import type { ArborPage } from './layout';
import { arborBadges, displayName } from './badges';
import { arborMarkCell } from './marks';

export const VIRTUAL_POOL = 30;
const HEADER_ROWS = 2;

export function gridRoute(group: string, monday: string, virtual = false): string {
  return `/arbor/attendance-ui/marks-grid/group/${group}/week/${monday}${virtual ? '?virtual=1' : ''}`;
}

function groupLabel(state: DemoState, groupId: string): string | null {
  const g = groupId.toLowerCase();
  if (g === 'all') return 'Whole school';
  const y = /^year-(\d+)$/.exec(g);
  if (y) return state.school.groups.some((x) => x.ncYear === Number(y[1])) ? `Year ${y[1]}` : null;
  return state.group(groupId)?.id ?? null;
}

export function gridRowInner(state: DemoState, p: DemoPupil, days: readonly string[]): Raw {
  return html`<span role="gridcell" class="col-name student-name"><a href="/arbor/students-ui/student-attendance/student-id/${p.arborId}">${displayName(p)}</a>${arborBadges(p)} <small>${p.regGroup}</small></span>${days.map(
    (d) => html`<span role="gridcell" data-date="${d}">${arborMarkCell(state.mark(p, d, 'AM'), 'AM')}</span><span role="gridcell">${arborMarkCell(state.mark(p, d, 'PM'), 'PM')}</span>`,
  )}`;
}

export function weekSelection(state: DemoState, groupId: string, week: string) {
  const monday = mondayOf(week);
  const days = state.weekDays(monday).days.filter((d) => state.isSchoolDay(d));
  const pupils = state.pupilsInWeek(groupId, monday);
  return { monday, days, pupils };
}

export function arborMarksGridPage(state: DemoState, groupId: string, week: string, virtual: boolean): ArborPage | null {
  const label = groupLabel(state, groupId);
  if (!label) return null;
  const { monday, days, pupils } = weekSelection(state, groupId, week);
  const prev = addDays(monday, -7);
  const next = addDays(monday, 7);
  const header = html`
    <div role="row" class="mis-grid-header" aria-rowindex="1">
      <span role="columnheader" class="col-name" aria-rowspan="2">Student</span>
      ${days.map((d) => html`<span role="columnheader" class="day" aria-colspan="2">${ukDayShort(d)}</span>`)}
    </div>
    <div role="row" class="mis-grid-header" aria-rowindex="2">
      <span role="columnheader" class="col-name"></span>
      ${days.map(() => html`<span role="columnheader" class="sess">AM</span><span role="columnheader" class="sess">PM</span>`)}
    </div>`;
  const shown = virtual ? pupils.slice(0, VIRTUAL_POOL) : pupils;
  const rows = shown.map(
    (p, i) =>
      html`<div role="row" ${virtual ? html`class="v-row" style="top:${i * 40}px"` : ''} data-student-id="${p.arborId}" ${virtual ? html`data-row-key="${p.arborId}"` : ''} aria-rowindex="${i + 1 + HEADER_ROWS}">${gridRowInner(state, p, days)}</div>`,
  );
  const groupPath = groupId.toLowerCase() === 'all' || /^year-/i.test(groupId) ? groupId.toLowerCase() : (state.group(groupId)?.id ?? groupId);
  const grid = virtual
    ? html`<div class="mis-grid mis-grid--marks" role="grid" aria-label="Roll call marks: ${label}, week commencing ${mediumDate(monday)}" aria-rowcount="${pupils.length + HEADER_ROWS}" data-behaviour="virtual-grid" data-header-rows="${HEADER_ROWS}" data-source="/arbor/rest-v2/marks-grid/group/${groupPath}/week/${monday}">
  ${header}
  <div class="mis-vgrid" role="presentation"><div class="mis-vgrid__spacer" role="presentation" style="height:${pupils.length * 40}px">${rows}</div></div>
</div>`
    : html`<div class="mis-grid mis-grid--marks" role="grid" aria-label="Roll call marks: ${label}, week commencing ${mediumDate(monday)}" aria-rowcount="${pupils.length + HEADER_ROWS}">${header}${rows}</div>`;
  const content = html`
<header class="mis-page-header">
  <h1>Roll Call Marks: ${label}</h1>
  <div class="mis-subtitle">Week commencing ${mediumDate(monday)} · ${pupils.length} students</div>
</header>
<div class="mis-weeknav">
  <a class="mis-btn" href="${gridRoute(groupPath, prev, virtual)}" rel="prev">‹ Previous week</a>
  <strong>w/c ${mediumDate(monday)}</strong>
  <a class="mis-btn" href="${gridRoute(groupPath, next, virtual)}" rel="next">Next week ›</a>
</div>
${days.length === 0 ? html`<div class="mis-banner mis-banner--unsaved">No school sessions this week.</div>` : ''}
<section class="mis-card">${grid}</section>`;
  return { title: `Roll Call Marks: ${label}`, route: `/attendance-ui/marks-grid/group/${groupPath}/week/${monday}${virtual ? '?virtual=1' : ''}`, content };
}

/** The data the virtualised grid fetches: one HTML fragment per row, keyed by student id. */
export function arborGridRows(state: DemoState, groupId: string, week: string): { rows: { key: string; html: string }[] } | null {
  if (!groupLabel(state, groupId)) return null;
  const { days, pupils } = weekSelection(state, groupId, week);
  return { rows: pupils.map((p) => ({ key: String(p.arborId), html: gridRowInner(state, p, days).html })) };
}
