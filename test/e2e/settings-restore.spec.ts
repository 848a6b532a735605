import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from './support/chromium';
import { EXTENSION_DIR, ROOT } from './support/build';
import { SETTING_KEYS } from '../../lib/settings/keys';

/**
 * Issue 10: a backup restored into a fresh browser profile brings back the school's own bands, the pages the
 * user taught and every preference — each setting the extension has (the table below is typed over
 * SETTING_KEYS, so a new setting must be given a value here) — equal in storage and in effect on the
 * settings page.
 */
// The extension page's own API, as the page sees it (evaluated in the page, typed here only).
declare const chrome: { storage: { local: { set(x: object): Promise<void>; get(k: null): Promise<Record<string, unknown>> } } };

const mapping = { version: 1, names: { anchor: 'body', path: [['table', 1]] }, marks: { anchor: 'body', path: [['table', 1]] }, nameColumn: 0, firstMarkColumn: 1, layout: 'headers' };
const SETTINGS: { [K in keyof typeof SETTING_KEYS]: unknown } = {
  overlayPrefs: { sites: { 'https://mis.example': false }, markers: { PN_THRESHOLD: false }, badgeStyle: 'full', summaryBar: false, laProfile: 'custom', hintDismissed: true, dockCollapsed: true },
  readerSwitches: { sims: false },
  taught: [{ id: 't-2026-01-05', origin: 'https://mis.example', pathPattern: '/sheet/*', label: 'Marks sheet', createdAt: '2026-01-05T10:00:00.000Z', mapping }],
  customProfile: {
    name: 'Oak bands',
    bands: [
      { label: 'On track', from: { pct: 92.25, inclusive: true }, tone: 'good', nextStep: 'Nothing yet.' },
      { label: 'Needs a call', from: null, tone: 'severe', nextStep: 'Call home.' },
    ],
  },
  schoolDetails: {
    version: 1,
    school: { name: 'Oak Fictional Primary', urn: '118765', dfeNumber: '886/2001', laName: 'Kent', address: { line1: '1 Oak Lane', line2: '', town: 'Maidstone', postcode: 'ME1 1AA' }, phone: '01622 000000', email: 'office@oak.example' },
    referrer: { name: 'Sam Fictional', role: 'Attendance lead', email: 'sam@oak.example', phone: '01622 000001' },
  },
  referralForms: { version: 1, pathways: { 'kent-dfd-penalty-notice': 'https://www.kelsi.org.uk/dfd/pn' }, others: [] },
  siteKinds: { version: 1, sites: { 'https://forms.example/*': 'form', 'https://mis.example/*': 'mis' } },
};

async function openData(page: Page, url: string) {
  await page.goto(url);
  const section = page.getByRole('region', { name: 'Your data' });
  await expect(section.getByText(/Stored in this browser: \d+ pupils/)).toBeVisible();
  return section;
}

/** Every setting visible in effect on the settings page. */
async function expectSettingsInEffect(page: Page) {
  await expect(page.getByRole('combobox', { name: /^Local authority profile/ })).toHaveValue('custom');
  await expect(page.getByLabel('Profile name')).toHaveValue('Oak bands');
  await expect(page.getByRole('radio', { name: /^Full, e\.g\./ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Show the summary bar/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'https://mis.example' })).not.toBeChecked();
  await expect(page.getByRole('switch', { name: 'SIMS (web)' })).not.toBeChecked();
  await expect(page.getByRole('table', { name: 'Pages you taught' }).getByRole('row').filter({ hasText: 'Marks sheet' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'URN', exact: true })).toHaveValue('118765');
}

test('a backup restored into a fresh profile brings back custom bands, taught pages and every preference', async ({ context, extensionUrl }) => {
  // Two browser profiles, one after the other: slow on a loaded machine.
  test.setTimeout(240_000);
  const page = await context.newPage();
  const data = await openData(page, extensionUrl('options.html'));
  await data.getByLabel('Import file').setInputFiles(join(ROOT, 'test', 'fixtures', 'imports', 'ctf-good.xml'));
  await data.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByText('Stored in this browser: 2 pupils, 56 marks')).toBeVisible();
  const stored = Object.fromEntries(Object.entries(SETTINGS).map(([k, v]) => [SETTING_KEYS[k as keyof typeof SETTING_KEYS], v]));
  await page.evaluate((s) => chrome.storage.local.set(s), stored);
  await page.reload();
  await expectSettingsInEffect(page);
  const settings = await page.evaluate(() => chrome.storage.local.get(null));
  for (const key of Object.values(SETTING_KEYS)) expect(settings[key], key).toBeDefined();

  const downloading = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Your data' }).getByRole('button', { name: 'Download backup' }).click();
  const backup = await (await downloading).path();

  const profile = mkdtempSync(join(tmpdir(), 'attendance-lens-fresh-'));
  let other: BrowserContext | undefined;
  try {
    other = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...QUIET_CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    });
    const sw = other.serviceWorkers()[0] ?? (await other.waitForEvent('serviceworker'));
    const fresh = await other.newPage();
    const data2 = await openData(fresh, `chrome-extension://${new URL(sw.url()).host}/options.html`);
    await expect(data2.getByText('Stored in this browser: 0 pupils, 0 marks')).toBeVisible();
    expect(await fresh.evaluate(() => chrome.storage.local.get(null))).not.toEqual(settings);
    await data2.getByLabel('Backup file to restore').setInputFiles(backup);
    await data2.getByRole('radio', { name: 'Replace everything here' }).check();
    await data2.getByRole('button', { name: 'Restore', exact: true }).click();
    await data2.getByRole('button', { name: 'Yes, replace everything' }).click();
    await expect(data2.getByText(/Settings restored too\./)).toBeVisible();
    await expect(data2.getByText('Stored in this browser: 2 pupils, 56 marks')).toBeVisible();
    expect(await fresh.evaluate(() => chrome.storage.local.get(null))).toEqual(settings);
    await fresh.reload();
    await expectSettingsInEffect(fresh);
  } finally {
    await other?.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
