import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { demoRegisterPages, overlaySettled } from './support/overlay-geometry';

/**
 * Issue 16, keyboard and screen readers: on every demo register page, with the overlay and a details
 * panel open, axe-core (≥ 4.14, label-in-name included) finds nothing inside our shadow root; and a Tab
 * walk through the page finds no focused element of the page covered by anything of ours.
 */
test('axe finds no violation in the overlay, and no focused element is covered by it, on every demo register page', async ({ context, demo }) => {
  test.setTimeout(480_000); // every demo register page, Tab by Tab: 1–2 min alone, over 4 under load
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
    await page.mouse.move(1, 1);

    // Tab walk: every page element that takes focus must not be under our badges or dock.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const covered: string[] = [];
    for (let i = 0; i < 160; i++) {
      await page.keyboard.press('Tab');
      // One evaluation per step: the focused page element against every box the overlay draws.
      const hit = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a || a === document.body || a.tagName.toLowerCase() === 'attendance-lens-overlay') return null;
        const f = a.getBoundingClientRect();
        const root = document.querySelector('attendance-lens-overlay')?.shadowRoot;
        if (!root) return null;
        for (const el of Array.from(root.querySelectorAll('.al-slot:not([data-hidden]) .al-badge, .al-dock:not([data-hidden]) > *, .al-panel'))) {
          const b = el.getBoundingClientRect();
          if (Math.min(b.right, f.right) - Math.max(b.left, f.left) > 0.5 && Math.min(b.bottom, f.bottom) - Math.max(b.top, f.top) > 0.5) {
            return `${a.tagName.toLowerCase()} "${a.getAttribute('aria-label') ?? (a.textContent ?? '').trim().slice(0, 30)}" under ${el.className}`;
          }
        }
        return null;
      });
      if (hit) covered.push(hit);
    }
    expect(covered, `${p.name}: focused page elements covered by the overlay`).toEqual([]);
  }
});
