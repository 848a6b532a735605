import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { BADGE_STYLES, SIZES, demoRegisterPages, overlaySettled, setBadgeStyle, tabWalk, visibleBadges } from './support/overlay-geometry';

/**
 * Issue 16, keyboard and screen readers, on every demo register page (take register, weekly grid, pupil
 * page, both MIS styles), at 1366×900 and 1024×768, with compact and full badges:
 * - axe-core (≥ 4.14, so label-in-name is checked; WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) finds no violation
 *   inside our shadow root, with a details panel open;
 * - a Tab walk round the whole page finds no focused page element under anything of ours, and one stop per
 *   badge, in row order. A walk is the slow part (one press and two frames per stop), so it runs for the
 *   two ends: the default compact badges at 1366×900 and the widest badges in the smallest window;
 * - the keyboard shortcut's focus path puts focus on the first badge.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

for (const style of BADGE_STYLES) {
  test(`${style} badges: axe finds nothing in the overlay, Tab reaches each badge once and no focused element is covered`, async ({ context, demo, serviceWorker }) => {
    test.setTimeout(300_000);
    await setBadgeStyle(serviceWorker, style);
    const pages = await demoRegisterPages(demo.url);
    expect(pages).toHaveLength(6);
    const page = await context.newPage();
    for (const size of SIZES) {
      const walkHere = (style === 'compact') === (size.width === 1366);
      await page.setViewportSize(size);
      for (const p of pages) {
        const where = `${p.name} at ${size.width}×${size.height}, ${style}`;
        await page.goto(new URL(p.path, demo.url).href);
        await overlaySettled(page);
        const overlay = page.locator('attendance-lens-overlay');
        // The badges themselves (a panel opened by focus or hover has buttons of its own in the same group).
        const badges = overlay.getByRole('group', { name: 'Attendance Lens flags' }).locator('.al-slot:not([data-hidden]) > button.al-badge');

        if (walkHere) {
          const shown = await visibleBadges(page);
          expect(shown.length, `${where}: badges shown`).toBeGreaterThan(0);
          const { stops, cameRound } = await tabWalk(page);
          expect(cameRound, `${where}: Tab came round to the first stop (${stops.length} stops)`).toBe(true);
          expect(stops.filter((s) => !s.ours).length, `${where}: page stops`).toBeGreaterThan(0);
          expect(stops.filter((s) => s.covered).map((s) => `${s.what}: ${s.covered}`), `${where}: focused page elements covered by the overlay`).toEqual([]);
          // One stop per badge: each badge once, none left out, in the order of the rows.
          const badgeStops = stops.filter((s) => s.badge);
          expect(new Set(badgeStops.map((s) => s.id)).size, `${where}: a badge reached twice`).toBe(badgeStops.length);
          expect(badgeStops.length, `${where}: Tab stops on badges`).toBe(shown.length);
          const tops = badgeStops.map((s) => Math.round(s.top ?? 0));
          expect(tops, `${where}: badges in row order`).toEqual([...tops].sort((a, b) => a - b));
          // Nothing of ours but badges, the dock's buttons and what is in a panel the badge's focus opened takes a stop.
          expect(stops.filter((s) => s.ours && !s.badge && !/^in (panel|dock) /.test(s.what)).map((s) => s.what), `${where}: other stops of ours`).toEqual([]);
        }

        if (size.width === 1366 && style === 'compact') {
          // The shortcut (Alt+Shift+L, manifest command "focus-flags") runs the content script's focus hook in
          // its isolated world; the browser's key binding itself cannot be pressed in headless Chromium, so run
          // what lib/background/focus-shortcut.ts runs, on this tab.
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
          const focused = await serviceWorker.evaluate(async (url) => {
            type Chrome = {
              tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
              scripting: { executeScript(o: object): Promise<{ result?: unknown }[]> };
            };
            const c = (globalThis as unknown as { chrome: Chrome }).chrome;
            const tab = (await c.tabs.query({})).find((t) => t.url === url);
            const [r] = await c.scripting.executeScript({
              target: { tabId: tab!.id },
              func: () => {
                const f = (globalThis as unknown as Record<string, unknown>).__attendanceLensFocus;
                return typeof f === 'function' ? Boolean((f as () => boolean)()) : 'no hook';
              },
            });
            return r?.result;
          }, page.url());
          expect(focused, `${where}: the shortcut's focus hook`).toBe(true);
          await expect(badges.first(), `${where}: the shortcut focuses the first badge`).toBeFocused();
          await page.keyboard.press('Tab');
          if ((await badges.count()) > 1) await expect(badges.nth(1), `${where}: Tab from the first badge goes to the next`).toBeFocused();
        }

        // A details panel open, by the user's click on the first badge; then axe inside our shadow root.
        await badges.first().click();
        await expect(overlay.getByRole('dialog'), `${where}: panel open`).toBeVisible();
        const results = await new AxeBuilder({ page }).include('attendance-lens-overlay').withTags(AXE_TAGS).analyze();
        const inShadow = (t: unknown) => Array.isArray(t) && t.length > 0 && Array.isArray(t[0]);
        const checked = [...results.passes, ...results.violations, ...results.incomplete].flatMap((r) => r.nodes).filter((n) => inShadow(n.target) || JSON.stringify(n.target).includes('attendance-lens-overlay'));
        // Not a vacuous scan: axe looked at our badges and the panel inside the shadow root.
        expect(checked.length, `${where}: nodes axe checked in the overlay`).toBeGreaterThan(5);
        const violations = results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.html.slice(0, 100)}`) }));
        expect(violations, `${where}: axe violations in the overlay`).toEqual([]);
        await page.keyboard.press('Escape');
      }
    }
  });
}
