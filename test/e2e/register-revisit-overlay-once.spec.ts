import { test, expect } from './fixtures';
import { demoRegisterPages, overlaySettled } from './support/overlay-geometry';

/**
 * Issue 11: a register page opened again draws its badges sooner. The background knows the page drew badges
 * when last read, so it injects the register reads and the overlay while answering the page's settings (not a
 * round trip later, when the page would ask), and the page's own requests for them find those injections:
 * each part runs once per page.
 */
test('a register page opened again: its reads and the overlay are injected once each, by the background answering its settings', async ({ context, demo, serviceWorker }) => {
  const [register] = (await demoRegisterPages(demo.url)).filter((p) => /take-register/.test(p.name));
  expect(register, 'a take-register page in the demo').toBeTruthy();
  const page = await context.newPage();
  await page.goto(new URL(register!.path, demo.url).href);
  await overlaySettled(page);

  // What the background is asked, and what it injects, from here on (in its own order).
  await serviceWorker.evaluate(() => {
    const log: string[] = [];
    const g = globalThis as unknown as {
      __e2eLog: string[];
      chrome: { runtime: { onMessage: { addListener(l: (m: { type?: string }) => void): void } }; scripting: { executeScript: (i: { files?: string[] }) => Promise<unknown> } };
    };
    g.__e2eLog = log;
    g.chrome.runtime.onMessage.addListener((m) => void log.push(`message ${m?.type}`));
    const scripting = g.chrome.scripting;
    const inject = scripting.executeScript.bind(scripting);
    scripting.executeScript = (i) => {
      log.push(`inject ${(i.files ?? []).join(',')}`);
      return inject(i);
    };
  });
  await page.reload();
  await overlaySettled(page);
  await expect(page.locator('attendance-lens-overlay').first().getByRole('button').first()).toBeVisible();
  const log = await serviceWorker.evaluate(() => (globalThis as unknown as { __e2eLog: string[] }).__e2eLog);

  expect(log.filter((l) => l.startsWith('inject')), log.join(' → ')).toEqual(['inject /mis-grid.js', 'inject /mis-overlay.js']);
  const settings = log.indexOf('message page-settings');
  const injected = log.indexOf('inject /mis-overlay.js');
  const asked = log.indexOf('message load-part');
  expect(settings, log.join(' → ')).toBeGreaterThanOrEqual(0);
  expect(log.indexOf('inject /mis-grid.js'), log.join(' → ')).toBeGreaterThan(settings);
  expect(injected, log.join(' → ')).toBeGreaterThan(settings);
  // The page's own requests, if they came, came after the injections had begun (and started no others).
  if (asked >= 0) expect(asked, log.join(' → ')).toBeGreaterThan(injected);
});
