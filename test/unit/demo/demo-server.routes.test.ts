import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { startDemoServer, type DemoServer } from '../../../scripts/demo-server';
import { PATHWAYS } from '../../../scripts/demo-server/forms/pathways';

const AS_OF = '2026-11-23';
let server: DemoServer;

beforeAll(async () => {
  server = await startDemoServer({ port: 0, seed: 1, asOf: AS_OF });
});
afterAll(async () => {
  await server.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, server.url), { headers, redirect: 'manual' });
const doc = async (path: string) => {
  const res = await get(path);
  expect(res.status, path).toBe(200);
  return parseHTML(await res.text()).document;
};
const onRoll = (group: string, date: string, school = server.schools.arbor) =>
  school.pupils.filter((p) => p.regGroup === group && p.admissionDate <= date && (p.leavingDate === null || date <= p.leavingDate));

describe('demo server: pages', () => {
  it('binds to 127.0.0.1 on the port it was given (0 = any free port)', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves an index linking both styles and the forms', async () => {
    const d = await doc('/');
    const hrefs = [...d.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((h) => h.startsWith('/arbor/attendance-ui/register/'))).toBe(true);
    expect(hrefs.some((h) => h.startsWith('/bromcom/Nucleus/UI/Areas/Attendance/TakeRegister.aspx'))).toBe(true);
    expect(hrefs).toContain('/forms/');
    expect(d.body.textContent).toContain('Hawkridge Academy (demo)');
    expect(d.body.textContent).toContain('Foxhole Down Primary School (demo)');
  });

  it('serves two different schools, one per style: no shared name, URN, UPN, DOB-and-name, group or year group', async () => {
    const { arbor, bromcom } = server.schools;
    expect(arbor.school.name).not.toBe(bromcom.school.name);
    expect(arbor.school.urn).not.toBe(bromcom.school.urn);
    const names = new Set(arbor.pupils.map((p) => `${p.legalForename} ${p.legalSurname}`));
    expect(bromcom.pupils.filter((p) => names.has(`${p.legalForename} ${p.legalSurname}`))).toEqual([]);
    const upns = new Set(arbor.pupils.map((p) => p.upn));
    expect(bromcom.pupils.filter((p) => upns.has(p.upn))).toEqual([]);
    const dobs = new Set(arbor.pupils.map((p) => p.dob));
    expect(bromcom.pupils.filter((p) => dobs.has(p.dob))).toEqual([]);
    const groups = new Set(arbor.groups.map((g) => g.id));
    expect(bromcom.groups.filter((g) => groups.has(g.id))).toEqual([]);
    const years = new Set(arbor.groups.map((g) => g.ncYear));
    expect(bromcom.groups.filter((g) => years.has(g.ncYear))).toEqual([]);
    // Each style's pages show its own school.
    expect((await doc('/arbor/home-ui/index')).body.textContent).toContain(arbor.school.name);
    expect((await doc('/bromcom/Nucleus/UI/Areas/Framework/Home.aspx')).body.textContent).toContain(bromcom.school.name);
    expect((await get(`/arbor/attendance-ui/register/group/${bromcom.groups[0]!.id}/date/${AS_OF}/session/AM`)).status).toBe(404);
    expect((await get(`/bromcom/Nucleus/UI/Areas/Attendance/TakeRegister.aspx?TutorGroup=7RB&Date=23/11/2026&Session=AM`)).status).toBe(404);
  });

  it('Arbor register lists exactly the group on roll, one mark drop-down each, with the date and session in the heading', async () => {
    const d = await doc(`/arbor/attendance-ui/register/group/7RB/date/${AS_OF}/session/AM`);
    expect(d.querySelector('h1')?.textContent).toBe('Registration: 7RB – AM');
    expect(d.querySelector('.mis-subtitle')?.textContent).toContain('Mon 23 Nov 2026');
    const rows = [...d.querySelectorAll('[role=grid] [role=row][data-student-id]')];
    const expected = onRoll('7RB', AS_OF);
    expect(rows.map((r) => Number(r.getAttribute('data-student-id'))).sort()).toEqual(expected.map((p) => p.arborId).sort());
    expect(rows.every((r) => r.querySelectorAll('select').length === 1)).toBe(true);
    expect(d.querySelector('footer')?.textContent).toContain("Modelled on Arbor's register pages for testing; not Arbor's markup");
  });

  it('Arbor answers SPA navigation with a JSON fragment of the same page', async () => {
    const group = server.school.groups[2]!.id;
    const res = await get(`/arbor/students-ui/student-list/group/${group}`, { 'X-Requested-With': 'mis-spa' });
    expect(res.status).toBe(200);
    const page = (await res.json()) as { title: string; route: string; html: string };
    expect(page.route).toBe(`/students-ui/student-list/group/${group}`);
    expect(page.html).toContain('role="grid"');
    expect(page.html).not.toContain('<html');
  });

  it('Arbor marks grid shows icon-only presents and a virtual variant with 30 rows of the whole school', async () => {
    const d = await doc(`/arbor/attendance-ui/marks-grid/group/7RB/week/${AS_OF}`);
    const ticks = [...d.querySelectorAll('[role=gridcell] .mis-icon--tick')];
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.every((t) => t.textContent === '' && /^Present (AM|PM)$/.test(t.getAttribute('aria-label') ?? ''))).toBe(true);
    const v = await doc(`/arbor/attendance-ui/marks-grid/group/all/week/${AS_OF}?virtual=1`);
    const grid = v.querySelector('[role=grid]')!;
    const onRollWeek = server.state.pupilsInWeek('all', '2026-11-23').length;
    expect(Number(grid.getAttribute('aria-rowcount'))).toBe(onRollWeek + 2);
    expect(v.querySelectorAll('.mis-vgrid [role=row]').length).toBe(30);
    const data = (await (await get(grid.getAttribute('data-source')!)).json()) as { rows: unknown[] };
    expect(data.rows.length).toBe(onRollWeek);
  });

  it('Arbor and Bromcom pupil pages name one pupil and show a row per school week', async () => {
    const p = server.schools.arbor.pupils[0]!;
    const a = await doc(`/arbor/students-ui/student-attendance/student-id/${p.arborId}`);
    expect(a.querySelector('h1')?.textContent).toContain(p.legalSurname);
    expect(a.body.textContent).toContain(p.upn);
    const q = server.schools.bromcom.pupils[0]!;
    const b = await doc(`/bromcom/Nucleus/UI/Areas/Students/StudentDetails.aspx?StudentIDs=${q.bromcomId}`);
    expect(b.querySelector('#lblStudentName')?.textContent).toContain(`${q.legalSurname}, ${q.legalForename}`);
    expect(b.body.textContent).toContain(q.upn);
    const weeks = b.querySelector('table.cert')!.querySelectorAll('tbody tr');
    expect(weeks.length).toBe(a.querySelectorAll('table.mis-table tbody tr').length);
    expect(weeks.length).toBeGreaterThan(8);
    expect(b.querySelector('#bc-footer')?.textContent).toContain("Modelled on Bromcom's attendance pages for testing; not Bromcom's markup");
  });

  it('pupil lists in both styles carry UPN, DOB, year, group and characteristics for every pupil on roll', async () => {
    const onRollNow = (school: typeof server.school) => school.pupils.filter((p) => p.leavingDate === null || p.leavingDate >= AS_OF).filter((p) => p.admissionDate <= AS_OF);
    const a = await doc('/arbor/students-ui/student-list');
    expect(a.querySelectorAll('[role=grid] [role=row][data-student-id]').length).toBe(onRollNow(server.schools.arbor).length);
    const b = await doc('/bromcom/Nucleus/UI/Areas/People/StudentList.aspx');
    const rows = [...b.querySelectorAll('table.rgMasterTable tbody tr')];
    const primary = onRollNow(server.schools.bromcom);
    expect(rows.length).toBe(primary.length);
    const headers = [...b.querySelectorAll('table.rgMasterTable thead th')].map((th) => th.textContent);
    expect(headers).toEqual(expect.arrayContaining(['UPN', 'DOB', 'Year Group', 'Tutor Group', 'FSM', 'SEN Status', 'EAL', 'In Care']));
    const p = primary.find((x) => x.cic) ?? primary[0]!;
    const row = rows.find((r) => r.getAttribute('data-studentid') === String(p.bromcomId))!;
    expect(row.textContent).toContain(p.upn);
  });

  it('Bromcom weekly grid keeps names in a frozen table beside the marks, rows aligned by position', async () => {
    const d = await doc('/bromcom/Nucleus/UI/Areas/Attendance/ManageAttendance.aspx?TutorGroup=2OS&WeekStart=16/11/2026');
    const names = d.querySelectorAll('table.att-names tbody tr');
    const marks = d.querySelectorAll('table.att-grid tbody tr');
    expect(names.length).toBe(marks.length);
    expect(names.length).toBe(onRoll('2OS', '2026-11-16', server.schools.bromcom).length);
    expect(names.length).toBeGreaterThan(25);
    expect(d.querySelectorAll('table.att-grid thead tr:nth-child(2) th').length).toBe(10);
  });

  it('answers 404 for unknown routes, groups and pupils', async () => {
    expect((await get('/nope')).status).toBe(404);
    expect((await get(`/arbor/attendance-ui/register/group/ZZZ/date/${AS_OF}/session/AM`)).status).toBe(404);
    expect((await get('/arbor/students-ui/student-attendance/student-id/1')).status).toBe(404);
    expect((await get('/bromcom/Nucleus/UI/Areas/Attendance/TakeRegister.aspx?TutorGroup=2OS&Date=31/02/2026&Session=AM')).status).toBe(404);
    expect((await get('/forms/kent/no-such-pathway')).status).toBe(404);
  });
});

describe('demo server: saving marks', () => {
  it('Arbor Save (JSON POST) persists for the server lifetime', async () => {
    const p = onRoll('7RB', AS_OF)[0]!;
    const res = await fetch(new URL('/arbor/rest-v2/attendance-registration', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ request: { marks: [{ student: p.arborId, attendanceMark: 'M', sessionStartTime: `${AS_OF} 13:10:00` }] } }),
    });
    expect(res.status).toBe(200);
    const d = await doc(`/arbor/attendance-ui/register/group/7RB/date/${AS_OF}/session/PM`);
    const row = d.querySelector(`[role=row][data-student-id="${p.arborId}"]`)!;
    expect(row.querySelector('option[selected]')?.getAttribute('value')).toBe('M');
    expect(row.querySelector('select')?.getAttribute('data-saved-value')).toBe('M');
  });

  it('Arbor Save rejects malformed requests', async () => {
    const res = await fetch(new URL('/arbor/rest-v2/attendance-registration', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ request: { marks: [{ student: 1, attendanceMark: 'H', sessionStartTime: 'today' }] } }),
    });
    expect(res.status).toBe(400);
  });

  it('Bromcom Save (form POST) stores changed cells and redirects back with Saved=1', async () => {
    const path = '/bromcom/Nucleus/UI/Areas/Attendance/ManageAttendance.aspx?TutorGroup=2OS&WeekStart=16/11/2026';
    const d = await doc(path);
    const form = new URLSearchParams();
    for (const el of d.querySelectorAll('form#aspnetForm input[name]')) {
      if (el.hasAttribute('disabled') || el.getAttribute('type') === 'submit') continue;
      form.append(el.getAttribute('name')!, el.getAttribute('value') ?? '');
    }
    const first = d.querySelector('table.att-grid tbody tr input.att-cell:not([disabled])')!;
    form.set(first.getAttribute('name')!, 'g');
    const res = await fetch(new URL(path, server.url), { method: 'POST', body: form, redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('Saved=1');
    const after = await doc(res.headers.get('location')!);
    expect(after.querySelector(`input[name="${first.getAttribute('name')}"]`)?.getAttribute('value')).toBe('G');
    expect(after.querySelector('.bc-msg-ok')?.textContent).toContain('saved');
  });

  it('Bromcom take-register Save changes the one register posted', async () => {
    const path = `/bromcom/Nucleus/UI/Areas/Attendance/TakeRegister.aspx?TutorGroup=5HD&Date=23/11/2026&Session=AM`;
    const d = await doc(path);
    const row = d.querySelector('table.att-register tbody tr')!;
    const name = row.querySelector('select')!.getAttribute('name')!;
    const base = name.replace(/\$ddlMark$/, '');
    const body = new URLSearchParams({ [`${base}$hfStudentID`]: row.getAttribute('data-studentid')!, [name]: 'L', [`${base}$txtLate`]: '12' });
    const res = await fetch(new URL(path, server.url), { method: 'POST', body, redirect: 'manual' });
    expect(res.status).toBe(303);
    const after = await doc(res.headers.get('location')!);
    const again = after.querySelector(`tr[data-studentid="${row.getAttribute('data-studentid')}"]`)!;
    expect(again.querySelector('option[selected]')?.getAttribute('value')).toBe('L');
    expect(again.querySelector('input.att-late')?.getAttribute('value')).toBe('12');
  });
});

describe('demo server: LA forms', () => {
  it('lists all 11 Kent DFD pathways and serves each, labelled as modelled', async () => {
    expect(PATHWAYS.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const list = await doc('/forms/');
    for (const p of PATHWAYS) {
      expect(list.querySelector(`a[href="/forms/kent/${p.slug}"]`)).not.toBeNull();
      const d = await doc(`/forms/kent/${p.slug}`);
      expect(d.querySelector('h1')?.textContent).toBe(p.title);
      expect(d.querySelector('.la-footer')?.textContent).toContain('Modelled on Kent County Council');
      expect(!!d.querySelector('form[data-controlled]')).toBe(p.controlled);
      // Every input has a label: <label for>, a legend, or aria-labelledby.
      for (const el of d.querySelectorAll('form input:not([type=hidden]), form select, form textarea')) {
        const id = el.getAttribute('id');
        const labelled = (id && d.querySelector(`label[for="${id}"]`)) || el.getAttribute('aria-labelledby');
        expect(labelled, `${p.slug} ${el.getAttribute('name')}`).toBeTruthy();
      }
    }
    expect(PATHWAYS.some((p) => p.controlled) && PATHWAYS.some((p) => !p.controlled)).toBe(true);
  });

  it('uses Squiz-style names by default and semantic names on request', async () => {
    const squiz = await doc('/forms/kent/notify-part-time-timetable');
    expect([...squiz.querySelectorAll('form input[type=text]')].every((el) => /^q\d+:q\d+$/.test(el.getAttribute('name') ?? ''))).toBe(true);
    const semantic = await doc('/forms/kent/notify-part-time-timetable?naming=semantic');
    expect(semantic.querySelector('input[name="pupil_upn"]')).not.toBeNull();
  });

  it('echoes a plain (urlencoded) submission with labels, and never redirects away', async () => {
    const d = await doc('/forms/kent/notify-part-time-timetable');
    const upn = d.querySelector('label[for]') && [...d.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Unique Pupil Number'))!;
    const input = d.getElementById(upn!.getAttribute('for')!)!;
    const body = new URLSearchParams({ [input.getAttribute('name')!]: 'A886201419001' });
    const res = await fetch(new URL('/forms/kent/notify-part-time-timetable', server.url), { method: 'POST', body, redirect: 'manual' });
    expect(res.status).toBe(200);
    const echo = parseHTML(await res.text()).document;
    expect(echo.querySelector('h1')?.textContent).toBe('Received (demo — nothing sent anywhere)');
    const dd = echo.querySelector(`dd[data-name="${input.getAttribute('name')}"]`)!;
    expect(dd.textContent).toContain('A886201419001');
    expect(dd.previousElementSibling?.textContent).toBe('Unique Pupil Number (UPN)');
  });

  it('echoes a multipart submission with a file (name and size only) and added pupil rows', async () => {
    const fd = new FormData();
    fd.append('pupils[0][legal_forename]', 'Amelia');
    fd.append('pupils[1][legal_forename]', 'Oliver');
    const pn = new FormData();
    pn.append('att_registration_certificate', new Blob(['certificate'], { type: 'text/plain' }), 'certificate.txt');
    pn.append('pupil_legal_surname', 'Example');
    const rows = await fetch(new URL('/forms/kent/notify-attendance-or-sickness-return?naming=semantic', server.url), { method: 'POST', body: fd });
    const rowsText = await rows.text();
    expect(rowsText).toContain('Pupil 2: Legal first name');
    expect(rowsText).toContain('Oliver');
    const res = await fetch(new URL('/forms/kent/request-penalty-notice?naming=semantic', server.url), { method: 'POST', body: pn });
    const text = await res.text();
    expect(text).toContain('certificate.txt (11 bytes, file not kept)');
    expect(text).toContain('Example');
  });
});
