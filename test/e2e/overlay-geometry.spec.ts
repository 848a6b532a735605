import { test, expect } from './fixtures';
import { badgesNotWhole, demoRegisterPages, geometry, overlaps, overlaySettled } from './support/overlay-geometry';

/**
 * Issue 16, "placement that never hides the host page", measured as a user sees it: on every demo register
 * page, at a common office laptop size and a small one, with compact and full badges, nothing the overlay
 * draws meets a line of the page's text or a control, the dock meets no register row, the table's
 * columns are as wide as without the overlay, and every badge shows its text whole (never cut to "1/1" or
 * "Severe a…": where the row is narrow, its figure alone or the figure's first word, whole).
 */
const SIZES = [
  { width: 1366, height: 900 },
  { width: 1024, height: 768 },
];

for (const style of ['compact', 'full'] as const) {
  test(`${style} badges cover no text, control or row on any demo register page, at 1366×900 and 1024×768`, async ({ context, demo, serviceWorker }) => {
    test.setTimeout(180_000);
    await serviceWorker.evaluate(async (badgeStyle) => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await c.storage.local.set({ overlayPrefs: { badgeStyle } });
    }, style);
    const pages = await demoRegisterPages(demo.url);
    expect(pages).toHaveLength(6);
    const page = await context.newPage();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const p of pages) {
        const where = `${p.name} at ${size.width}×${size.height}`;
        await page.goto(new URL(p.path, demo.url).href);
        await overlaySettled(page);
        const g = await geometry(page);
        expect(g.ours.filter((o) => o.what.startsWith('badge')).length, `${where}: badges drawn`).toBeGreaterThan(0);
        expect(overlaps(g.ours, g.text), `${where}: over text`).toEqual([]);
        expect(overlaps(g.ours, g.controls), `${where}: over controls`).toEqual([]);
        expect(overlaps(g.dock, g.rows), `${where}: dock over rows`).toEqual([]);
        const whole = await badgesNotWhole(page);
        expect(whole.shown, `${where}: badges shown`).toBeGreaterThan(0);
        expect(whole.problems, `${where}: badge text not whole (forms ${JSON.stringify(whole.forms)})`).toEqual([]);
        // Column widths: the same with the overlay as without it.
        const widths = () => page.locator('th, [role="columnheader"]').evaluateAll((hs) => hs.map((h) => Math.round(h.getBoundingClientRect().width * 10) / 10));
        const withOverlay = await widths();
        await page.evaluate(() => document.querySelector('attendance-lens-overlay')?.remove());
        expect(await widths(), `${where}: column widths`).toEqual(withOverlay);
      }
    }
  });
}
