import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { demoRegisterPages, geometry, overlaps, overlaySettled } from './support/overlay-geometry';

/**
 * Issue 16, keyboard and screen readers: on every demo register page, with the overlay and a details
 * panel open, axe-core (≥ 4.14, label-in-name included) finds nothing inside our shadow root; and a Tab
 * walk through the page finds no focused element of the page covered by anything of ours.
 */
test('axe finds no violation in the overlay, and no focused element is covered by it, on every demo register page', async ({ context, demo }) => {
  test.setTimeout(240_000);
  const pages = await demoRegisterPages(demo.url);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  for (const p of pages) {
    await page.goto(new URL(p.path, demo.url).href);
    await overlaySettled(page);
    // Open the first badge's panel (pinned, by keyboard-equivalent click).
    const first = page.locator('attendance-lens-overlay').getByRole('button', { expanded: false }).first();
    await first.click();
    await expect(page.getByRole('dialog')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const ours = results.violations
      .map((v) => ({ id: v.id, nodes: v.nodes.filter((n) => JSON.stringify(n.target).includes('attendance-lens-overlay')).map((n) => n.html.slice(0, 120)) }))
      .filter((v) => v.nodes.length);
    expect(ours, `${p.name}: axe violations inside the overlay`).toEqual([]);
    await page.keyboard.press('Escape');

    // Tab walk: every page element that takes focus must not be under our badges or dock.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const covered: string[] = [];
    for (let i = 0; i < 260; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a || a === document.body || a.tagName.toLowerCase() === 'attendance-lens-overlay') return null;
        const b = a.getBoundingClientRect();
        return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, what: `${a.tagName.toLowerCase()} ${a.getAttribute('aria-label') ?? (a.textContent ?? '').trim().slice(0, 30)}` };
      });
      if (!focused) continue;
      const g = await geometry(page);
      covered.push(...overlaps(g.ours, [focused]));
    }
    expect(covered, `${p.name}: focused page elements covered by the overlay`).toEqual([]);
  }
});
