import type { Page } from '@playwright/test';

/**
 * Presses Tab through the page and returns the controls it never reached: every visible link, button,
 * form control, summary and element with tabindex ≥ 0 must take focus from the keyboard alone.
 */
export async function controlsNotReachedByTab(page: Page): Promise<string[]> {
  const total = await page.evaluate(() => {
    const sel = 'a[href], button, input, select, textarea, summary, [tabindex]';
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const hidden = !el.offsetParent && getComputedStyle(el).position !== 'fixed';
      if (hidden || (el as HTMLButtonElement).disabled || el.tabIndex < 0) continue;
      el.dataset.kb = String(n++);
    }
    return n;
  });
  await page.locator('body').focus();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen = new Set<string>();
  for (let i = 0; i < total + 10; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kb ?? null);
    if (id !== null) seen.add(id);
  }
  return page.evaluate((reached) => {
    const missed: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('[data-kb]')) {
      if (!reached.includes(el.dataset.kb!)) missed.push(`${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`);
    }
    return missed;
  }, [...seen]);
}
