import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { idbDump } from './support/store-idb';
import { schoolYearCsv } from '../../scripts/bench/store/school-file';

/**
 * Crash safety (issue 15): the extension's service worker stopped in the middle of an import. Chromium stops
 * an idle MV3 worker whenever it likes, so this must be harmless. The import runs in the options page's data
 * worker (one IndexedDB transaction), not in the service worker, so stopping the service worker — for real,
 * through the DevTools protocol, as Chromium's idle timeout would — neither interrupts nor half-writes it:
 * the import completes with every mark, and the background starts again on the next message. (The page and
 * its data worker dying mid-write is store-big-import.spec.ts: the store is then exactly as before.)
 */
const PUPILS = 1500;

/** Stops the extension's service worker (DevTools protocol) once the import's write is under way; says how far it was and that the worker stopped. */
async function stopServiceWorkerMidWrite(page: Page): Promise<{ at: string; stopped: boolean; targetGone: boolean; doneWhenStopped: boolean }> {
  const cdp = await page.context().newCDPSession(page);
  const status: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => status.push(...e.versions.filter((v) => v.scriptURL.endsWith('/background.js')).map((v) => v.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  const at = await page.waitForFunction(
    () => {
      const p = document.querySelector<HTMLProgressElement>('progress[aria-label="Import progress"]');
      return p && p.hasAttribute('value') && p.value > 0 && p.value < p.max ? `${p.value}/${p.max}` : null;
    },
    undefined,
    { polling: 'raf', timeout: 300_000 },
  );
  const where = (await at.jsonValue()) as string;
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Playwright emits no 'close' for a stopped extension worker; the protocol says it stopped and its target is gone.
  await expect.poll(() => status.at(-1), { timeout: 30_000, intervals: [20] }).toBe('stopped');
  // Was the write already over when the worker had stopped? (It must not have been, for this to test anything.)
  const doneWhenStopped = await page.evaluate(() => {
    const p = document.querySelector<HTMLProgressElement>('progress[aria-label="Import progress"]');
    return !p || p.value >= p.max;
  });
  const targets = (await cdp.send('Target.getTargets')).targetInfos;
  const targetGone = !targets.some((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
  await cdp.detach();
  return { at: where, stopped: status.at(-1) === 'stopped', targetGone, doneWhenStopped };
}

test('the service worker stopped mid-import: the import completes whole, nothing half-written; the background comes back', async ({ context, serviceWorker: _sw, extensionUrl }) => {
  test.setTimeout(600_000);
  const dir = mkdtempSync(join(tmpdir(), 'attendance-lens-sw-stop-'));
  const file = join(dir, 'year-weekly.csv');
  const { csv, marks } = schoolYearCsv(PUPILS, '2025/26');
  writeFileSync(file, csv);
  try {
    const page = await context.newPage();
    await page.goto(extensionUrl('options.html'));
    const data = page.getByRole('region', { name: 'Your data' });
    await expect(data.getByText('Stored in this browser: 0 pupils, 0 marks')).toBeVisible({ timeout: 60_000 });
    await data.getByLabel('Import file').setInputFiles(file);
    const region = data.getByRole('region', { name: 'Import preview' });
    await expect(region.getByRole('definition').filter({ hasText: `${PUPILS} pupils` })).toBeVisible({ timeout: 120_000 });

    await region.getByRole('button', { name: 'Import', exact: true }).click();
    const { at, stopped, targetGone, doneWhenStopped } = await stopServiceWorkerMidWrite(page);
    // The worker really stopped while the write was under way.
    expect(stopped).toBe(true);
    expect(targetGone).toBe(true);
    const [done, total] = at.split('/').map(Number);
    expect(done! < total!, `stopped at ${at}, mid-write`).toBe(true);
    expect(doneWhenStopped, 'the import was still under way when the service worker had stopped').toBe(false);

    await expect(data.getByRole('status').filter({ hasText: `Imported year-weekly.csv: ${PUPILS} pupils added` })).toBeVisible({ timeout: 300_000 });
    expect(await idbDump(page)).toMatchObject({ pupils: PUPILS, marks, importLog: 1 });

    // The background starts again on the next message and answers.
    const pong = await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'lock-status', payload: {} }));
    expect(pong).toMatchObject({ state: 'off' });
    expect(context.serviceWorkers().length).toBeGreaterThan(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
