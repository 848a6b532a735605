import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, DEMO_AS_OF } from './fixtures';
import { evaluatePupil } from '../../lib/engine/evaluate';
import { KENT_PROFILE } from '../../lib/engine/profiles';
import { formatLong } from '../../lib/engine/dates';
import type { DemoPupil } from '../../lib/demo/types';
import { calendar, school } from './support/demo-pupils';
import { controlsNotReachedByTab } from './support/keyboard';
import { loadDemoSchool } from './support/load-demo';
import { demoPupilId } from './support/demo-store-rows';
import { withNewArrivals } from './support/new-arrivals';
import { idbDump } from './support/store-idb';
import { earnsStatus, MIN_HISTORY_DAYS } from '../../lib/engine/arithmetic';
import type { PupilRow } from '../../lib/store/rows';

/**
 * The overview, the lists, the cohort comparison and the TSM pack with the whole demo school in the
 * store: counts equal the engine's, filters work, the pack names nobody, every control is reachable by
 * keyboard and axe finds no WCAG 2.2 AA violation. Three pupils who joined on the last three school days are
 * added: severe and persistent absence by the arithmetic alone, but too little history for a status word, so
 * in no PA/SA list, count or rate — and still visible, and said aloud as "not yet counted".
 */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// A 300-pupil school read and summarised on a shared 2-core machine: first renders can take seconds.
test.describe.configure({ timeout: 300_000 });
const SLOW = { timeout: 60_000 };
const ev = (p: DemoPupil) =>
  evaluatePupil({ marks: p.marks, pupil: { dateOfBirth: p.dob, admissionDate: p.admissionDate, ...(p.leavingDate ? { leavingDate: p.leavingDate } : {}) } }, calendar, KENT_PROFILE, DEMO_AS_OF);
const store = withNewArrivals(school);
const all = store.pupils.map((p) => ({ p, e: ev(p) }));
const count = (f: (e: ReturnType<typeof ev>) => boolean) => all.filter(({ e }) => f(e)).length;
/** The engine's decision: PA/SA by R-PA/R-SA, and a status word only on enough history (DECISIONS.md 18). */
const earned = (e: ReturnType<typeof ev>) => e.possibleSessions > 0 && earnsStatus(e.coverage.daysWithMarks);
const SA = count((e) => earned(e) && e.severeAbsence);
const PA = count((e) => earned(e) && e.persistentAbsence);
const BUILDING = count((e) => e.possibleSessions > 0 && !earned(e));

async function axeClean(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}
const tab = (page: Page, label: string, n: number) => page.getByRole('tab', { name: `${label} (${n})` });

test('lists: tab counts equal the engine, filters and search narrow them, keyboard and axe', async ({ context, extensionUrl }) => {
  await loadDemoSchool(context, extensionUrl, store);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(extensionUrl('dashboard.html'));
  await expect(page.getByRole('heading', { level: 1, name: 'Pupils' })).toBeFocused();

  await expect(tab(page, 'All pupils', store.pupils.length)).toBeVisible(SLOW);
  // The arrivals are SA and PA by the arithmetic alone, so counting raw flags would give other numbers.
  expect(BUILDING).toBeGreaterThanOrEqual(3);
  expect(count((e) => e.severeAbsence)).toBeGreaterThan(SA);
  expect(count((e) => e.persistentAbsence)).toBeGreaterThan(PA);
  await expect(tab(page, 'Severe absence', SA)).toBeVisible();
  await expect(tab(page, 'Persistent absence', PA)).toBeVisible();
  await expect(tab(page, 'Penalty notice threshold', count((e) => e.flags.includes('PN_THRESHOLD_MET') || e.flags.includes('PN_THRESHOLD_MET_EXCLUDING_N')))).toBeVisible();
  await expect(tab(page, 'N unresolved > 5 days', count((e) => e.flags.includes('N_CODE_OVERDUE')))).toBeVisible();
  await expect(tab(page, 'Part-time timetables', count((e) => e.flags.includes('PART_TIME_TIMETABLE')))).toBeVisible();
  await expect(tab(page, 'CME checks', count((e) => e.flags.includes('CME_RUN_ONGOING') || e.flags.includes('CME_DELETION_TIME_MET')))).toBeVisible();
  await expect(tab(page, 'Returns due', count((e) => e.flags.some((f) => f === 'ATTENDANCE_RETURN_DUE' || f.startsWith('SICKNESS_RETURN'))))).toBeVisible();
  await page.screenshot({ path: '/tmp/shots-dashboard/list.png' });
  await axeClean(page);

  // Arrow keys move between tabs; the panel shows that list.
  const sa = SA;
  await page.getByRole('tab', { name: /^All pupils/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Severe absence/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /^Severe absence/ })).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('table').getByRole('row')).toHaveCount(sa + 1);
  await expect(page.getByRole('status').filter({ hasText: `Showing ${sa} of ${store.pupils.length} pupils: severe absence.` })).toBeVisible();

  // Filters: year group, registration group, characteristic; the counts follow.
  await page.getByRole('tab', { name: /^All pupils/ }).click();
  await page.getByLabel('Year group').selectOption('Year 7');
  const y7 = store.pupils.filter((p) => p.ncYear === 7);
  await expect(tab(page, 'All pupils', y7.length)).toBeVisible();
  await page.getByLabel('Characteristic').selectOption('fsm');
  const y7fsm = y7.filter((p) => p.fsm);
  await expect(tab(page, 'All pupils', y7fsm.length)).toBeVisible();
  await expect(panel.getByRole('table').getByRole('row')).toHaveCount(y7fsm.length + 1);
  await page.getByLabel('Characteristic').selectOption('');
  await page.getByLabel('Registration group').selectOption('7RB');
  await expect(tab(page, 'All pupils', store.pupils.filter((p) => p.regGroup === '7RB').length)).toBeVisible();
  const one = store.pupils.find((p) => p.regGroup === '7RB')!;
  await page.getByLabel('Search by name or UPN').fill(one.upn);
  await expect(tab(page, 'All pupils', 1)).toBeVisible();
  // A pupil with too little history is in All pupils, saying so and what the figure rests on; in no PA/SA tab.
  await page.getByLabel('Registration group').selectOption('');
  for (const p of store.arrivals) {
    await page.getByLabel('Search by name or UPN').fill(p.upn);
    await expect(tab(page, 'All pupils', 1)).toBeVisible();
    await expect(tab(page, 'Severe absence', 0)).toBeVisible();
    await expect(tab(page, 'Persistent absence', 0)).toBeVisible();
    await expect(tab(page, 'At risk of PA', 0)).toBeVisible();
    await expect(tab(page, 'Newly PA this week', 0)).toBeVisible();
    const row = panel.getByRole('table').getByRole('row').nth(1);
    await expect(row).toContainText('Too little history for a status');
    await expect(row).toContainText('Complete (3 days)');
    await expect(row).not.toContainText('PA now');
  }
  // Sorting by name is a button in the column header.
  await page.getByLabel('Search by name or UPN').fill('');
  await page.getByRole('button', { name: /^Pupil/ }).click();
  await expect(page.getByRole('columnheader', { name: /^Pupil/ })).toHaveAttribute('aria-sort', 'ascending');

  // Pages of 100 rows: the whole list is sorted and filtered, then sliced; page 2 is reached by keyboard alone.
  await page.getByLabel('Registration group').selectOption('');
  await page.getByLabel('Year group').selectOption('');
  const n = store.pupils.length;
  expect(n).toBeGreaterThan(200);
  const pages = Math.ceil(n / 100);
  const fmt = (x: number) => x.toLocaleString('en-GB');
  await expect(tab(page, 'All pupils', n)).toBeVisible();
  const pager = page.getByRole('navigation', { name: 'Pages of this list' });
  await expect(pager.getByRole('button', { name: 'Page 1', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(pager.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  await expect(panel.getByRole('table').getByRole('row')).toHaveCount(101);
  await expect(page.getByRole('status').filter({ hasText: `Showing 1–100 of ${fmt(n)} pupils: all pupils. Page 1 of ${pages}.` })).toBeVisible();
  // Each row's pupil, by the link to their page (names can repeat; ids cannot).
  const names = (): Promise<string[]> => panel.getByRole('table').getByRole('rowheader').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const seen = [...(await names())];
  // From the last pupil's link, Tab reaches the pages (Previous is disabled on page 1, so skipped): Page 1, then Page 2.
  await panel.getByRole('table').getByRole('rowheader').last().getByRole('link').focus();
  await page.keyboard.press('Tab');
  await expect(pager.getByRole('button', { name: 'Page 1', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(pager.getByRole('button', { name: 'Page 2', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pager.getByRole('button', { name: 'Page 2', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(pager.getByRole('button', { name: 'Page 2', exact: true })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `Showing 101–${fmt(Math.min(200, n))} of ${fmt(n)} pupils: all pupils. Page 2 of ${pages}.` })).toBeVisible();
  await expect(tab(page, 'All pupils', n)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /^Pupil/ })).toHaveAttribute('aria-sort', 'ascending');
  seen.push(...(await names()));
  // Next to the last page: the button goes disabled, focus stays in the pages (on the current one).
  for (let p = 3; p <= pages; p++) {
    await pager.getByRole('button', { name: 'Next page' }).focus();
    await page.keyboard.press('Enter');
    await expect(pager.getByRole('button', { name: `Page ${p}`, exact: true })).toHaveAttribute('aria-current', 'page');
    seen.push(...(await names()));
  }
  await expect(pager.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await expect(pager.getByRole('button', { name: `Page ${pages}`, exact: true })).toBeFocused();
  // Every pupil on exactly one page.
  expect(seen).toHaveLength(n);
  expect(new Set(seen).size).toBe(n);
  // A filter starts again at page 1.
  await page.getByLabel('Year group').selectOption('Year 7');
  await expect(page.getByRole('status').filter({ hasText: /^Showing / })).toContainText(y7.length > 100 ? 'Showing 1–100 of' : `Showing ${y7.length} of ${n}`);
  await page.getByLabel('Year group').selectOption('');

  // The named export: a plain warning, refused until acknowledged.
  const dl = page.getByRole('button', { name: /^Download named list/ });
  await expect(dl).toBeDisabled();
  await page.getByLabel('I understand: this file is for use in school only').check();
  const [download] = await Promise.all([page.waitForEvent('download'), dl.click()]);
  expect(readFileSync((await download.path())!, 'utf8')).toContain('Name,UPN,Year group');

  // Keyboard only: a short list (severe absence in all groups) so every control is reached.
  await page.getByLabel('Registration group').selectOption('');
  await page.getByLabel('Year group').selectOption('');
  await page.getByRole('tab', { name: /^Severe absence/ }).click();
  expect(await controlsNotReachedByTab(page)).toEqual([]);

  // The page of a pupil absent from every session of their three days: no status word, no next step, and why.
  const arrival = store.arrivals[0]!;
  await page.goto(extensionUrl(`dashboard.html#/pupil/${encodeURIComponent(demoPupilId(arrival))}`));
  await expect(page.getByRole('heading', { level: 1, name: `${arrival.preferredForename} ${arrival.legalSurname}` })).toBeFocused(SLOW);
  const figures = page.getByRole('region', { name: 'Attendance this year' });
  await expect(figures).toContainText('Too little history for a status');
  await expect(figures).toContainText(`The figure rests on 3 school days of marks this year; a status (persistent or severe absence, an LA band) and a next step need ${MIN_HISTORY_DAYS}.`);
  for (const word of ['Severe absence', 'Persistent absence', 'suggested next step', 'LA band:']) await expect(figures).not.toContainText(word);
  await axeClean(page);
});

test('overview with benchmarks, cohort comparison, and the TSM pack that names nobody', async ({ context, extensionUrl }) => {
  await loadDemoSchool(context, extensionUrl, store);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(extensionUrl('dashboard.html#/overview'));
  await expect(page.getByRole('heading', { level: 1, name: 'School overview' })).toBeFocused();
  const pa = PA;
  const headline = page.getByRole('region', { name: 'Attendance, persistent and severe absence' });
  await expect(headline.getByRole('row', { name: /^Persistent absence \(pupils\)/ }).getByRole('cell').first()).toContainText(`(${pa} pupils)`, SLOW);
  await expect(headline.getByRole('row', { name: /^Severe absence \(pupils\)/ }).getByRole('cell').first()).toContainText(`(${SA} pupils)`);
  // Nobody hidden silently: rates are over the pupils with a status, and the rest are counted aloud.
  await expect(headline).toContainText(`PA and SA rates are the share of the ${count(earned)} pupils whose figures rest on at least ${MIN_HISTORY_DAYS} school days of marks`);
  await expect(headline).toContainText(`${BUILDING} pupils not yet counted: too little history (marks on fewer than ${MIN_HISTORY_DAYS} school days)`);
  expect(count(earned) + BUILDING).toBe(store.pupils.length);
  await expect(page.getByRole('region', { name: 'Getting started' })).toContainText('School calendar: To do');
  await expect(page.getByRole('region', { name: 'How much of the year the figures stand on' })).toContainText('Marks are stored for');

  // A benchmark without a source is refused; with one, it shows in the table with its source.
  const form = page.getByRole('region', { name: 'Benchmarks' });
  await form.getByRole('group', { name: 'National (England)' }).getByLabel('Attendance (%)').fill('93.1');
  await form.getByRole('button', { name: 'Save benchmarks' }).click();
  await expect(form.getByText('Say where the figures come from')).toBeVisible();
  await form.getByRole('group', { name: 'National (England)' }).getByLabel('Source').fill('DfE autumn term 2025/26');
  await form.getByRole('group', { name: 'National (England)' }).getByLabel('Persistent absence (% of pupils)').fill('17.6');
  await form.getByRole('button', { name: 'Save benchmarks' }).click();
  await expect(form.getByRole('status')).toHaveText('Benchmarks saved.');
  await expect(headline.getByRole('row', { name: /^Attendance/ }).first()).toContainText('93.1%');
  await expect(headline).toContainText('National figures: DfE autumn term 2025/26.');
  await page.reload();
  await expect(headline.getByRole('row', { name: /^Persistent absence/ })).toContainText('17.6%', SLOW);
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots-dashboard/overview.png' });
  await axeClean(page);
  expect(await controlsNotReachedByTab(page)).toEqual([]);

  // Cohorts: FSM against not FSM, with the number of pupils in each.
  await page.getByRole('link', { name: 'Compare groups' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare groups' })).toBeFocused();
  const fsm = store.pupils.filter((p) => p.fsm).length;
  await expect(page.getByRole('row', { name: /^Free school meals \(FSM\)/ }).getByRole('cell').first()).toHaveText(String(fsm), SLOW);
  await expect(page.getByRole('row', { name: /^Not FSM/ }).getByRole('cell').first()).toHaveText(String(store.pupils.length - fsm));
  await expect(page.getByRole('row', { name: /^Year 7/ }).getByRole('cell').first()).toHaveText(String(store.pupils.filter((p) => p.ncYear === 7).length));
  // Each group's PA and SA are the engine's with its history rule; pupils with too little history are "not yet counted".
  const fsmOf = (f: (p: DemoPupil) => boolean) => all.filter(({ p }) => f(p));
  const cells = async (name: RegExp, g: ReturnType<typeof fsmOf>) => {
    const c = page.getByRole('row', { name }).first().getByRole('cell');
    await expect(c.nth(3)).toHaveText(new RegExp(`^${g.filter(({ e }) => earned(e) && e.persistentAbsence).length} \\(`));
    await expect(c.nth(4)).toHaveText(new RegExp(`^${g.filter(({ e }) => earned(e) && e.severeAbsence).length} \\(`));
    await expect(c.nth(5)).toHaveText(String(g.filter(({ e }) => e.possibleSessions > 0 && !earned(e)).length));
  };
  await cells(/^Free school meals \(FSM\)/, fsmOf((p) => p.fsm));
  await cells(/^Not FSM/, fsmOf((p) => !p.fsm));
  await cells(/^All pupils/, all);
  await page.screenshot({ path: '/tmp/shots-dashboard/cohorts.png' });
  await axeClean(page);
  expect(await controlsNotReachedByTab(page)).toEqual([]);

  // The TSM pack: no name, UPN, date of birth or address of any pupil on the page or in the CSV; references stable.
  await page.getByRole('link', { name: 'TSM pack' }).click();
  const pack = page.getByRole('article');
  await expect(pack.getByRole('table', { name: /^Pupils to discuss/ })).toBeVisible(SLOW);
  await expect(pack.getByRole('table', { name: `Pupils to discuss (${pa})` })).toBeVisible();
  // Small-number suppression: a group of fewer than 5 pupils (children in care in the demo school) shows no figure.
  const cic = store.pupils.filter((p) => p.cic).length;
  expect(cic).toBeGreaterThan(0);
  expect(cic).toBeLessThan(5);
  const cicRow = pack.getByRole('row', { name: /^Child in care/ }).first();
  await expect(cicRow.getByRole('cell').first()).toHaveText('fewer than 5');
  await expect(cicRow).not.toContainText('%');
  await expect(pack.getByRole('row', { name: /^Not in care/ }).getByRole('cell').first()).toHaveText('not shown');
  const text = (await pack.innerText()).toLowerCase();
  const csv1 = await downloadCsv(page);
  expect(csv1).toMatch(/(^|\n)"?Child in care \(CiC\)"?,fewer than 5,not shown/);
  await page.reload();
  await expect(pack.getByRole('table', { name: /^Pupils to discuss/ })).toBeVisible(SLOW);
  const csv2 = await downloadCsv(page);
  const refs = (csv: string) => csv.match(/P-[A-Z2-9]{4}-[A-Z2-9]{4}/g) ?? [];
  expect(refs(csv1).length).toBe(pa);
  expect(refs(csv2)).toEqual(refs(csv1));
  // Checked against every pupil in the store itself (read with plain IndexedDB), not the list the test loaded.
  const stored = ((await idbDump(page, true)).all!.pupils ?? []) as PupilRow[];
  expect(stored).toHaveLength(store.pupils.length);
  const identifiers = stored.flatMap((p) => [
    p.id,
    p.upn,
    p.legalSurname,
    p.displayName,
    p.legalForename && p.legalSurname ? `${p.legalForename} ${p.legalSurname}` : undefined,
    p.preferredForename && p.legalSurname ? `${p.preferredForename} ${p.legalSurname}` : undefined,
    p.dob,
    p.dob ? formatLong(p.dob) : undefined,
    p.address?.line1,
    p.address?.postcode,
    ...(p.contacts ?? []).flatMap((c) => [c.address, c.address?.split(', ')[0], c.postcode, c.email, ...(c.phones ?? []).map((x) => x.number)]),
  ]).filter((s): s is string => typeof s === 'string' && s.length >= 4);
  // And the generator's own view of each pupil (their home address is not in the pupil row).
  identifiers.push(...store.pupils.flatMap((p) => [p.address.line1, p.address.postcode]));
  expect(identifiers.length).toBeGreaterThan(store.pupils.length * 4);
  for (const hay of [text, csv1.toLowerCase(), csv2.toLowerCase()]) expect(identifiers.filter((s) => hay.includes(s.toLowerCase()))).toEqual([]);
  // The pack counts the arrivals nowhere in PA/SA, but says they are not yet counted.
  expect(csv1).toMatch(new RegExp(`(^|\\n)All pupils,${store.pupils.length},[^\\n]*,${BUILDING}\\r?\\n`));
  // The school looks a reference up here, not in the pack.
  const ref = refs(csv1)[0]!;
  await page.getByLabel('Look up a reference (in school only)').fill(ref);
  await expect(page.getByRole('status').filter({ hasText: `${ref} is ` })).toBeVisible();
  await page.getByRole('button', { name: "Record this as today's meeting" }).click();
  await expect(page.getByRole('status').filter({ hasText: `Recorded as the meeting of ${formatLong(DEMO_AS_OF)}` })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print the pack' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await axeClean(page);
  expect(await controlsNotReachedByTab(page)).toEqual([]);
});

async function downloadCsv(page: Page): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the pack (CSV)' }).click()]);
  return readFileSync((await d.path())!, 'utf8');
}
