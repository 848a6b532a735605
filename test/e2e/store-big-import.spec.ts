import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from './support/chromium';
import { EXTENSION_DIR } from './support/build';
import { idbDump } from './support/store-idb';
import { schoolYearCsv } from '../../scripts/bench/store/school-file';

/**
 * A 2,000-pupil secondary school's year (780,000 marks) through the options page of the built extension:
 * a visible progress bar, Cancel half-way leaves the store exactly as before, a second import completes,
 * the dashboard opens with every pupil, and a backup restores into an empty profile with every mark,
 * action and setting equal. Checked with the plain IndexedDB API, not through the extension's code.
 */
const PUPILS = 2000;
// The extension page's own API, as the page sees it (evaluated in the page, typed here only).
declare const chrome: { storage: { local: { set(x: object): Promise<void>; get(k: null): Promise<Record<string, unknown>> } } };
test.describe.configure({ timeout: 900_000 });
const t0 = Date.now();
// Where the time goes, printed with the test's output (a loaded CI machine is slow here; the log says where).
const step = (what: string) => console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}`);

async function openData(page: Page, url: string) {
  await page.goto(url);
  const section = page.getByRole('region', { name: 'Your data' });
  await expect(section.getByText(/Stored in this browser: \d+ pupils/)).toBeVisible();
  return section;
}

async function preview(data: ReturnType<Page['getByRole']>, file: string) {
  await data.getByLabel('Import file').setInputFiles(file);
  const region = data.getByRole('region', { name: 'Import preview' });
  await expect(region.getByRole('definition').filter({ hasText: '2000 pupils' })).toBeVisible({ timeout: 120_000 });
  await expect(region.getByRole('definition').filter({ hasText: '780,000 marks' })).toBeVisible();
  return region;
}

test('a 2,000-pupil year: progress, Cancel half-way, import, dashboard, backup restored into an empty profile', async ({ context, extensionUrl }) => {
  const dir = mkdtempSync(join(tmpdir(), 'attendance-lens-big-'));
  const file = join(dir, 'year-2025-26-weekly.csv');
  const { csv, marks } = schoolYearCsv(PUPILS, '2025/26');
  expect(marks).toBe(780_000);
  writeFileSync(file, csv);
  let other: BrowserContext | undefined;
  try {
    const page = await context.newPage();
    const data = await openData(page, extensionUrl('options.html'));
    // Something already stored, so "exactly as before" is not just "empty".
    await page.evaluate(() => chrome.storage.local.set({ overlayPrefs: { e2e: 'kept' } }));

    step('preview');
    // 1. Preview, then Import; Cancel as soon as the bar passes half-way (clicked from the page itself, so
    //    no test polling delay lets the import finish first).
    let region = await preview(data, file);
    const before = await idbDump(page, true);
    await page.evaluate(() => {
      const watch = new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('progress[aria-label="Import progress"]');
        if (bar && bar.hasAttribute('value') && bar.value >= bar.max / 2) {
          watch.disconnect();
          (window as unknown as { halfway: string }).halfway = `${bar.value}/${bar.max}`;
          [...document.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click();
        }
      });
      watch.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await region.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(data.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
    await expect(data.getByText('Import cancelled. Nothing was written: the store is exactly as it was.')).toBeVisible({ timeout: 180_000 });
    expect(await page.evaluate(() => (window as unknown as { halfway?: string }).halfway)).toMatch(/^\d+\/\d+$/);
    expect(await idbDump(page, true)).toEqual(before);

    step('cancelled; second import');
    // 2. The same file again: it completes, and the counts follow as soon as it commits.
    region = await preview(data, file);
    await region.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(data.getByRole('status').filter({ hasText: 'Imported year-2025-26-weekly.csv: 2000 pupils added' })).toBeVisible({ timeout: 180_000 });
    await expect(data.getByText('Stored in this browser: 2,000 pupils, 780,000 marks')).toBeVisible();
    expect(await idbDump(page)).toMatchObject({ pupils: 2000, marks: 780_000, markYears: 2000, importLog: 1 });

    step('imported; dashboard');
    // 3. The dashboard lists every pupil.
    const dash = await context.newPage();
    await dash.goto(extensionUrl('dashboard.html'));
    await expect(dash.getByRole('status').filter({ hasText: /Showing 2,?000 of 2,?000 pupils/ })).toBeVisible({ timeout: 60_000 });

    step('dashboard listed; backup');
    // 4. An action and settings, then a backup; restored into an empty profile, everything is equal.
    await page.evaluate(async () => {
      const open = indexedDB.open('attendance-lens');
      await new Promise((r) => (open.onsuccess = r));
      const db = open.result;
      const pupil = await new Promise<{ id: string }>((r) => {
        const g = db.transaction('pupils').objectStore('pupils').openCursor();
        g.onsuccess = () => r(g.result!.value as { id: string });
      });
      await new Promise((r) => {
        const tx = db.transaction('actions', 'readwrite');
        tx.objectStore('actions').put({ id: 'e2e-act', pupilId: pupil.id, kind: 'call', date: '2026-01-12', createdAt: '2026-01-12T10:00:00Z', with: 'mother' });
        tx.oncomplete = r;
      });
      db.close();
      await chrome.storage.local.set({ customProfile: { name: 'Our bands' }, taught: [{ id: 't1' }], readerSwitches: { arbor: false } });
    });
    const full = await idbDump(page, true);
    const settings = await page.evaluate(() => chrome.storage.local.get(null));
    const downloading = page.waitForEvent('download');
    await data.getByRole('button', { name: 'Download backup' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.json\.gz$/);
    const backupPath = join(dir, 'backup.json.gz');
    await download.saveAs(backupPath);
    await expect(data.getByText(/Backup saved \([\d.]+ MB\): 2,000 pupils, 780,000 marks, 1 action and your settings/)).toBeVisible();

    step('backup saved; restore into an empty profile');
    const profile = mkdtempSync(join(tmpdir(), 'attendance-lens-empty-'));
    other = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...QUIET_CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    });
    const sw = other.serviceWorkers()[0] ?? (await other.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    const fresh = await other.newPage();
    const data2 = await openData(fresh, `chrome-extension://${id}/options.html`);
    await expect(data2.getByText('Stored in this browser: 0 pupils, 0 marks')).toBeVisible();
    await data2.getByLabel('Backup file to restore').setInputFiles(backupPath);
    await expect(data2.getByText(/backup\.json\.gz: made .*, 2,000 pupils, 780,000 marks, 1 action/)).toBeVisible({ timeout: 60_000 });
    await data2.getByRole('radio', { name: 'Replace everything here' }).check();
    await data2.getByRole('button', { name: 'Restore', exact: true }).click();
    await data2.getByRole('button', { name: 'Yes, replace everything' }).click();
    await expect(data2.getByText(/Restored backup\.json\.gz: the store now holds exactly the backup \(2,000 pupils, 780,000 marks\)\. Settings restored too\./)).toBeVisible({ timeout: 120_000 });
    expect(await idbDump(fresh, true)).toEqual(full);
    expect(await fresh.evaluate(() => chrome.storage.local.get(null))).toEqual(settings);
    await other.close();
    rmSync(profile, { recursive: true, force: true });
    other = undefined;
  } finally {
    await other?.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
