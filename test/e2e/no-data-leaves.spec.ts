import { join } from 'node:path';
import type { Request } from '@playwright/test';
import { test, expect } from './fixtures';
import { ROOT } from './support/build';
import { badgeOf, bromcomSite, DAY, GROUP, name, paPupil } from './support/demo-pupils';

/**
 * No data leaves the computer: every request made while a school uses the extension — its pages, its
 * service worker, its content scripts on the MIS pages — is recorded, and none goes anywhere but the
 * (demo) MIS pages the user opened and the extension's own files. Recorded twice over: Playwright's
 * request events (pages, frames and, in Chromium, the service worker) and a catch-all route that also
 * aborts anything non-local, so a leak would be both seen and stopped.
 */
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

test('a whole demo session makes no request beyond the MIS pages opened and the extension itself', async ({ context, demo, extensionId, extensionUrl, serviceWorker }) => {
  test.setTimeout(120_000);
  const demoOrigin = new URL(demo.url).origin;
  const allowed = (url: string) => {
    const u = new URL(url);
    return u.origin === demoOrigin || (u.protocol === 'chrome-extension:' && u.host === extensionId) || u.protocol === 'data:' || u.protocol === 'blob:';
  };
  const seen: { url: string; from: string }[] = [];
  const from = (r: Request) => {
    try {
      return r.serviceWorker() ? 'service worker' : r.frame().url() || 'page';
    } catch {
      return 'worker';
    }
  };
  context.on('request', (r) => seen.push({ url: r.url(), from: from(r) }));
  const routed: string[] = [];
  await context.route(
    (url) => !allowed(url.href),
    (route) => {
      routed.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );

  // 1. Register pages in both demo styles (Arbor-like and Bromcom-like), and a pupil's own page.
  const mis = await context.newPage();
  await mis.goto(`${demo.url}arbor/students-ui/student-attendance/student-id/${paPupil.arborId}`);
  await expect(mis.locator('attendance-lens-overlay')).toBeAttached();
  await mis.goto(`${demo.url}arbor/attendance-ui/register/group/${GROUP}/date/${DAY}/session/AM`);
  await expect(badgeOf(mis, paPupil)).toBeVisible();
  await mis.goto(`${demo.url}bromcom/Nucleus/UI/Areas/Attendance/TakeRegister.aspx?TutorGroup=${bromcomSite.GROUP}&Date=${ddmmyyyy(bromcomSite.DAY)}&Session=PM`);
  await expect(badgeOf(mis, bromcomSite.group[0]!)).toBeVisible();

  // 2. The dashboard and a pupil's page.
  const dash = await context.newPage();
  await dash.goto(extensionUrl('dashboard.html'));
  await dash.getByRole('link', { name: new RegExp(name(paPupil)) }).first().click();
  await expect(dash.getByRole('heading', { level: 1, name: new RegExp(name(paPupil)) })).toBeVisible();

  // 3. Settings: import a CSV, and make a backup.
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  const data = options.getByRole('region', { name: 'Your data' });
  await expect(data.getByText(/Stored in this browser: \d+ pupils/)).toBeVisible();
  await data.getByLabel('Import file').setInputFiles(join(ROOT, 'test', 'fixtures', 'imports', 'weekly-good.csv'));
  await data.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByRole('status').filter({ hasText: 'Imported weekly-good.csv' })).toBeVisible();
  const downloading = options.waitForEvent('download');
  await data.getByRole('button', { name: 'Download backup' }).click();
  expect((await downloading).url()).toMatch(/^(blob|data):/);

  // 4. The toolbar popup's page.
  const popup = await context.newPage();
  await popup.goto(extensionUrl('popup.html'));
  await expect(popup.locator('body')).not.toBeEmpty();

  // Even if code tried, the extension's CSP stops a request to anywhere else before it is made.
  const blocked = await serviceWorker.evaluate(() => fetch('https://example.org/collect').then(() => 'sent', (e: Error) => `blocked: ${e.message}`));
  expect(blocked).toMatch(/^blocked/);
  const blockedFromPage = await options.evaluate(() => fetch('https://example.org/collect').then(() => 'sent', (e: Error) => `blocked: ${e.message}`));
  expect(blockedFromPage).toMatch(/^blocked/);

  // The recorder works: a request from a web page to elsewhere is seen (and stopped by the route).
  await mis.evaluate(() => fetch('https://example.org/control').catch(() => undefined));
  await expect.poll(() => seen.some((s) => s.url === 'https://example.org/control')).toBe(true);

  console.log(`requests recorded: ${seen.length} (${seen.filter((s) => s.url.startsWith(demoOrigin)).length} demo MIS, ${seen.filter((s) => s.url.startsWith('chrome-extension:')).length} extension files, ${seen.filter((s) => s.from === 'service worker').length} from the service worker)`);
  const leaks = seen.filter((s) => !allowed(s.url) && s.url !== 'https://example.org/control');
  expect(leaks, `requests to elsewhere: ${JSON.stringify(leaks, null, 1)}`).toEqual([]);
  expect(routed.filter((u) => u !== 'https://example.org/control')).toEqual([]);
  // The session did make requests, all local: the demo pages and the extension's files.
  expect(seen.filter((s) => s.url.startsWith(demoOrigin)).length).toBeGreaterThanOrEqual(3);
  expect(seen.some((s) => s.url.startsWith(`chrome-extension://${extensionId}/`))).toBe(true);
});
