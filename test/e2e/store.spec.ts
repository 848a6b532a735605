import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ROOT } from './support/build';
import { idbDump } from './support/store-idb';

/**
 * The local store in real Chromium with the built extension: importing a CSV through the options page,
 * backup, purge and restore — checked in the extension origin's real IndexedDB, not through our own code.
 */
const FIXTURES = join(ROOT, 'test', 'fixtures', 'imports');
// The extension page's own API, as the page sees it (evaluated in the page, typed here only).
declare const chrome: { storage: { local: { set(x: object): Promise<void>; get(k: null): Promise<Record<string, unknown>> } } };

/** Counts rows with the plain IndexedDB API (independent of Dexie and of the page's own code). */
async function idbCounts(page: Page) {
  const d = await idbDump(page, true);
  const years = (d.all?.markYears ?? []) as { year: number; codes: string[]; slots: number[] }[];
  // 10 Sept 2025 is day 9 of the 2025/26 record: slots 18 (AM) and 19 (PM).
  const sample = years.find((y) => y.year === 2025 && (y.slots[18] || y.slots[19]));
  return { pupils: d.pupils, marks: d.marks, importLog: d.importLog, sample: sample ? { code: sample.codes[(sample.slots[18] || sample.slots[19])! - 1] } : undefined };
}

async function openData(page: Page, url: string) {
  await page.goto(url);
  const section = page.getByRole('region', { name: 'Your data' });
  // The summary is rendered from a liveQuery once Dexie has opened (and created) the database.
  await expect(section.getByText(/Stored in this browser: \d+ pupils/)).toBeVisible();
  return section;
}

test('import a CSV through the options page: preview, accept, and the marks are in IndexedDB', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  const data = await openData(page, extensionUrl('options.html'));
  await data.getByLabel('Import file').setInputFiles(join(FIXTURES, 'weekly-good.csv'));

  const preview = data.getByRole('region', { name: 'Import preview' });
  const summary = preview.getByRole('definition');
  await expect(summary.filter({ hasText: '3 pupils' })).toBeVisible();
  await expect(summary.filter({ hasText: '8 September 2025 to 19 September 2025' })).toBeVisible();
  await expect(summary.filter({ hasText: '60 marks' })).toBeVisible();
  await expect(preview.getByText(/Against what is stored: 3 new pupils/)).toBeVisible();
  expect((await idbCounts(page)).marks).toBe(0); // the preview wrote nothing

  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByRole('status').filter({ hasText: 'Imported weekly-good.csv: 3 pupils added' })).toBeVisible();
  const counts = await idbCounts(page);
  expect(counts).toMatchObject({ pupils: 3, marks: 60, importLog: 1 });
  expect(counts.sample).toMatchObject({ code: expect.any(String) });
  await expect(data.getByText('Stored in this browser: 3 pupils, 60 marks')).toBeVisible();
});

test('a bad file: problems by line, Cancel writes nothing', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  const data = await openData(page, extensionUrl('options.html'));
  await data.getByLabel('Import file').setInputFiles(join(FIXTURES, 'weekly-bad.csv'));
  const preview = data.getByRole('region', { name: 'Import preview' });
  const problems = preview.getByRole('table', { name: 'Problems in the file' });
  await expect(problems.getByRole('row').filter({ hasText: 'unknown code "ZZ"' })).toContainText('3');
  await expect(problems.getByRole('row').filter({ hasText: 'a name alone is never used' })).toContainText('9');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(data.getByText('Import cancelled. Nothing was written.')).toBeVisible();
  expect(await idbCounts(page)).toMatchObject({ pupils: 0, marks: 0, importLog: 0 });
});

test('backup round trip: download, delete everything, restore (replace) from the file', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  const data = await openData(page, extensionUrl('options.html'));
  await data.getByLabel('Import file').setInputFiles(join(FIXTURES, 'ctf-good.xml'));
  await data.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByText('Stored in this browser: 2 pupils, 56 marks')).toBeVisible();
  await page.evaluate(() => chrome.storage.local.set({ overlayPrefs: { e2e: 'in the backup' } }));
  const settings = await page.evaluate(() => chrome.storage.local.get(null));

  const downloading = page.waitForEvent('download');
  await data.getByRole('button', { name: 'Download backup' }).click();
  const file = await (await downloading).path();
  const backup = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as { format: string; version: number; counts: { marks: number }; tables: { pupils: { contacts?: unknown[] }[] } };
  expect(backup).toMatchObject({ format: 'attendance-lens-backup', version: 3, counts: { marks: 56 } });
  expect(backup.tables.pupils[0]?.contacts).toHaveLength(1);

  await data.getByRole('button', { name: 'Delete all data' }).click();
  const confirm = data.getByRole('alertdialog', { name: /Delete everything/ });
  await expect(confirm.getByRole('button', { name: 'Yes, delete everything' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(data.getByText('Stored in this browser: 0 pupils, 0 marks')).toBeVisible();
  expect(await idbCounts(page)).toMatchObject({ pupils: 0, marks: 0 });

  // Settings made after the backup: replacing makes the settings exactly the backup's again.
  await page.evaluate(() => chrome.storage.local.set({ overlayPrefs: { e2e: 'changed after' }, readerSwitches: { arbor: false } }));

  await data.getByLabel('Backup file to restore').setInputFiles(file);
  await data.getByRole('radio', { name: 'Replace everything here' }).check();
  await data.getByRole('button', { name: 'Restore', exact: true }).click();
  await data.getByRole('button', { name: 'Yes, replace everything' }).click();
  await expect(data.getByText('Stored in this browser: 2 pupils, 56 marks')).toBeVisible();
  await expect(data.getByText(/Settings restored too\./)).toBeVisible();
  expect(await idbCounts(page)).toMatchObject({ pupils: 2, marks: 56, importLog: 1 });
  expect(await page.evaluate(() => chrome.storage.local.get(null))).toEqual(settings);
});
