import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { readTable } from './support/store';
import { ROOT } from './support/build';
import { DAY_LABELS, expectedMarks, gridRecords, PAGE_HEADING, SESSION_FIELDS } from '../../scripts/fixtures/grid-data';

/**
 * A school portal's register drawn by ag-grid (v36) on a localhost address no MIS reader knows:
 * a pinned name column, day groups over AM/PM, and row virtualisation (only the rows in view exist
 * in the DOM). The generic reader reads each slice; as the user scrolls, the slices are merged, and
 * only when every row the grid declares has been seen is the register stored — every row exactly once.
 * Served by `context.route` (nothing listens on the port).
 */
const ORIGIN = 'http://127.0.0.1:4618';
const PUPILS = 40;

async function pageScript(): Promise<string> {
  const code = `
import { AllCommunityModule, ModuleRegistry, createGrid } from 'ag-grid-community';
ModuleRegistry.registerModules([AllCommunityModule]);
const records = ${JSON.stringify(gridRecords(PUPILS))};
const days = ${JSON.stringify(DAY_LABELS)};
const fields = ${JSON.stringify(SESSION_FIELDS)};
createGrid(document.getElementById('grid'), {
  columnDefs: [
    { field: 'name', headerName: 'Pupil', pinned: 'left' },
    ...days.map((d, i) => ({ headerName: d, children: [
      { field: fields[2 * i], headerName: 'AM', width: 70 },
      { field: fields[2 * i + 1], headerName: 'PM', width: 70 },
    ] })),
  ],
  rowData: records,
  getRowId: (p) => p.data.id,
  rowBuffer: 2,
  suppressColumnVirtualisation: true,
});`;
  const out = await build({ stdin: { contents: code, resolveDir: ROOT, loader: 'js' }, bundle: true, format: 'iife', write: false, minify: true, logLevel: 'error' });
  return out.outputFiles[0]!.text;
}

/** What Attendance Lens shows on the page (its notice and overlay live in shadow roots). */
async function lensText(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('*'))
      .filter((e) => e.tagName.startsWith('ATTENDANCE-LENS'))
      .map((e) => e.shadowRoot?.textContent ?? e.textContent ?? '')
      .join(' '),
  );
}

async function storedMarks(options: Page): Promise<string[]> {
  const pupils = await readTable<{ id: string; displayName?: string }>(options, 'pupils');
  const names = new Map(pupils.map((p) => [p.id, p.displayName ?? '?']));
  const marks = await readTable<{ pupilId: string; date: string; session: string; code: string }>(options, 'marks');
  return marks.map((m) => `${names.get(m.pupilId)}|${m.date}|${m.session}|${m.code}`).sort();
}

test('scrolling a live virtualised ag-grid register stores every row exactly once, and nothing before the last row is seen', async ({ context, extensionUrl }) => {
  test.setTimeout(120_000);
  const js = await pageScript();
  await context.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/app.js') return route.fulfill({ status: 200, contentType: 'text/javascript', body: js });
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>7A attendance</title></head><body><main>${PAGE_HEADING}<div id="grid" style="height: 320px; width: 1000px"></div></main><script src="/app.js"></script></body></html>`,
    });
  });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/portal/registers/7A`);
  await expect(page.getByRole('gridcell', { name: 'Amelia Example' })).toBeVisible();
  // Virtualised: far fewer rows in the DOM than the grid declares.
  expect(await page.locator('.ag-center-cols-container [role="row"]').count()).toBeLessThan(PUPILS);
  await expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', String(PUPILS + 2));

  // Only part of the register has been on screen: the page says so, and nothing is stored yet.
  await expect.poll(() => lensText(page), { timeout: 15_000 }).toMatch(/scroll/i);
  await expect.poll(() => lensText(page)).toMatch(/nothing from this page is stored/i);

  await page.bringToFront();
  // Scroll as a user does: the wheel over the grid, a few rows at a time.
  await page.getByRole('gridcell', { name: 'Amelia Example' }).hover();
  for (let i = 0; i < 25; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(250);
  }
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  await expect.poll(() => storedMarks(options), { timeout: 20_000 }).toHaveLength(PUPILS * 10);
  expect(await storedMarks(options)).toEqual(expectedMarks(PUPILS));
  const pupils = await readTable<{ id: string }>(options, 'pupils');
  expect(pupils).toHaveLength(PUPILS);
});
