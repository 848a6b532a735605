import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from './support/chromium';
import { EXTENSION_DIR } from './support/build';
import { readTable } from './support/store';

/**
 * Issue 15, the lock: a browser restart locks. The store is left unlocked, the browser closed and started
 * again on the same profile (storage.session, which remembers the last use, is emptied by the restart):
 * the store is locked before anyone uses it, and the audit says why.
 */
const launch = (profile: string) =>
  chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...QUIET_CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
async function extensionBase(context: BrowserContext) {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return `chrome-extension://${new URL(sw.url()).host}/`;
}
type Ext = { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };

test('left unlocked, the store is locked when the browser starts again', async () => {
  test.setTimeout(240_000);
  const profile = mkdtempSync(join(tmpdir(), 'attendance-lens-restart-'));
  let context = await launch(profile);
  try {
    let base = await extensionBase(context);
    let page = await context.newPage();
    await page.goto(`${base}options.html`);
    const set = await page.evaluate(() => (globalThis as unknown as Ext).chrome.runtime.sendMessage({ type: 'lock-set', payload: { passphrase: 'kettle on the staffroom shelf', idleMinutes: 15 } }));
    expect(set).toMatchObject({ state: 'unlocked' });
    await expect(page.getByRole('region', { name: 'Lock' }).getByRole('status').filter({ hasText: 'Unlocked.' })).toBeVisible({ timeout: 30_000 });
    await context.close();

    context = await launch(profile);
    base = await extensionBase(context);
    page = await context.newPage();
    await page.goto(`${base}options.html`);
    await expect(page.getByRole('region', { name: 'Lock' }).getByRole('status').filter({ hasText: /^Locked since/ })).toBeVisible({ timeout: 60_000 });
    const log = await readTable<{ what: string }>(page, 'auditLog');
    expect(log.map((e) => e.what)).toContain('Locked when the browser started');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
