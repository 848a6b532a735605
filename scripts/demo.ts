/**
 * `npm run demo`: build the extension, serve the demo MIS and demo referral forms on localhost, and
 * open Chromium with the extension loaded on the demo MIS.
 *
 *   npm run demo                                   a browser window (needs a display)
 *   npm run demo -- --headless --screenshot DIR    PNG screenshots of the main pages and the dashboard, then exit 0
 *   options: --seed N (demo school), --as-of YYYY-MM-DD (the demo's "today"; default: today)
 */
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startDemoServer } from './demo-server';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from '../test/e2e/support/chromium';
import { ensureExtensionBuilt } from '../test/e2e/support/build';
import { screenshotPages } from './demo/screenshot-pages';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'as-of': { type: 'string' },
  },
});

const today = new Date().toISOString().slice(0, 10);
const asOf = values['as-of'] ?? today;
if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) fail(`--as-of must be YYYY-MM-DD, got ${asOf}`);
const headless = values.headless || !!values.screenshot;
if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail('No display here. Use `npm run demo -- --headless --screenshot out/` to get screenshots instead.');
}

const extension = ensureExtensionBuilt();
const server = await startDemoServer({ port: 0, seed: Number(values.seed), asOf });
console.log(`demo MIS and forms: ${server.url}`);

const profile = mkdtempSync(join(tmpdir(), 'attendance-lens-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless,
  viewport: { width: 1366, height: 900 },
  args: [...QUIET_CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
});
const cleanUp = async () => {
  await context.close().catch(() => {});
  await server.close();
  rmSync(profile, { recursive: true, force: true });
};

if (values.screenshot) {
  const dir = resolve(values.screenshot);
  mkdirSync(dir, { recursive: true });
  const page = context.pages()[0] ?? (await context.newPage());
  const [index, forms] = await Promise.all([fetch(server.url).then((r) => r.text()), fetch(new URL('/forms/', server.url)).then((r) => r.text())]);
  for (const shot of screenshotPages(index, forms)) {
    await page.goto(new URL(shot.path, server.url).href, { waitUntil: 'load' });
    // The extension marks the page once its content script has run; give it that moment.
    await page.waitForSelector('html[data-attendance-lens]', { timeout: 10_000 }).catch(() => {
      console.warn(`warning: the extension did not mark ${shot.path} as active`);
    });
    // Register pages: wait for the extension's badges (its overlay host) before the picture.
    if (/register|marks-grid|TakeRegister|ManageAttendance|student-attendance|StudentDetails/.test(shot.path)) {
      await page.waitForSelector('attendance-lens-overlay', { state: 'attached', timeout: 15_000 }).catch(() => {
        console.warn(`warning: no Attendance Lens badges appeared on ${shot.path}`);
      });
      await page.waitForTimeout(300);
    }
    const file = join(dir, `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    console.log(`wrote ${file}`);
  }
  // The dashboard, holding what the pages above stored: the list, then the first pupil's page.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const dashboard = `chrome-extension://${new URL(worker.url()).host}/dashboard.html`;
  await page.goto(dashboard);
  const firstPupil = page.getByRole('table').first().getByRole('link').first();
  await firstPupil.waitFor({ timeout: 15_000 });
  for (const [name, go] of [
    ['09-dashboard', async () => {}],
    ['10-dashboard-pupil', () => firstPupil.click()],
  ] as const) {
    await go();
    await page.waitForTimeout(300);
    const file = join(dir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    console.log(`wrote ${file}`);
  }
  await cleanUp();
  process.exit(0);
} else {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  console.log('Chromium is open with Attendance Lens loaded. Close the window or press Ctrl+C to stop.');
  context.on('close', () => void server.close().then(() => process.exit(0)));
  process.on('SIGINT', () => void cleanUp().then(() => process.exit(0)));
}

function fail(message: string): never {
  console.error(`demo: ${message}`);
  process.exit(2);
}
