/** The demo index (`/`): links to every page of both MIS styles, the LA forms and notable pupils. */
import { mondayOf } from '../../lib/engine/dates';
import type { AttendanceStory } from '../../lib/demo/types';
import { html, longDate, raw } from './html';
import { htmlReply, redirect, type Route } from './http';
import type { DemoState } from './state';
import { registerRoute } from './arbor/register';
import { gridRoute } from './arbor/marks-grid';
import { manageAttendanceUrl, studentDetailsUrl, studentListUrl, takeRegisterUrl } from './bromcom/urls';

const STORY_LABELS: Partial<Record<AttendanceStory, string>> = {
  severe: 'Severe absence (50%+)',
  'part-time-timetable': 'Part-time timetable (C2)',
  'missing-education': 'Ongoing unexplained absence (O/N run)',
  'long-illness': 'Long illness (16 days I)',
  suspended: 'Suspension (E)',
  holiday: 'Term-time holiday (G)',
  joiner: 'Mid-year joiner',
  leaver: 'Leaver',
};

const INDEX_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#fafafa;color:#222}
main{max-width:1000px;margin:0 auto;padding:24px}h1{margin-top:0}section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 18px;margin:14px 0}
table{border-collapse:collapse}td,th{padding:3px 10px;border-bottom:1px solid #eee;text-align:left}footer{font-size:12px;color:#666;padding:12px 24px}`;

function indexPage(state: DemoState) {
  const { school } = state;
  const date = state.defaultDate();
  const monday = mondayOf(date);
  const g = school.groups[0]?.id ?? '7RB';
  const notable = (Object.keys(STORY_LABELS) as AttendanceStory[]).flatMap((story) => {
    const p = school.pupils.find((x) => x.stories.includes(story));
    return p ? [{ story, p }] : [];
  });
  return html`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Attendance Lens demo: ${school.school.name}</title><style>${raw(INDEX_CSS)}</style></head>
<body><main>
<h1>Attendance Lens demo</h1>
<p><strong>${school.school.name}</strong> (DfE ${school.school.dfeNumber}), a synthetic secondary school: ${school.pupils.length} invented pupils in ${school.groups.length} registration groups, marks for ${school.academicYear} up to <strong>${longDate(school.asOf)}</strong> (seed ${school.seed}).</p>
<section><h2>Arbor-style pages</h2><ul>
<li><a href="/arbor/home-ui/index">Daily attendance (register list)</a></li>
<li><a href="${registerRoute(g, date, 'AM')}">Take register: ${g} AM, ${longDate(date)}</a></li>
<li><a href="${gridRoute(g, monday)}">Weekly marks grid: ${g}</a></li>
<li><a href="${gridRoute('all', monday, true)}">Whole-school marks grid (virtualised)</a></li>
<li><a href="/arbor/students-ui/student-list">Student list</a></li>
</ul></section>
<section><h2>Bromcom-style pages</h2><ul>
<li><a href="${takeRegisterUrl(g, date, 'AM')}">Take register: ${g} AM, ${longDate(date)}</a></li>
<li><a href="${manageAttendanceUrl(g, monday)}">Manage attendance (weekly grid): ${g}</a></li>
<li><a href="${studentListUrl()}">Student list</a></li>
</ul></section>
<section><h2>Kent Digital Front Door forms (modelled)</h2><p><a href="/forms/">All 11 pathways</a></p></section>
<section><h2>Pupils with a story</h2><table><thead><tr><th>Story</th><th>Pupil</th><th>Group</th><th>Arbor</th><th>Bromcom</th></tr></thead><tbody>
${notable.map(({ story, p }) => html`<tr><td>${STORY_LABELS[story]}</td><td>${p.legalForename} ${p.legalSurname}</td><td>${p.regGroup}</td>
<td><a href="/arbor/students-ui/student-attendance/student-id/${p.arborId}">attendance</a></td><td><a href="${studentDetailsUrl(p.bromcomId)}">attendance</a></td></tr>`)}
</tbody></table></section>
<section><h2>Registration groups</h2><table><tbody>
${school.groups.map((gr) => html`<tr><th>${gr.id}</th><td>${gr.tutor}</td><td><a href="${registerRoute(gr.id, date, 'AM')}">Arbor AM</a> · <a href="${registerRoute(gr.id, date, 'PM')}">Arbor PM</a></td><td><a href="${takeRegisterUrl(gr.id, date, 'AM')}">Bromcom AM</a> · <a href="${takeRegisterUrl(gr.id, date, 'PM')}">Bromcom PM</a></td><td><a href="${manageAttendanceUrl(gr.id, monday)}">week grid</a></td></tr>`)}
</tbody></table></section>
</main><footer>Demo pages for testing Attendance Lens. The MIS pages are modelled on what is publicly known of Arbor and Bromcom and are not their markup; the forms are modelled on Kent's Digital Front Door. Everything here is invented and served only on this computer.</footer></body></html>`;
}

export const indexRoutes: Route[] = [
  { method: 'GET', pattern: /^\/$/, handle: (ctx) => htmlReply(indexPage(ctx.state)) },
  { method: 'GET', pattern: /^\/bromcom\/?$/, handle: () => redirect('/bromcom/Nucleus/UI/Areas/Framework/Home.aspx', 302) },
];
