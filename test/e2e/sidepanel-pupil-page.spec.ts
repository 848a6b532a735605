import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, DEMO_AS_OF } from './fixtures';
import { formatLong } from '../../lib/engine/dates';
import { ROOT } from './support/build';
import { badgeOf, DAY, escape, group, GROUP, name, paPupil } from './support/demo-pupils';
import { demoPupilId } from './support/demo-store-rows';
import { controlsNotReachedByTab } from './support/keyboard';
import { loadDemoSchool } from './support/load-demo';

/**
 * The side panel shows the dashboard's own pupil page for the pupil in focus on the register, laid
 * out for a narrow panel: heat map (an ARIA grid, codes read out, recent weeks first with a way to see
 * all), chart with its text alternative, chronology. An action added there is on the dashboard and
 * survives a reload; it follows the register; axe-clean; every control reachable by Tab; no sideways
 * scrolling at 400 or 360 px. Screenshots go to shots/ (not committed).
 */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The demo school (300 pupils) restored and summarised on a shared 2-core machine: first renders can take seconds.
test.describe.configure({ timeout: 300_000 });
const SLOW = { timeout: 60_000 };
const SHOTS = join(ROOT, 'shots');

async function noSidewaysScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll, 'the page scrolls sideways').toBeLessThanOrEqual(client);
}

test('the side panel shows the pupil page of the pupil in focus: heat map, chart, chronology; an action added there is on the dashboard', async ({ context, extensionUrl, demo }) => {
  mkdirSync(SHOTS, { recursive: true });
  (await loadDemoSchool(context, extensionUrl)).close();
  const side = await context.newPage();
  await side.setViewportSize({ width: 400, height: 900 });
  await side.goto(extensionUrl('sidepanel.html'));
  // No pupil in focus yet: an empty state that says what to do.
  await expect(side.getByRole('heading', { level: 1, name: 'Pupil in focus' })).toBeVisible();
  await expect(side.getByText(/No pupil is in focus yet\. Open a pupil’s flag on the register/)).toBeVisible();
  await expect(side.getByRole('link', { name: /^All pupils and the lists to work from/ })).toHaveAttribute('target', '_blank');

  // Focus a pupil on the register (open their flag): the panel shows their page.
  const mis = await context.newPage();
  await mis.goto(`${demo.url}arbor/attendance-ui/register/group/${GROUP}/date/${DAY}/session/AM`);
  await badgeOf(mis, paPupil).click();
  await expect(side.getByRole('heading', { level: 1, name: name(paPupil) })).toBeVisible(SLOW);

  // The heat map: a grid whose cells read day, session, code and meaning; the last 6 weeks first, then all.
  const grid = side.getByRole('grid', { name: 'Session history by school week, most recent first' });
  await expect(grid).toBeVisible(SLOW);
  await expect(grid.getByRole('row')).toHaveCount(2 + 6);
  await expect(grid.getByRole('gridcell').first()).toHaveAccessibleName(/^Monday AM, /);
  const showAll = side.getByRole('button', { name: /^Show all \d+ weeks$/ });
  const weeks = Number((await showAll.innerText()).match(/\d+/)![0]);
  expect(weeks).toBeGreaterThan(6);
  await showAll.click();
  await expect(grid.getByRole('row')).toHaveCount(2 + weeks);
  const absence = paPupil.marks.find((m) => m.code === 'I' || m.code === 'O' || m.code === 'N')!;
  await expect(grid.getByRole('gridcell', { name: new RegExp(`, ${escape(absence.code)}: `) }).first()).toBeAttached();
  await side.getByRole('button', { name: 'Show the last 6 weeks only' }).click();
  await expect(grid.getByRole('row')).toHaveCount(2 + 6);
  // Arrow keys move through the grid as on the dashboard.
  await grid.getByRole('gridcell').first().focus();
  await side.keyboard.press('End');
  await expect(side.locator(':focus')).toHaveAccessibleName(/^Friday PM, /);

  // The chart, drawn for the panel's width, with its text alternative.
  const chart = side.getByRole('region', { name: 'Attendance week by week' });
  const img = chart.getByRole('img', { name: 'Line chart of attendance by school week' });
  await expect(img).toBeVisible();
  // Its name is the title and the sentence of figures (the text alternative).
  await expect(img).toHaveAccessibleName(/^Line chart of attendance by school week .*\d+(\.\d)?%/);
  expect((await img.boundingBox())!.width).toBeLessThanOrEqual(400);
  await expect(chart.getByText("The chart's figures as a table")).toBeVisible();

  // Figures and next step, code breakdown, chronology.
  await expect(side.getByRole('region', { name: 'Attendance this year' })).toContainText('suggested next step');
  await expect(side.getByRole('region', { name: 'What the absence is made of' })).toBeVisible();
  const chronology = side.getByRole('region', { name: 'Chronology' });
  await expect(chronology).toContainText('No actions recorded yet.');
  // Links to pages the panel does not show open the dashboard in a new tab.
  await expect(side.getByRole('link', { name: /^Start a referral/ })).toHaveAttribute('target', '_blank');
  await expect(side.getByRole('link', { name: /^Start a referral/ })).toHaveAttribute('href', /dashboard\.html#\/pupil\/.+\/referral$/);

  await noSidewaysScroll(side);
  await side.screenshot({ path: join(SHOTS, 'sidepanel-400x900.png') });
  await side.screenshot({ path: join(SHOTS, 'sidepanel-400-full.png'), fullPage: true });
  const axe = await new AxeBuilder({ page: side }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  expect(await controlsNotReachedByTab(side)).toEqual([]);

  // Add an action in the panel: the form opens in the panel, an empty one is refused, a full one is saved.
  await chronology.getByRole('link', { name: 'Add an action' }).click();
  await expect(side.getByRole('heading', { level: 1, name: `Add an action for ${name(paPupil)}` })).toBeVisible();
  await noSidewaysScroll(side);
  await side.getByRole('button', { name: 'Save action' }).click();
  await expect(side.getByRole('group', { name: /^The action was not saved: 3 things need changing/ })).toBeFocused();
  await side.getByLabel('Spoke with').fill('Mother');
  await side.getByLabel('Outcome').fill('Ill, back tomorrow');
  await side.getByLabel('Staff role').selectOption('Attendance officer');
  await side.screenshot({ path: join(SHOTS, 'sidepanel-400-add-action.png'), fullPage: true });
  await side.getByRole('button', { name: 'Save action' }).click();
  await expect(side.getByRole('heading', { level: 1, name: name(paPupil) })).toBeVisible();
  await expect(side.getByRole('status').filter({ hasText: `Phone call on ${formatLong(DEMO_AS_OF)} added to` })).toBeVisible();
  const item = chronology.getByRole('listitem').filter({ hasText: 'Call with Mother: Ill, back tomorrow' });
  await expect(item).toBeVisible();
  await expect(item.getByRole('link', { name: `Edit the Phone call on ${formatLong(DEMO_AS_OF)}` })).toBeVisible();
  await chart.screenshot({ path: join(SHOTS, 'sidepanel-400-chart.png') });
  await chronology.screenshot({ path: join(SHOTS, 'sidepanel-400-chronology.png') });
  await side.setViewportSize({ width: 360, height: 900 });
  await noSidewaysScroll(side);
  await side.setViewportSize({ width: 400, height: 900 });

  // The dashboard's page for the pupil has it, and so does a reload of each.
  const dash = await context.newPage();
  await dash.goto(extensionUrl(`dashboard.html#/pupil/${encodeURIComponent(demoPupilId(paPupil))}`));
  const dashChronology = dash.getByRole('region', { name: 'Chronology' });
  await expect(dashChronology.getByRole('row', { name: new RegExp(escape(formatLong(DEMO_AS_OF))) })).toContainText('Call with Mother: Ill, back tomorrow', SLOW);
  await dash.reload();
  await expect(dashChronology).toContainText('Call with Mother: Ill, back tomorrow', SLOW);
  await side.reload();
  await expect(side.getByRole('region', { name: 'Chronology' })).toContainText('Call with Mother: Ill, back tomorrow', SLOW);

  // The panel follows the register: another pupil's flag shows that pupil…
  const other = group.find((p) => p.id !== paPupil.id)!;
  await mis.bringToFront();
  await badgeOf(mis, other).click();
  await expect(side.getByRole('heading', { level: 1, name: name(other) })).toBeVisible(SLOW);
  // …but never takes away a form being filled in: a note offers the pupil now in focus instead.
  await side.getByRole('region', { name: 'Chronology' }).getByRole('link', { name: 'Add an action' }).click();
  await side.getByLabel('Outcome').fill('Typed, not saved');
  await badgeOf(mis, paPupil).click();
  const note = side.getByRole('note', { name: 'Register' });
  await expect(note).toContainText(`${name(paPupil)} is now in focus on the register.`);
  await expect(side.getByLabel('Outcome')).toHaveValue('Typed, not saved');
  await side.screenshot({ path: join(SHOTS, 'sidepanel-400-register-moved-on.png') });
  await note.getByRole('link', { name: 'Show their page' }).click();
  await expect(side.getByRole('heading', { level: 1, name: name(paPupil) })).toBeVisible(SLOW);
  await expect(note).toBeHidden();
});
