import { readFileSync, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { readTable } from './support/store';
import { ROOT } from './support/build';

/**
 * The blind live ag-grid pages (test/fixtures/blind-teach/aggrid-pinned*.html: names pinned in their
 * own pane, 30 × 10, rows and columns virtualised), taught as a user would: "Teach this page" (the
 * notice, else the popup), the first pupil's name, their first mark, only what is asked, Save, then
 * the notice's next step. The repository root is served at a localhost address (the pages load
 * ag-grid by relative path), by `context.route`. Stored marks are compared with the page's truth.
 */
const ORIGIN = 'http://127.0.0.1:4641';
interface Truth {
  pupils: { name: string; marks: { date: string; session: string; code: string }[] }[];
}

async function storedMarks(options: Page): Promise<string[]> {
  const pupils = await readTable<{ id: string; displayName?: string }>(options, 'pupils');
  const names = new Map(pupils.map((p) => [p.id, p.displayName ?? '?']));
  const marks = await readTable<{ pupilId: string; date: string; session: string; code: string }>(options, 'marks');
  return marks.filter((m) => m.code !== '').map((m) => `${names.get(m.pupilId)}|${m.date}|${m.session}|${m.code}`).sort();
}

for (const file of ['aggrid-pinned-v35', 'aggrid-pinned']) {
  // Flaky until 5 Dec (all marks stored, or none): see the note on the live ag-grid in teach-layouts.spec.ts.
  test(`blind live ag-grid ${file}: taught by a name and a mark, stored after Save`, async ({ context, extensionUrl }) => {
    test.setTimeout(150_000);
    await context.route(`${ORIGIN}/**`, (route) => {
      const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname));
      const abs = join(ROOT, path);
      if (!abs.startsWith(ROOT) || !existsSync(abs)) return route.fulfill({ status: 404, body: '' });
      const type = abs.endsWith('.html') ? 'text/html; charset=utf-8' : abs.endsWith('.js') ? 'text/javascript' : 'text/plain';
      return route.fulfill({ status: 200, contentType: type, body: readFileSync(abs) });
    });
    const truth = JSON.parse(readFileSync(join(ROOT, `test/fixtures/blind-teach/${file}.truth.json`), 'utf8')) as Truth;
    const want = truth.pupils.flatMap((p) => p.marks.map((m) => `${p.name}|${m.date}|${m.session}|${m.code}`)).sort();
    const page = await context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    const url = `${ORIGIN}/test/fixtures/blind-teach/${file}.html`;
    await page.goto(url);
    const first = truth.pupils[0]!.name;
    await expect(page.getByRole('gridcell', { name: first })).toBeVisible();
    const teach = page.getByRole('button', { name: 'Teach this page' });
    const dialog = page.getByRole('dialog', { name: 'Teach this page' });
    if (await teach.isVisible({ timeout: 10_000 }).catch(() => false)) await teach.click();
    else {
      // No notice offers it: the toolbar popup's "Teach this page" (its message, for this tab).
      const ext = await context.newPage();
      await ext.goto(extensionUrl('popup.html'));
      const out = await ext.evaluate(async (u) => {
        const c = (globalThis as unknown as { chrome: any }).chrome;
        const tabs: { id: number; url?: string }[] = await c.tabs.query({});
        return c.runtime.sendMessage({ type: 'teach-open', payload: { tabId: tabs.find((t) => t.url?.startsWith(u))!.id } });
      }, url);
      await ext.close();
      expect(out).toEqual({ opened: true });
      await page.bringToFront();
    }
    await expect(dialog).toBeVisible();
    await page.getByRole('gridcell', { name: first }).click();
    const rowIndex = await page.getByRole('gridcell', { name: first }).evaluate((c) => c.closest('[row-index]')!.getAttribute('row-index'));
    // Her first mark: the first session cell in her row (in the marks pane when the panes are apart).
    await page.locator(`[role="row"][row-index="${rowIndex}"] [role="gridcell"][col-id]:not([col-id="name"]):not([col-id="pupil"]):not([col-id="reg"])`).first().click();
    const date = dialog.getByLabel('Date of the first mark column');
    if (await date.isVisible().catch(() => false)) {
      await date.fill('2026-10-12');
      await dialog.getByRole('button', { name: 'Preview' }).click();
    }
    await expect(dialog).toContainText(/Read \d+ pupils? × \d+ sessions? from this page/);
    await dialog.getByRole('button', { name: /^Save/ }).click();
    const readAll = page.getByRole('button', { name: 'Read the whole grid' });
    if (await readAll.isVisible({ timeout: 5_000 }).catch(() => false)) await readAll.click();
    const options = await context.newPage();
    await options.goto(extensionUrl('options.html'));
    await expect.poll(() => storedMarks(options), { timeout: 40_000 }).toEqual(want);
  });
}
