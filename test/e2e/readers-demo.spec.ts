import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, DEMO_AS_OF } from './fixtures';
import { readTable } from './support/store';
import { generateSchool } from '../../lib/demo/school';
import type { DemoPupil } from '../../lib/demo/types';
import { addDays, mondayOf } from '../../lib/engine/dates';

/**
 * The built extension reading the demo MIS (scripts/demo-server) in real Chromium: what lands in the
 * extension's IndexedDB must be exactly the marks the demo generator made for the pupils and
 * sessions each page shows — nothing more, nothing less.
 */
const school = generateSchool({ seed: 1, asOf: DEMO_AS_OF });
const GROUP = '7RB';
/** The Bromcom-style pages show the demo's other school: the primary, class 2OS. */
const primary = generateSchool({ seed: 1, asOf: DEMO_AS_OF, kind: 'primary' });
const BROMCOM_GROUP = '2OS';
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

// Dates from the generator itself, so the tests hold on any day the suite runs.
const markedDays = [...new Set(school.pupils.flatMap((p) => p.marks.map((m) => m.date)))].sort();
/** The last school day before today (a register already taken and saved). */
const REGISTER_DAY = markedDays.filter((d) => d < DEMO_AS_OF).at(-1)!;
/** Monday of the last week before this one with school days. */
const GRID_WEEK = mondayOf(markedDays.filter((d) => d < mondayOf(DEMO_AS_OF)).at(-1)!);

const inGroup = (p: DemoPupil) => p.regGroup === GROUP;
const inBromcomGroup = (p: DemoPupil) => p.regGroup === BROMCOM_GROUP;
const inYear7 = (p: DemoPupil) => p.ncYear === 7;
const mark = (p: DemoPupil, m: { date: string; session: string; code: string }) => `${p.id}|${m.date}|${m.session}|${m.code}`;

/** The generator's marks for these pupils in [from, to], one session or both. */
function expected(pupils: (p: DemoPupil) => boolean, from: string, to: string, session?: 'AM' | 'PM', from_ = school): string[] {
  return from_.pupils
    .filter(pupils)
    .flatMap((p) => p.marks.filter((m) => m.date >= from && m.date <= to && (!session || m.session === session)).map((m) => mark(p, m)))
    .sort();
}

/** Every stored mark as `demoPupilId|date|session|code`, pupils matched back by the MIS ids on the page. */
async function stored(options: Page): Promise<string[]> {
  const pupils = await readTable<{ id: string; misKeys: string[] }>(options, 'pupils');
  const demoId = new Map<string, string>();
  for (const row of pupils) {
    const p = school.pupils.find((d) => row.misKeys.includes(`arbor:${d.arborId}`)) ?? primary.pupils.find((d) => row.misKeys.includes(`bromcom:${d.bromcomId}`));
    demoId.set(row.id, p?.id ?? `unmatched:${row.misKeys.join(',')}`);
  }
  const marks = await readTable<{ pupilId: string; date: string; session: string; code: string }>(options, 'marks');
  return marks.map((m) => `${demoId.get(m.pupilId)}|${m.date}|${m.session}|${m.code}`).sort();
}

async function open(context: BrowserContext, url: string, extensionUrl: (p: string) => string) {
  const page = await context.newPage();
  await page.goto(url);
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  await page.bringToFront();
  return { page, options };
}

test.describe('reading the demo MIS stores exactly what the pages show', () => {
  test('Arbor-style take-register page: one session for the group', async ({ context, demo, extensionUrl }) => {
    const { options } = await open(context, `${demo.url}arbor/attendance-ui/register/group/${GROUP}/date/${REGISTER_DAY}/session/AM`, extensionUrl);
    const want = expected(inGroup, REGISTER_DAY, REGISTER_DAY, 'AM');
    expect(want.length).toBeGreaterThan(20);
    await expect.poll(() => stored(options)).toEqual(want);
  });

  test('Bromcom-style take-register page: one session for the group', async ({ context, demo, extensionUrl }) => {
    const { options } = await open(context, `${demo.url}bromcom/Nucleus/UI/Areas/Attendance/TakeRegister.aspx?TutorGroup=${BROMCOM_GROUP}&Date=${ddmmyyyy(REGISTER_DAY)}&Session=PM`, extensionUrl);
    const want = expected(inBromcomGroup, REGISTER_DAY, REGISTER_DAY, 'PM', primary);
    expect(want.length).toBeGreaterThan(20);
    await expect.poll(() => stored(options)).toEqual(want);
  });

  test('Arbor-style marks grid: a week of AM and PM for the group (icon-only presents and lates)', async ({ context, demo, extensionUrl }) => {
    const { options } = await open(context, `${demo.url}arbor/attendance-ui/marks-grid/group/${GROUP}/week/${GRID_WEEK}`, extensionUrl);
    const want = expected(inGroup, GRID_WEEK, addDays(GRID_WEEK, 4));
    expect(want.length).toBeGreaterThan(100);
    await expect.poll(() => stored(options)).toEqual(want);
  });

  const pupil = school.pupils.find((p) => inGroup(p) && p.stories.includes('persistent')) ?? school.pupils.find(inGroup)!;
  const bromcomPupil = primary.pupils.find((p) => inBromcomGroup(p) && p.stories.includes('persistent')) ?? primary.pupils.find(inBromcomGroup)!;

  test('Arbor-style pupil attendance page: the pupil’s whole year', async ({ context, demo, extensionUrl }) => {
    const { options } = await open(context, `${demo.url}arbor/students-ui/student-attendance/student-id/${pupil.arborId}`, extensionUrl);
    const want = pupil.marks.map((m) => mark(pupil, m)).sort();
    expect(want.length).toBeGreaterThan(50);
    await expect.poll(() => stored(options)).toEqual(want);
  });

  test('Bromcom-style pupil page (registration certificate): the pupil’s whole year', async ({ context, demo, extensionUrl }) => {
    const { options } = await open(context, `${demo.url}bromcom/Nucleus/UI/Areas/Students/StudentDetails.aspx?StudentIDs=${bromcomPupil.bromcomId}`, extensionUrl);
    const want = bromcomPupil.marks.map((m) => mark(bromcomPupil, m)).sort();
    expect(want.length).toBeGreaterThan(50);
    await expect.poll(() => stored(options)).toEqual(want);
  });
});

test('SPA navigation: an Arbor in-app link is followed and the new page read without a reload', async ({ context, demo, extensionUrl }) => {
  const { page, options } = await open(context, `${demo.url}arbor/home-ui/index`, extensionUrl);
  await expect(page.getByRole('grid', { name: 'Registers' })).toBeVisible();
  // A value in the page's own world survives only if the document is not reloaded.
  await page.evaluate(() => ((window as unknown as { spaMarker: string }).spaMarker = 'same document'));
  await page.getByRole('row', { name: new RegExp(`^${GROUP}\\b`) }).getByRole('link', { name: 'Roll call marks' }).click();
  await expect(page).toHaveURL(/\/marks-grid\/group\/7RB\/week\/\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole('grid', { name: /Roll call marks/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { spaMarker?: string }).spaMarker)).toBe('same document');
  const monday = mondayOf(/week\/(\d{4}-\d{2}-\d{2})$/.exec(page.url())![1]!);
  const want = expected(inGroup, monday, addDays(monday, 4));
  expect(want.length).toBeGreaterThan(0);
  await expect.poll(() => stored(options)).toEqual(want);
});

test('virtualised grid: nothing is stored until every row has been scrolled past; then all of them are', async ({ context, demo, extensionUrl }) => {
  const { page, options } = await open(context, `${demo.url}arbor/attendance-ui/marks-grid/group/year-7/week/${GRID_WEEK}?virtual=1`, extensionUrl);
  const grid = page.getByRole('grid', { name: /Roll call marks: Year 7/ });
  await expect(grid).toBeVisible();
  const want = expected(inYear7, GRID_WEEK, addDays(GRID_WEEK, 4));
  const rows = Number(await grid.getAttribute('aria-rowcount')) - 2;
  expect(rows).toBeGreaterThan(30); // more pupils than row elements: the grid recycles them

  await expect(page.getByRole('status', { name: /keep scrolling to read this grid/ })).toBeVisible();
  expect(await stored(options)).toEqual([]);

  // Scroll the grid's rows in steps, as a person would. Scrolling only forward, the rows drawn so far
  // run up to the highest aria-rowindex now in the DOM: until the last row has been drawn, nothing
  // may be stored.
  const scroller = grid.getByRole('presentation').first();
  await scroller.hover();
  const lastDrawn = () => grid.getByRole('row').evaluateAll((els) => Math.max(...els.filter((e) => !(e as HTMLElement).hidden).map((e) => Number(e.getAttribute('aria-rowindex')))));
  let steps = 0;
  while ((await lastDrawn()) < rows + 2 && steps++ < 40) {
    expect(await stored(options)).toEqual([]);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(250);
  }
  expect(steps).toBeGreaterThan(1);
  expect(await lastDrawn()).toBe(rows + 2);
  await expect.poll(() => stored(options)).toEqual(want);
  await expect(page.getByRole('status', { name: /keep scrolling/ })).toHaveCount(0);
});

test('an unsaved edit on the take-register page is not stored until Save', async ({ context, demo, extensionUrl }) => {
  // A group and day no other test reads.
  const group = school.groups.at(-1)!.id;
  const day = markedDays.filter((d) => d < REGISTER_DAY).at(-3)!;
  const who = school.pupils.find((p) => p.regGroup === group && p.marks.some((m) => m.date === day && m.session === 'AM' && m.code === '/'))!;
  try {
    const { page, options } = await open(context, `${demo.url}arbor/attendance-ui/register/group/${group}/date/${day}/session/AM`, extensionUrl);
    const before = expected((p) => p.regGroup === group, day, day, 'AM');
    await expect.poll(() => stored(options)).toEqual(before);

    const select = page.getByRole('combobox', { name: `Attendance mark for ${who.preferredForename} ${who.legalSurname}` });
    await select.selectOption('O');
    await expect(page.getByText(/1 unsaved change/)).toBeVisible();
    // Give the content script time to read the edit (debounced) and talk to the background.
    await page.waitForTimeout(1000);
    expect(await stored(options)).toEqual(before);

    // From the keyboard: the overlay's summary bar is drawn over the Save button (reported to its owner).
    await page.getByRole('button', { name: 'Save Marks' }).press('Enter');
    await expect(page.getByText('All marks saved.')).toBeVisible();
    const after = before.map((m) => (m === `${who.id}|${day}|AM|/` ? `${who.id}|${day}|AM|O` : m));
    expect(after).not.toEqual(before);
    await expect.poll(() => stored(options)).toEqual(after);
  } finally {
    // Put the demo server's register back as it was, for the other tests in this worker.
    const res = await fetch(`${demo.url}arbor/rest-v2/attendance-registration`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ request: { marks: [{ student: who.arborId, attendanceMark: 'PRESENT', sessionStartTime: `${day} 08:40:00` }] } }),
    });
    expect(res.ok).toBe(true);
  }
});

test('a reader switched off in options is not used; switched back on, the open page is read at once', async ({ context, demo, extensionUrl }) => {
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  const section = options.getByRole('region', { name: 'Page readers' });
  const arborSwitch = section.getByRole('switch', { name: 'Arbor' });
  await expect(arborSwitch).toBeChecked();
  await arborSwitch.uncheck();
  // The generic reader would otherwise read the Arbor-style grid in Arbor's place.
  await section.getByRole('switch', { name: 'Any register table (generic)' }).uncheck();
  await expect(section.getByRole('status')).toHaveText('Any register table (generic) reader off.');

  const page = await context.newPage();
  await page.goto(`${demo.url}arbor/attendance-ui/marks-grid/group/${GROUP}/week/${GRID_WEEK}`);
  await expect(page.getByRole('grid', { name: /Roll call marks/ })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await stored(options)).toEqual([]);
  await expect(page.locator('attendance-lens-overlay')).toHaveCount(0);

  await options.bringToFront();
  await arborSwitch.check();
  await expect.poll(() => stored(options)).toEqual(expected(inGroup, GRID_WEEK, addDays(GRID_WEEK, 4)));
});
