/** The demo index (`/`): both demo schools (Arbor style: the secondary; Bromcom style: the primary), their pages, notable pupils, and the LA forms. */
import { mondayOf } from '../../lib/engine/dates';
import type { AttendanceStory, DemoPupil } from '../../lib/demo/types';
import { html, longDate, raw } from './html';
import { htmlReply, redirect, type DemoStates, type Route } from './http';
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

type Site = 'arbor' | 'bromcom';

function notablePupils(state: DemoState, site: Site) {
  const notable = (Object.keys(STORY_LABELS) as AttendanceStory[]).flatMap((story) => {
    const p = state.school.pupils.find((x) => x.stories.includes(story));
    return p ? [{ story, p }] : [];
  });
  const link = (p: DemoPupil) => (site === 'arbor' ? `/arbor/students-ui/student-attendance/student-id/${p.arborId}` : studentDetailsUrl(p.bromcomId));
  return html`<table><thead><tr><th>Story</th><th>Pupil</th><th>Group</th><th>Attendance page</th></tr></thead><tbody>
${notable.map(({ story, p }) => html`<tr><td>${STORY_LABELS[story]}</td><td>${p.legalForename} ${p.legalSurname}</td><td>${p.regGroup}</td><td><a href="${link(p)}">attendance</a></td></tr>`)}
</tbody></table>`;
}

function about(state: DemoState, kind: string) {
  const { school } = state;
  return html`<p><strong>${school.school.name}</strong> (URN ${school.school.urn}, DfE ${school.school.dfeNumber}), a synthetic ${kind}: ${school.pupils.length} invented pupils in ${school.groups.length} registration groups (Years ${school.groups[0]?.ncYear ?? ''}–${school.groups.at(-1)?.ncYear ?? ''}).</p>`;
}

function indexPage({ arbor, bromcom }: DemoStates) {
  const date = arbor.defaultDate();
  const monday = mondayOf(date);
  const bDate = bromcom.defaultDate();
  const bMonday = mondayOf(bDate);
  const g = arbor.school.groups[0]?.id ?? '7RB';
  const bg = bromcom.school.groups[0]?.id ?? '1MP';
  return html`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Attendance Lens demo: two schools</title><style>${raw(INDEX_CSS)}</style></head>
<body><main>
<h1>Attendance Lens demo</h1>
<p>Two invented schools, each shown in the style of a different MIS, with marks for ${arbor.school.academicYear} up to <strong>${longDate(arbor.school.asOf)}</strong> (seed ${arbor.school.seed}). Every pupil, name and number here is made up.</p>
<section><h2>Arbor-style pages: ${arbor.school.school.name}</h2>
${about(arbor, 'secondary school')}<ul>
<li><a href="/arbor/home-ui/index">Daily attendance (register list)</a></li>
<li><a href="${registerRoute(g, date, 'AM')}">Take register: ${g} AM, ${longDate(date)}</a></li>
<li><a href="${gridRoute(g, monday)}">Weekly marks grid: ${g}</a></li>
<li><a href="${gridRoute('all', monday, true)}">Whole-school marks grid (virtualised)</a></li>
<li><a href="/arbor/students-ui/student-list">Student list</a></li>
</ul>
<h3>Pupils with a story</h3>${notablePupils(arbor, 'arbor')}
<h3>Registration groups</h3><table><tbody>
${arbor.school.groups.map((gr) => html`<tr><th>${gr.id}</th><td>${gr.tutor}</td><td><a href="${registerRoute(gr.id, date, 'AM')}">AM register</a> · <a href="${registerRoute(gr.id, date, 'PM')}">PM register</a></td><td><a href="${gridRoute(gr.id, monday)}">week grid</a></td></tr>`)}
</tbody></table></section>
<section><h2>Bromcom-style pages: ${bromcom.school.school.name}</h2>
${about(bromcom, 'primary school')}<ul>
<li><a href="${takeRegisterUrl(bg, bDate, 'AM')}">Take register: ${bg} AM, ${longDate(bDate)}</a></li>
<li><a href="${manageAttendanceUrl(bg, bMonday)}">Manage attendance (weekly grid): ${bg}</a></li>
<li><a href="${studentListUrl()}">Student list</a></li>
</ul>
<h3>Pupils with a story</h3>${notablePupils(bromcom, 'bromcom')}
<h3>Classes</h3><table><tbody>
${bromcom.school.groups.map((gr) => html`<tr><th>${gr.id}</th><td>${gr.tutor}</td><td><a href="${takeRegisterUrl(gr.id, bDate, 'AM')}">AM register</a> · <a href="${takeRegisterUrl(gr.id, bDate, 'PM')}">PM register</a></td><td><a href="${manageAttendanceUrl(gr.id, bMonday)}">week grid</a></td></tr>`)}
</tbody></table></section>
<section><h2>Kent Digital Front Door forms (modelled)</h2><p><a href="/forms/">All 11 pathways</a></p></section>
</main><footer>Demo pages for testing Attendance Lens. The MIS pages are modelled on what is publicly known of Arbor and Bromcom and are not their markup; the forms are modelled on Kent's Digital Front Door. Everything here is invented and served only on this computer.</footer></body></html>`;
}

export const indexRoutes: Route[] = [
  { method: 'GET', pattern: /^\/$/, handle: (ctx) => htmlReply(indexPage(ctx.states)) },
  { method: 'GET', pattern: /^\/bromcom\/?$/, handle: () => redirect('/bromcom/Nucleus/UI/Areas/Framework/Home.aspx', 302) },
];
