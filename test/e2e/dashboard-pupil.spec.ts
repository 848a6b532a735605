import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, DEMO_AS_OF } from './fixtures';
import { formatLong } from '../../lib/engine/dates';
import { calendar, escape, evaluate, name, paPupil } from './support/demo-pupils';
import { demoPupilId } from './support/demo-store-rows';
import { loadDemoSchool } from './support/load-demo';
import { controlsNotReachedByTab } from './support/keyboard';
import { ntiPeriodEnd } from '../../lib/store/actions';

/**
 * The pupil page with the whole demo school in the store: heat map (an ARIA grid, keyboard-navigable,
 * codes read out), the rolling chart with its table, the code breakdown, changed marks, and a
 * chronology whose actions are added, refused when empty, edited and deleted, and stay so after a reload.
 */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// A 300-pupil school read and summarised on a shared 2-core machine: first renders can take seconds.
test.describe.configure({ timeout: 300_000 });
const SLOW = { timeout: 60_000 };

async function openPupil(page: Page, extensionUrl: (p: string) => string) {
  await page.goto(extensionUrl(`dashboard.html#/pupil/${encodeURIComponent(demoPupilId(paPupil))}`));
  await expect(page.getByRole('heading', { level: 1, name: name(paPupil) })).toBeFocused(SLOW);
}

test('heat map, chart, breakdown and changed marks; keyboard moves through the grid; no axe violations', async ({ context, extensionUrl }) => {
  await loadDemoSchool(context, extensionUrl);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  await openPupil(page, extensionUrl);
  const e = evaluate(paPupil);

  await page.screenshot({ path: '/tmp/shots-dashboard/pupil.png' });
  const grid = page.getByRole('grid', { name: 'Session history by school week, most recent first' });
  await expect(grid).toBeVisible(SLOW);
  // The first cell of the most recent week is in the tab order; arrows move, reading day, session, code and meaning.
  const first = grid.getByRole('gridcell').first();
  await expect(first).toHaveAttribute('tabindex', '0');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Monday PM, /);
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Friday PM, /);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('data-cell', '1-9');
  // A week with an absence shows its code in the cell and reads it out.
  const absence = paPupil.marks.find((m) => m.code === 'I' || m.code === 'O' || m.code === 'N')!;
  await expect(grid.getByRole('gridcell', { name: new RegExp(`, ${escape(absence.code)}: `) }).first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Unauthorised absence');

  const chart = page.getByRole('region', { name: 'Attendance week by week' });
  await expect(chart.getByRole('img', { name: 'Line chart of attendance by school week' })).toBeVisible();
  await chart.screenshot({ path: '/tmp/shots-dashboard/pupil-chart.png' });
  expect(await controlsNotReachedByTab(page)).toEqual([]);
  await chart.getByText("The chart's figures as a table").click();
  const rows = chart.getByRole('table', { name: 'Attendance by school week' }).getByRole('row');
  await expect(rows.last()).toContainText(`${e.rates.attendance!.text} (${e.counts.present + e.counts.aea}/${e.possibleSessions})`);

  await expect(page.getByRole('region', { name: 'What the absence is made of' })).toContainText(`${e.counts.authorised + e.counts.unauthorised} sessions of absence, by kind`);
  const illness = paPupil.marks.find((m) => m.code === 'I');
  if (illness) await expect(page.getByRole('region', { name: 'Changed marks' })).toContainText(`${formatLong(illness.date)} ${illness.session}: N (`);
  await expect(page.getByRole('region', { name: 'Attendance this year' })).toContainText('suggested next step');

  await page.getByRole('grid').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots-dashboard/pupil-heat-map.png' });
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});

test('actions: an empty one is refused, a notice to improve counts down, edit and delete survive a reload', async ({ context, extensionUrl }) => {
  await loadDemoSchool(context, extensionUrl);
  const page = await context.newPage();
  await openPupil(page, extensionUrl);
  const chronology = page.getByRole('region', { name: 'Chronology' });

  // An untouched form is refused, with every missing field named.
  await chronology.getByRole('link', { name: 'Add an action' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Add an action for ${name(paPupil)}` })).toBeFocused();
  await page.getByRole('button', { name: 'Save action' }).click();
  const summary = page.getByRole('group', { name: 'The action was not saved: 3 things need changing' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Say who you spoke with.');
  await expect(summary).toContainText('Write the outcome.');
  await expect(summary).toContainText('Choose the staff role of who did it.');
  await axeClean(page);
  // Keyboard only reaches every control of the form (kind, fields, save, cancel).
  expect(await controlsNotReachedByTab(page)).toEqual([]);

  // A notice to improve, issued today: its period end and countdown in school days.
  await page.getByLabel('Kind of action').selectOption('notice-to-improve');
  await page.getByLabel('Staff role').selectOption('Attendance lead');
  await page.getByRole('button', { name: 'Save action' }).click();
  const end = formatLong(ntiPeriodEnd(calendar, DEMO_AS_OF)!);
  await expect(page.getByRole('note', { name: 'Notice to improve' })).toContainText(`20 school days to go, ending ${end}`);
  const ntiRow = chronology.getByRole('row', { name: new RegExp(escape(formatLong(DEMO_AS_OF))) });
  await expect(ntiRow).toContainText(`the improvement period ends on ${end}`);
  await expect(ntiRow).toContainText('Attendance lead');

  // A call, then edit it.
  await chronology.getByRole('link', { name: 'Add an action' }).click();
  await page.getByLabel('Spoke with').fill('Mother');
  await page.getByLabel('Outcome').fill('Ill, back tomorrow');
  await page.getByLabel('Staff role').selectOption('Attendance officer');
  await page.getByLabel('Name or initials (optional)').fill('TV');
  await page.getByRole('button', { name: 'Save action' }).click();
  await expect(chronology).toContainText('Call with Mother: Ill, back tomorrow');
  await chronology.getByRole('link', { name: `Edit the Phone call on ${formatLong(DEMO_AS_OF)}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Change an action for ${name(paPupil)}` })).toBeFocused();
  await expect(page.getByLabel('Outcome')).toHaveValue('Ill, back tomorrow');
  await expect(page.getByLabel('Staff role')).toHaveValue('Attendance officer');
  await page.getByLabel('Outcome').fill('No answer; letter to follow');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Phone call on ${formatLong(DEMO_AS_OF)} changed in` })).toBeVisible();
  await page.reload();
  await expect(chronology).toContainText('Call with Mother: No answer; letter to follow');
  await expect(chronology).toContainText('Attendance officer (TV)');
  await expect(chronology).not.toContainText('Ill, back tomorrow');

  // Delete asks first, in the row; Keep it keeps it; Yes deletes, and a reload agrees.
  await chronology.getByRole('button', { name: `Delete the Phone call on ${formatLong(DEMO_AS_OF)}` }).click();
  await expect(chronology.getByRole('button', { name: 'Yes, delete' })).toBeFocused();
  await chronology.getByRole('button', { name: 'Keep it' }).click();
  await expect(chronology).toContainText('No answer; letter to follow');
  await chronology.getByRole('button', { name: `Delete the Phone call on ${formatLong(DEMO_AS_OF)}` }).click();
  await chronology.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(chronology.getByRole('status')).toHaveText(`Phone call on ${formatLong(DEMO_AS_OF)} deleted from ${name(paPupil)}'s chronology.`);
  await page.reload();
  await expect(chronology).not.toContainText('No answer');
  await expect(chronology).toContainText('Notice to improve');
  await axeClean(page);
});

async function axeClean(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}
