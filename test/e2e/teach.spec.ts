import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { readTable } from './support/store';
import { ROOT } from './support/build';

/**
 * "Teach this page" on a register no reader knows (numbered session columns, no dates), served at a
 * localhost address by `context.route` (the content script runs on http://127.0.0.1/*; nothing
 * listens on the port, every request is answered here).
 */
const ORIGIN = 'http://127.0.0.1:4599';
const SHEET = `${ORIGIN}/school/classes/4B/sheet/2025-11-17`;
const FIXTURE = readFileSync(join(ROOT, 'test/fixtures/e2e/teach-register.html'), 'utf8');
const LABEL = 'Class 4B – weekly sheet';

/** The fixture's marks, dated from Monday 17 November 2025 with two columns (AM, PM) a day. */
const WEEK = ['2025-11-17', '2025-11-18', '2025-11-19', '2025-11-20', '2025-11-21'];
function expectedMarks(rows: Record<string, string[]>): string[] {
  return Object.entries(rows)
    .flatMap(([name, codes]) => codes.map((code, i) => `${name}|${WEEK[Math.floor(i / 2)]}|${i % 2 ? 'PM' : 'AM'}|${code}`))
    .sort();
}
const AS_TAUGHT = {
  'Amelia Example': ['/', '\\', '/', '\\', '/', '\\', '/', '\\', '/', '\\'],
  'Oliver Sample': ['I', 'I', '/', '\\', 'L', '\\', '/', '\\', 'N', 'N'],
  'Priya Madeup': ['/', '\\', 'M', 'M', '/', '\\', 'O', 'O', '/', '\\'],
};

async function serve(context: BrowserContext, html: () => string) {
  await context.route(`${ORIGIN}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html() }));
}

/** Every stored mark as `name|date|session|code`, read raw from the extension's IndexedDB. */
async function storedMarks(options: Page): Promise<string[]> {
  const pupils = await readTable<{ id: string; displayName?: string }>(options, 'pupils');
  const names = new Map(pupils.map((p) => [p.id, p.displayName ?? '?']));
  const marks = await readTable<{ pupilId: string; date: string; session: string; code: string }>(options, 'marks');
  return marks.map((m) => `${names.get(m.pupilId)}|${m.date}|${m.session}|${m.code}`).sort();
}

test('teaching an unknown register by clicking stores its marks, persists across reloads, and stops when removed in options', async ({ context, extensionUrl }) => {
  let html = FIXTURE;
  await serve(context, () => html);
  const page = await context.newPage();
  await page.goto(SHEET);
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));

  // No reader knows the page: nothing is stored, and the notice offers to teach it.
  await page.bringToFront();
  await page.getByRole('button', { name: 'Teach this page' }).click();
  const dialog = page.getByRole('dialog', { name: 'Teach this page' });
  await expect(dialog).toContainText('Click the name of any pupil');
  expect(await storedMarks(options)).toEqual([]);

  // (a) a pupil's name (a link): neither the link nor the page's own click handler may act.
  await page.getByRole('link', { name: 'Oliver Sample' }).click();
  await expect(dialog).toContainText('Now click that pupil’s first mark');
  // (b) the pupil's first mark.
  await page.getByRole('row', { name: /Oliver Sample/ }).getByRole('cell').nth(1).click();
  await expect(page.locator('#clicked')).toHaveText('');
  expect(page.url()).toBe(SHEET);
  // (c) the headers are numbers, not dates: the date of the first column and the layout.
  await dialog.getByLabel('Date of the first mark column').fill('2025-11-17');
  await dialog.getByRole('radio', { name: /AM and PM each day/ }).check();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  // (d) preview.
  await expect(dialog).toContainText('Read 3 pupils × 10 sessions from this page');
  await expect(dialog.getByRole('row', { name: /Amelia Example/ })).toContainText('/ \\ / \\ / \\ / \\ / \\');
  await expect(dialog.getByRole('row', { name: /Oliver Sample/ })).toContainText('I I / \\ L \\ / \\ N N');
  await expect(dialog.getByLabel('Name for this page')).toHaveValue(LABEL);
  await expect(dialog.getByRole('list', { name: 'Problems' })).toHaveCount(0);
  // (e) save: read at once with the taught mapping.
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('attendance-lens-teach')).toHaveCount(0);
  await expect.poll(() => storedMarks(options)).toEqual(expectedMarks(AS_TAUGHT));
  await expect(page.locator('#clicked')).toHaveText('');

  // Reload with one mark changed in the "MIS": read with the taught mapping, without teaching again.
  html = FIXTURE.replace('<td>N</td><td>N</td>', '<td>U</td><td>N</td>');
  await page.reload();
  const changed = { ...AS_TAUGHT, 'Oliver Sample': ['I', 'I', '/', '\\', 'L', '\\', '/', '\\', 'U', 'N'] };
  await expect.poll(() => storedMarks(options)).toEqual(expectedMarks(changed));
  await expect(page.getByRole('button', { name: 'Teach this page' })).toHaveCount(0);

  // Options lists the taught page; rename it, then remove it.
  await options.reload();
  const section = options.getByRole('region', { name: 'Page readers' });
  await expect(section.getByRole('row', { name: new RegExp(LABEL) })).toContainText('127.0.0.1:4599/school/classes/*/sheet/*');
  await section.getByRole('button', { name: `Rename ${LABEL}` }).click();
  await section.getByLabel(`New name for ${LABEL}`).fill('4B sheet');
  await section.getByRole('button', { name: 'Save name' }).click();
  await expect(section.getByRole('rowheader', { name: '4B sheet' })).toBeVisible();
  await section.getByRole('button', { name: 'Remove 4B sheet' }).click();
  await expect(section).toContainText('None yet');

  // No longer read: a changed mark is not stored, and the page is offered for teaching again.
  html = FIXTURE.replace('Amelia Example</a></td><td>/</td>', 'Amelia Example</a></td><td>I</td>');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Teach this page' })).toBeVisible();
  expect(await storedMarks(options)).toEqual(expectedMarks(changed));
});

test('teaching works from the keyboard alone, and Escape cancels leaving nothing behind', async ({ context, extensionUrl }) => {
  await serve(context, () => FIXTURE);
  const page = await context.newPage();
  await page.goto(SHEET);
  const teach = page.getByRole('button', { name: 'Teach this page' });

  // Escape cancels: the teach layer is gone and page clicks reach the page again.
  await teach.click();
  await expect(page.getByRole('dialog', { name: 'Teach this page' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('attendance-lens-teach')).toHaveCount(0);
  await page.getByRole('row', { name: /Amelia Example/ }).getByRole('cell').nth(2).click();
  await expect(page.locator('#clicked')).toHaveText('page handler ran');
  await page.evaluate(() => (document.getElementById('clicked')!.textContent = ''));

  // Keyboard: the highlight starts on the first pupil's name; arrows move it; Enter picks.
  await teach.click();
  const dialog = page.getByRole('dialog', { name: 'Teach this page' });
  await expect(dialog.getByRole('button', { name: 'Use highlighted cell' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog).toContainText('Highlighted: Oliver Sample');
  await page.keyboard.press('ArrowUp');
  await expect(dialog).toContainText('Highlighted: Amelia Example');
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText('Now click that pupil’s first mark');
  await expect(dialog).toContainText('Highlighted: /');
  await page.keyboard.press('Enter');
  const date = dialog.getByLabel('Date of the first mark column');
  await expect(date).toBeFocused();
  await date.fill('2025-11-17');
  await page.keyboard.press('Enter'); // submits the date form
  await expect(dialog).toContainText('Read 3 pupils × 10 sessions from this page');
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('attendance-lens-teach')).toHaveCount(0);

  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  await expect.poll(async () => (await storedMarks(options)).length).toBe(30);
  expect(await storedMarks(options)).toEqual(expectedMarks(AS_TAUGHT));
  await expect(page.locator('#clicked')).toHaveText('');
});
