/** Arbor-style take-register page: list view, one row per student, a mark drop-down each. */
import { addDays } from '../../../lib/engine/dates';
import type { Session } from '../../../lib/demo/types';
import { html, longDate, ukDayShort } from '../html';
import type { DemoState } from '../state';
import type { ArborPage } from './layout';
import { arborBadges, displayName } from './badges';
import { arborMarkCell, arborMarkSelect } from './marks';

const TIMES: Record<Session, [string, string]> = { AM: ['08:40', '09:00'], PM: ['13:10', '13:25'] };

export function registerRoute(group: string, date: string, session: Session): string {
  return `/arbor/attendance-ui/register/group/${group}/date/${date}/session/${session}`;
}

export function arborRegisterPage(state: DemoState, groupId: string, date: string, session: Session): ArborPage | null {
  const group = state.group(groupId);
  if (!group) return null;
  const pupils = state.pupilsIn(group.id, date);
  const [start, end] = TIMES[session];
  const schoolDay = state.isSchoolDay(date);
  const past = state.weekDays(addDays(date, -7)).days.filter((d) => state.isSchoolDay(d));
  const other: Session = session === 'AM' ? 'PM' : 'AM';
  const prevDay = state.calendar.days[state.calendar.lastDayOnOrBefore(addDays(date, -1))];
  const nextDay = state.calendar.days[state.calendar.firstDayOnOrAfter(addDays(date, 1))];
  const content = html`
<header class="mis-page-header">
  <h1>Registration: ${group.id} – ${session}</h1>
  <div class="mis-subtitle">${longDate(date)}, ${start} – ${end} · ${group.tutor} · Room ${group.room}</div>
  <div class="mis-toolbar">
    ${prevDay ? html`<a class="mis-btn" href="${registerRoute(group.id, prevDay, session)}">‹ Previous day</a>` : ''}
    <a class="mis-btn" href="${registerRoute(group.id, date, other)}">${other} register</a>
    ${nextDay ? html`<a class="mis-btn" href="${registerRoute(group.id, nextDay, session)}">Next day ›</a>` : ''}
  </div>
</header>
${schoolDay ? '' : html`<div class="mis-banner mis-banner--unsaved">This is not a school day in the school calendar.</div>`}
<section class="mis-card" data-behaviour="register" data-session-start="${date} ${start}:00">
  <div class="mis-banner mis-banner--unsaved" role="status" hidden><strong><span class="count">0</span> unsaved change(s).</strong> Marks are not saved until you click Save Marks.</div>
  <div class="mis-banner mis-banner--saved" role="status" hidden>All marks saved.</div>
  <div class="mis-toolbar" style="margin:0 0 10px">
    <span>List view</span>
    <button type="button" class="mis-btn" data-action="mark-blanks">Mark All Blanks as Present</button>
    <button type="button" class="mis-btn mis-btn--primary" data-action="save" disabled>Save Marks</button>
  </div>
  <div class="mis-grid" role="grid" aria-label="Register" aria-rowcount="${pupils.length + 1}">
    <div role="row" class="mis-grid-header" aria-rowindex="1">
      <span role="columnheader" class="col-name">Student</span>
      <span role="columnheader">Mark</span>
      <span role="columnheader" class="col-narrow">Minutes late</span>
      <span role="columnheader">Note</span>
      <span role="columnheader" class="col-week">Past week</span>
    </div>
    ${pupils.map((p, i) => {
      const mark = state.mark(p, date, session);
      const name = displayName(p);
      return html`<div role="row" data-student-id="${p.arborId}" aria-rowindex="${i + 2}">
      <span role="gridcell" class="col-name student-name"><a href="/arbor/students-ui/student-attendance/student-id/${p.arborId}">${name}</a>${arborBadges(p)}<span class="mis-pill mis-pill--unsaved" hidden>Unsaved</span></span>
      <span role="gridcell">${arborMarkSelect(mark, session, name)}</span>
      <span role="gridcell" class="col-narrow"><input class="mis-input" type="number" min="0" max="240" aria-label="Minutes late" value="${mark?.minutes ?? ''}" data-saved-value="${mark?.minutes ?? ''}"></span>
      <span role="gridcell"><input class="mis-input" type="text" aria-label="Note" value="${mark?.note ?? ''}" data-saved-value="${mark?.note ?? ''}"></span>
      <span role="gridcell" class="col-week"><span class="past-week" aria-label="Past week">${past.map((d) => html`<span title="${ukDayShort(d)} ${session}">${arborMarkCell(state.mark(p, d, session), session)}</span>`)}</span></span>
    </div>`;
    })}
  </div>
</section>`;
  return { title: `Registration: ${group.id} – ${session}`, route: `/attendance-ui/register/group/${group.id}/date/${date}/session/${session}`, content };
}
