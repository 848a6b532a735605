import { chromium, type Browser, type Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from './support/chromium';
import {
  BADGE_STYLES,
  FIXTURE_PAGES,
  SIZES,
  badgesNotWhole,
  columnWidths,
  demoRegisterPages,
  geometry,
  overlaps,
  overlaySettled,
  routeFixtures,
  setBadgeStyle,
} from './support/overlay-geometry';

/**
 * Issue 16, "placement that never hides the host page", measured as a user sees it: on every demo register
 * page and on saved MIS pages of other shapes, at a common office laptop size and a small one, with compact
 * and full badges, nothing the overlay draws (badges, the dock's hint and summary, a panel nobody opened)
 * meets a line of the page's text or a control, the dock meets no register row, the table's columns are as
 * wide as in the same browser without the extension, and every badge shows its text whole (never cut to
 * "1/1" or "Severe a…": where the row is narrow, its figure alone or the figure's first word, whole).
 */

// The same pages in a browser without the extension: the column widths the MIS itself lays out.
let plain: Browser;
let plainPage: Page;
test.beforeAll(async () => {
  plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: QUIET_CHROMIUM_ARGS });
  const ctx = await plain.newContext();
  await routeFixtures(ctx);
  plainPage = await ctx.newPage();
});
test.afterAll(async () => {
  await plain?.close();
});

async function widthsWithoutExtension(url: string, size: { width: number; height: number }): Promise<number[]> {
  await plainPage.setViewportSize(size);
  await plainPage.goto(url);
  return columnWidths(plainPage);
}

/** Every check of the first "Done when", on the page as loaded (no panel opened by the user). */
async function expectNothingCovered(page: Page, where: string, url: string, size: { width: number; height: number }) {
  await overlaySettled(page);
  const g = await geometry(page);
  expect(g.ours.filter((o) => o.what.startsWith('badge')).length, `${where}: badges drawn`).toBeGreaterThan(0);
  expect(g.ours.filter((o) => o.what === 'panel'), `${where}: a panel open by itself`).toEqual([]);
  expect(g.text.length, `${where}: page text measured`).toBeGreaterThan(10);
  expect(overlaps(g.ours, g.text), `${where}: over text`).toEqual([]);
  expect(overlaps(g.ours, g.controls), `${where}: over controls`).toEqual([]);
  expect(overlaps(g.dock, g.rows), `${where}: dock over rows`).toEqual([]);
  const whole = await badgesNotWhole(page);
  expect(whole.shown, `${where}: badges shown`).toBeGreaterThan(0);
  expect(whole.problems, `${where}: badge text not whole (forms ${JSON.stringify(whole.forms)})`).toEqual([]);
  const withOverlay = await columnWidths(page);
  expect(withOverlay, `${where}: column widths as without the extension`).toEqual(await widthsWithoutExtension(url, size));
}

for (const style of BADGE_STYLES) {
  test(`${style} badges cover no text, control or row on any demo register page, at 1366×900 and 1024×768`, async ({ context, demo, serviceWorker }) => {
    test.setTimeout(180_000);
    await setBadgeStyle(serviceWorker, style);
    const pages = await demoRegisterPages(demo.url);
    expect(pages).toHaveLength(6);
    const page = await context.newPage();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const p of pages) {
        const url = new URL(p.path, demo.url).href;
        await page.goto(url);
        await expectNothingCovered(page, `${p.name} at ${size.width}×${size.height}`, url, size);
      }
    }
  });
}

test('on saved SIMS, iSAMS, ScholarPack and Bromcom pages, compact and full badges cover no text, control or row, at both sizes', async ({ context, serviceWorker }) => {
  test.setTimeout(180_000);
  await routeFixtures(context);
  const page = await context.newPage();
  for (const style of BADGE_STYLES) {
    await setBadgeStyle(serviceWorker, style);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const f of FIXTURE_PAGES) {
        await page.goto(f.url);
        await expectNothingCovered(page, `${f.name} at ${size.width}×${size.height}, ${style}`, f.url, size);
      }
    }
  }
});
