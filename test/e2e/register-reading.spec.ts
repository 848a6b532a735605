import { test, expect, DEMO_AS_OF } from './fixtures';
import { readTable } from './support/store';
import { generateSchool } from '../../lib/demo/school';
import { mondayOf } from '../../lib/engine/dates';

/** The Bromcom-style pages show the demo's primary school; its class 2OS. */
const school = generateSchool({ seed: 1, asOf: DEMO_AS_OF, kind: 'primary' });
const GROUP = '2OS';
const monday = mondayOf(DEMO_AS_OF);
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

interface StoredMark {
  pupilId: string;
  date: string;
  session: 'AM' | 'PM';
  code: string;
}

test("reading a Bromcom-style weekly grid stores exactly that week's saved marks for the group", async ({ context, demo, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(`${demo.url}bromcom/Nucleus/UI/Areas/Attendance/ManageAttendance.aspx?TutorGroup=${GROUP}&WeekStart=${ddmmyyyy(monday)}`);
  await expect(page.locator('attendance-lens-overlay')).toBeAttached();

  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  const stored = await readTable<StoredMark>(options, 'marks');
  const pupils = await readTable<{ id: string; upn?: string }>(options, 'pupils');

  const group = school.pupils.filter((p) => p.regGroup === GROUP && p.admissionDate <= DEMO_AS_OF);
  const expected = group.flatMap((p) => p.marks.filter((m) => m.date >= monday && m.date <= DEMO_AS_OF).map((m) => `${p.admissionNumber}|${m.date}|${m.session}|${m.code}`));
  expect(pupils.length).toBe(group.length);
  // Pupils are matched by MIS id and admission number on the page; map stored ids back to them.
  const admissionOf = new Map<string, string>();
  const storedPupils = await readTable<{ id: string; misKeys: string[] }>(options, 'pupils');
  for (const p of storedPupils) {
    const demoPupil = group.find((g) => p.misKeys.some((k) => k.endsWith(`:${g.bromcomId}`)));
    if (demoPupil) admissionOf.set(p.id, demoPupil.admissionNumber);
  }
  const got = stored.map((m) => `${admissionOf.get(m.pupilId)}|${m.date}|${m.session}|${m.code}`);
  expect(got.sort()).toEqual(expected.sort());
});
