import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, DEMO_AS_OF } from './fixtures';
import { formatLong, mondayOf, weekdayOf } from '../../lib/engine/dates';
import { codeMeaning } from '../../lib/dashboard/code-meaning';
import { badgeOf, DAY, escape, evaluate, GROUP, group, namePattern, paPupil } from './support/demo-pupils';

/**
 * The dashboard in real Chromium with the built extension and real IndexedDB, seeded the way a school
 * seeds it: by opening pages on the (demo) MIS. The list's figure for a pupil is the engine's and the
 * register overlay's; the pupil page shows their weeks; an action added through the form is in the
 * chronology after a reload.
 */

/** What a school does: open the pupil's attendance page (their whole year) and the group's register. */
async function seedFromDemoMis(page: Page, demoUrl: string) {
  await page.goto(`${demoUrl}arbor/students-ui/student-attendance/student-id/${paPupil.arborId}`);
  await expect(page.locator('attendance-lens-overlay')).toBeAttached();
  await page.goto(`${demoUrl}arbor/attendance-ui/register/group/${GROUP}/date/${DAY}/session/AM`);
  const badge = badgeOf(page, paPupil);
  await expect(badge).toBeVisible();
  return badge;
}

test('an empty store says so and points to the import and to opening a register', async ({ context, extensionUrl }) => {
  // Four axe scans on a shared 2-core machine.
  test.setTimeout(240_000);
  const page = await context.newPage();
  await page.goto(extensionUrl('dashboard.html'));
  await expect(page.getByRole('heading', { level: 1, name: 'Pupils' })).toBeFocused();
  const empty = page.getByRole('region', { name: 'No pupils are stored yet' });
  await expect(empty.getByRole('link', { name: 'Settings › Your data' })).toHaveAttribute('href', 'options.html#data-heading');
  await expect(empty).toContainText('Open a register');
  await axeClean(page);
  // An empty store's overview, groups and TSM pack: each says so and scans clean.
  for (const [hash, h1] of [['#/overview', 'School overview'], ['#/cohorts', 'Compare groups'], ['#/tsm', 'Targeting Support Meeting pack']] as const) {
    await page.goto(extensionUrl(`dashboard.html${hash}`));
    await expect(page.getByRole('heading', { level: 1, name: h1 })).toBeFocused();
    await expect(page.getByText('Loading…')).toHaveCount(0);
    await axeClean(page);
  }
});

test('registers read while the list is hidden do not re-read it; it says so and updates when asked', async ({ context, demo, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('dashboard.html'));
  await expect(page.getByRole('region', { name: 'No pupils are stored yet' })).toBeVisible();
  // The champion switches to the MIS: the dashboard's tab is hidden.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });

  const mis = await context.newPage();
  await seedFromDemoMis(mis, demo.url);

  const update = page.getByRole('button', { name: 'Update list now' });
  await expect(update).toBeVisible();
  // Not re-read while hidden: still the empty store.
  await expect(page.getByRole('region', { name: 'No pupils are stored yet' })).toBeVisible();
  await update.click();
  await expect(page.getByRole('row', { name: new RegExp(namePattern(paPupil)) })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Showing ${group.length} of ${group.length} pupils: all pupils.` })).toBeVisible();
  await expect(update).toHaveCount(0);
});

test('list, pupil page, week-by-week history and adding a call that stays after a reload', async ({ context, demo, extensionUrl }) => {
  expect(paPupil, 'the demo school has a persistent absentee in the group').toBeTruthy();
  const e = evaluate(paPupil);
  const pct = e.rates.attendance!.pct.toFixed(1);

  const mis = await context.newPage();
  const badge = await seedFromDemoMis(mis, demo.url);
  // The overlay's figure for the same pupil, as the register shows it.
  await expect(badge).toHaveAccessibleName(new RegExp(`persistent absence: ${escape(pct)}% attendance`, 'i'));

  const page = await context.newPage();
  await page.goto(extensionUrl('dashboard.html'));
  const row = page.getByRole('row', { name: new RegExp(namePattern(paPupil)) });
  await expect(row.getByRole('cell').nth(1)).toHaveText(`${pct}%`);
  await expect(row.getByRole('cell').nth(2)).toHaveText('Persistent absence');
  await expect(row.getByRole('cell').nth(3)).toHaveText(e.bands.profile.band!.label);
  await expect(row).toContainText(`Complete (${e.coverage.schoolDaysOnRoll} days)`);
  // The rest of the group was seen on one register only: their figures say they are provisional.
  const others = group.filter((p) => p !== paPupil);
  await expect(page.getByRole('row', { name: new RegExp(namePattern(others[0]!)) })).toContainText('Provisional: 1 of');
  await expect(page.getByRole('status').filter({ hasText: `Showing ${group.length} of ${group.length} pupils: all pupils.` })).toBeVisible();

  // Lists and search.
  await page.getByRole('tab', { name: /^Severe absence/ }).click();
  await expect(row).toHaveCount(0);
  await page.getByRole('tab', { name: /^Persistent absence/ }).click();
  await expect(row).toHaveCount(1);
  await page.getByRole('tab', { name: /^All pupils/ }).click();
  await page.getByLabel('Search by name or UPN').fill(paPupil.legalSurname.toLowerCase());
  await expect(row).toHaveCount(1);
  await expect(page.getByRole('row', { name: new RegExp(namePattern(others.find((p) => p.legalSurname !== paPupil.legalSurname)!)) })).toHaveCount(0);

  // The pupil's page: heading focused, the same figure, their weeks.
  await row.getByRole('link').click();
  await expect(page).toHaveURL(/dashboard\.html#\/pupil\/.+/);
  const heading = page.getByRole('heading', { level: 1, name: new RegExp(namePattern(paPupil)) });
  await expect(heading).toBeFocused();
  await expect(page.getByRole('region', { name: 'Attendance this year' })).toContainText(`${pct}% attendance: ${e.counts.present + e.counts.aea} of ${e.possibleSessions} possible sessions`);
  await expect(page.getByText(paPupil.upn)).toBeVisible();

  const history = page.getByRole('grid', { name: 'Session history by school week, most recent first' });
  const week = history.getByRole('row', { name: new RegExp(`^${escape(formatLong(mondayOf(DAY)))}`) });
  const am = paPupil.marks.find((m) => m.date === DAY && m.session === 'AM')!;
  const cell = week.getByRole('gridcell').nth((weekdayOf(DAY) - 1) * 2);
  const dayName = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][weekdayOf(DAY) - 1];
  await expect(cell).toHaveAccessibleName(`${dayName} AM, ${am.code}: ${codeMeaning(am.code, DAY)}`);
  await expect(cell).toHaveAttribute('title', codeMeaning(am.code, DAY));
  // The most recent week comes first (the first body row after the two header rows).
  await expect(history.getByRole('row').nth(2)).toHaveAccessibleName(new RegExp(`^${escape(formatLong(mondayOf(DAY)))}`));
  await expect(page.getByRole('region', { name: 'Chronology' })).toContainText('No actions recorded yet.');

  // Add a call: a refused date keeps what was typed; a good one saves and returns to the pupil.
  await page.getByRole('link', { name: 'Add an action' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Add an action for ${namePattern(paPupil)}`) })).toBeFocused();
  await expect(page.getByLabel('Kind of action')).toHaveValue('call');
  await expect(page.getByLabel('Date')).toHaveValue(DEMO_AS_OF);
  await page.getByLabel('Spoke with').fill('Mother');
  await page.getByLabel('Outcome').fill('Ill, back tomorrow');
  await page.getByLabel('Staff role').selectOption('Attendance officer');
  // Switching kind shows that kind's fields (a notice to improve: its period end from the calendar) and loses nothing.
  await page.getByLabel('Kind of action').selectOption('notice-to-improve');
  await expect(page.getByRole('status').filter({ hasText: 'The improvement period (20 school days) ends on' })).toBeVisible();
  await expect(page.getByLabel('Date')).toHaveAccessibleDescription(/The improvement period \(20 school days\) ends on/);
  await expect(page.getByLabel('Spoke with')).toHaveCount(0);
  await page.getByLabel('Kind of action').selectOption('call');
  await expect(page.getByLabel('Outcome')).toHaveValue('Ill, back tomorrow');
  await page.getByLabel('Date').fill('2999-01-01');
  await page.getByRole('button', { name: 'Save action' }).click();
  // The summary takes the focus (so it is read out once); each problem links to its field.
  const summary = page.getByRole('group', { name: 'The action was not saved: one thing needs changing' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'The date cannot be after today.' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel('Date')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Spoke with')).toHaveValue('Mother');
  await page.getByLabel('Date').fill(DEMO_AS_OF);
  await page.getByRole('button', { name: 'Save action' }).click();

  await expect(heading).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Phone call on ${formatLong(DEMO_AS_OF)} added to` })).toBeVisible();
  const chronology = page.getByRole('table', { name: 'Actions, newest first' });
  await expect(chronology.getByRole('row', { name: new RegExp(escape(formatLong(DEMO_AS_OF))) })).toContainText('Call with Mother: Ill, back tomorrow');

  await page.reload();
  await expect(chronology.getByRole('row', { name: new RegExp(escape(formatLong(DEMO_AS_OF))) })).toContainText('Call with Mother: Ill, back tomorrow');
  // The register overlay's panel shows the same action as the pupil's last one.
  await mis.reload();
  await badge.click();
  await expect(mis.getByRole('dialog', { name: new RegExp(namePattern(paPupil)) })).toContainText(`${formatLong(DEMO_AS_OF)}: Call with Mother: Ill, back tomorrow`);
});

test('an unknown pupil id gets a clear message and a way back to the list', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl(`dashboard.html#/pupil/${encodeURIComponent('no such pupil')}/add-action`));
  await expect(page.getByRole('heading', { level: 1, name: 'Pupil not found' })).toBeFocused();
  await expect(page.getByRole('main')).toContainText('No pupil with the id no such pupil is stored');
  await axeClean(page);
  await page.getByRole('link', { name: 'Back to the list of pupils' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pupils' })).toBeFocused();
});

test("the register panel's links open the pupil's dashboard page and its add-an-action form", async ({ context, demo }) => {
  const mis = await context.newPage();
  const badge = await seedFromDemoMis(mis, demo.url);
  await badge.click();
  const panel = mis.getByRole('dialog', { name: new RegExp(namePattern(paPupil)) });

  const [pupilTab] = await Promise.all([context.waitForEvent('page'), panel.getByRole('button', { name: 'Open in dashboard' }).click()]);
  await expect(pupilTab).toHaveURL(/dashboard\.html#\/pupil\/.+/);
  await expect(pupilTab.getByRole('heading', { level: 1, name: new RegExp(namePattern(paPupil)) })).toBeFocused();

  // Back on the register: Escape closes the panel (it stayed open behind the new tab), a click reopens it.
  await mis.bringToFront();
  await badge.focus();
  await mis.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await badge.click();
  const [actionTab] = await Promise.all([context.waitForEvent('page'), panel.getByRole('button', { name: 'Add an action' }).click()]);
  await expect(actionTab).toHaveURL(/dashboard\.html#\/pupil\/.+\/add-action$/);
  await expect(actionTab.getByRole('heading', { level: 1, name: new RegExp(`^Add an action for ${namePattern(paPupil)}`) })).toBeFocused();
});

async function axeClean(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}
