import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { readTable } from './support/store';
import { ROOT } from './support/build';

/**
 * A register that shows names only (no ids, no UPNs, no dates of birth), served on localhost, read into
 * an EMPTY store (issue 17): nothing is stored on a name alone, the notice says why and offers the
 * one-time confirmation; after it the marks are stored and the next visit asks nothing; a later CTF
 * import with UPNs is joined to those pupils on the user's click, with no pupil stored twice.
 */
const ORIGIN = 'http://127.0.0.1:4597';
const REGISTER = `${ORIGIN}/attendance/group/4E/week/2025-10-13`;
// The names of the pupils in test/fixtures/imports/ctf-good.xml.
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Edit Marks – 4E</title></head><body>
<h1>Edit Marks</h1><p>Group: <strong>4E</strong> · Week commencing 13/10/2025</p>
<table><thead>
<tr><th rowspan="2">Pupil</th><th colspan="2">Mon 13/10</th><th colspan="2">Tue 14/10</th></tr>
<tr><th>AM</th><th>PM</th><th>AM</th><th>PM</th></tr></thead>
<tbody>
<tr><td>Amelia Example</td><td>/</td><td>\\</td><td>N</td><td>N</td></tr>
<tr><td>Noah Sampleton</td><td>/</td><td>\\</td><td>/</td><td>\\</td></tr>
</tbody></table></body></html>`;

async function serve(context: BrowserContext) {
  await context.route(`${ORIGIN}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }));
}

async function stored(options: Page) {
  const pupils = await readTable<{ id: string; displayName?: string; upn?: string; misKeys: string[] }>(options, 'pupils');
  const marks = await readTable<{ pupilId: string; date: string; session: string; code: string }>(options, 'marks');
  return { pupils, marks };
}

test('a names-only register: stored after the one-time confirmation, then a CTF import joined on confirmation, no duplicates', async ({ context, extensionUrl }) => {
  await serve(context);
  const page = await context.newPage();
  await page.goto(REGISTER);

  // An empty store: the true reason (names only), never "match more than one stored record".
  const notice = page.getByRole('status', { name: /Attendance Lens: store the marks of 4E by name\?/ });
  await expect(notice).toContainText('2 pupils are shown by name only. Confirm once');
  await expect(notice).not.toContainText('more than one stored record');
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  expect((await stored(options)).pupils).toHaveLength(0);

  // The one-time confirmation, by keyboard.
  await page.bringToFront();
  const confirm = notice.getByRole('button', { name: 'Store 4E by name' });
  await confirm.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('attendance-lens-overlay')).toBeAttached();
  await expect.poll(async () => (await stored(options)).marks.length).toBe(8);
  expect((await stored(options)).pupils.map((p) => p.displayName).sort()).toEqual(['Amelia Example', 'Noah Sampleton']);

  // The next visit asks nothing and stores nothing twice.
  await page.reload();
  await expect(page.locator('attendance-lens-overlay')).toBeAttached();
  await expect(page.locator('attendance-lens-notice')).toHaveCount(0);
  expect((await stored(options)).pupils).toHaveLength(2);

  // A later CTF with UPNs: imported as new pupils (a name alone matches nothing)…
  await options.bringToFront();
  await options.reload();
  const data = options.getByRole('region', { name: 'Your data' });
  await data.getByLabel('Import file').setInputFiles(join(ROOT, 'test/fixtures/imports/ctf-good.xml'));
  await data.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByText(/Stored in this browser: 4 pupils/)).toBeVisible();

  // …and offered side by side; nothing is joined until the user says so.
  const joins = options.getByRole('region', { name: 'Pupils stored by name only' });
  const table = joins.getByRole('table', { name: 'Stored by name only, beside the imported pupil of the same name' });
  await expect(table.getByRole('row').filter({ hasText: 'Amelia Example' })).toContainText('C886200125001');
  await expect(table.getByRole('row').filter({ hasText: 'Amelia Example' })).toContainText('14 March 2016');
  await expect(table.getByRole('row').filter({ hasText: 'Noah Sampleton' })).toContainText('V886200125004');
  await joins.getByRole('button', { name: 'Join 2 pupils' }).click();
  await expect(joins.getByRole('status')).toContainText('Joined 2 pupils');
  await expect(data.getByText(/Stored in this browser: 2 pupils/)).toBeVisible();
  const after = await stored(options);
  expect(after.pupils.map((p) => p.upn).sort()).toEqual(['C886200125001', 'V886200125004']);
  // The page's marks are on the UPN pupils now.
  const amelia = after.pupils.find((p) => p.upn === 'C886200125001')!;
  expect(after.marks.filter((m) => m.pupilId === amelia.id && m.date === '2025-10-14').map((m) => m.code)).toEqual(['N', 'N']);

  // The register page finds the joined pupils: no new pupil, no notice.
  await page.bringToFront();
  await page.reload();
  await expect(page.locator('attendance-lens-overlay')).toBeAttached();
  await expect(page.locator('attendance-lens-notice')).toHaveCount(0);
  expect((await stored(options)).pupils).toHaveLength(2);

  // The dashboard counts each child once.
  const dash = await context.newPage();
  await dash.goto(extensionUrl('dashboard.html'));
  await expect(dash.getByRole('region', { name: 'No pupils are stored yet' })).toHaveCount(0);
  await expect(dash.getByText('Amelia Example').first()).toBeVisible();
  await expect(dash.getByRole('link', { name: /Amelia/ })).toHaveCount(1);
});
