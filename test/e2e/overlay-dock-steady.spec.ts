import { test, expect } from './fixtures';
import { demoRegisterPages, geometry, overlaySettled } from './support/overlay-geometry';

/**
 * Issue 16: the dock (hint and summary) stays where it is. On each take-register page at 1366×900, its place
 * is the same after a reload, and after a mark is changed on screen (the edited pupil's badge grows an
 * "unsaved" note), as long as no row comes under it.
 */
test('the dock keeps its corner across reloads and mark edits on the take-register pages', async ({ context, demo }) => {
  test.setTimeout(120_000);
  const pages = (await demoRegisterPages(demo.url)).filter((p) => /take-register/.test(p.name));
  expect(pages).toHaveLength(2);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  const dockBox = async () => {
    const g = await geometry(page);
    expect(g.dock.length, 'dock drawn').toBeGreaterThan(0);
    const d = g.dock[0]!;
    return { left: Math.round(d.left), top: Math.round(d.top), right: Math.round(d.right), bottom: Math.round(d.bottom) };
  };
  for (const p of pages) {
    const url = new URL(p.path, demo.url).href;
    await page.goto(url);
    await overlaySettled(page);
    const first = await dockBox();
    for (let i = 0; i < 2; i++) {
      await page.reload();
      await overlaySettled(page);
      expect(await dockBox(), `${p.name}: after reload ${i + 1}`).toEqual(first);
    }
    // A mark changed on screen, not saved: the badge changes, the dock does not move.
    const select = page.locator('select').first();
    const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
    const current = await select.inputValue();
    await select.selectOption(values.find((v) => v !== current)!);
    await page.waitForTimeout(300);
    await overlaySettled(page);
    expect(await dockBox(), `${p.name}: after an edit`).toEqual(first);
  }
});

test('the summary the user collapses is saved (by the background, as a setting) and stays collapsed after a reload', async ({ context, demo, extensionUrl }) => {
  const pages = (await demoRegisterPages(demo.url)).filter((p) => /take-register/.test(p.name));
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(new URL(pages[0]!.path, demo.url).href);
  await overlaySettled(page);
  await page.waitForTimeout(300); // placement settles over two frames
  const show = page.getByRole('button', { name: /show the Attendance Lens summary/ });
  const hide = page.getByRole('button', { name: /hide the Attendance Lens summary/ });
  const saved = async () => {
    const ext = await context.newPage();
    await ext.goto(extensionUrl('options.html'));
    const prefs = await ext.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { dockCollapsed?: boolean } | undefined>> } } } }).chrome.storage.local.get('overlayPrefs')).overlayPrefs);
    await ext.close();
    return prefs?.dockCollapsed;
  };
  // Folded away from the last rows for want of room, it is opened by the user first.
  if (await show.count()) await show.click();
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await hide.click();
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(saved).toBe(true);
  await page.reload();
  await overlaySettled(page);
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect(hide).toHaveCount(0);
  await show.click();
  await expect.poll(saved).toBe(false);
});
