import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { name, paPupil } from './support/demo-pupils';
import { demoPupilId } from './support/demo-store-rows';
import { loadDemoSchool } from './support/load-demo';

/**
 * The dashboard's three main pages at 1366×900 (a typical office laptop) with the demo school in the store,
 * as PNGs for the issue notes (overview.png, list.png, pupil.png in $DASH_SHOTS or /tmp/dash-shots). Each
 * page must fit the width: no sideways scrolling, no table wider than its card.
 */
test.describe.configure({ timeout: 300_000 });
const SLOW = { timeout: 60_000 };
const DIR = process.env.DASH_SHOTS ?? '/tmp/dash-shots';

async function fitsWidth(page: Page) {
  const over = await page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page ${document.documentElement.scrollWidth}px wide`);
    for (const t of document.querySelectorAll('table')) {
      const card = t.closest('.card, article, [role=tabpanel], main');
      if (card && t.getBoundingClientRect().right > card.getBoundingClientRect().right + 1) out.push(`table "${t.caption?.textContent ?? ''}" overflows`);
    }
    return out;
  });
  expect(over).toEqual([]);
}

test('screenshots of the overview, a list and a pupil page at 1366×900, each fitting the width', async ({ context, extensionUrl }) => {
  mkdirSync(DIR, { recursive: true });
  await loadDemoSchool(context, extensionUrl);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });

  await page.goto(extensionUrl('dashboard.html#/overview'));
  await expect(page.getByRole('region', { name: 'Attendance, persistent and severe absence' }).getByRole('row', { name: /^Persistent absence/ })).toContainText('pupils)', SLOW);
  await fitsWidth(page);
  await page.screenshot({ path: join(DIR, 'overview.png') });

  await page.goto(extensionUrl('dashboard.html'));
  await page.getByRole('tab', { name: /^Persistent absence \(\d+\)/ }).click(SLOW);
  await expect(page.getByRole('status').filter({ hasText: /^Showing .*: persistent absence\./ })).toBeVisible(SLOW);
  await fitsWidth(page);
  await page.screenshot({ path: join(DIR, 'list.png') });

  await page.goto(extensionUrl(`dashboard.html#/pupil/${encodeURIComponent(demoPupilId(paPupil))}`));
  await expect(page.getByRole('heading', { level: 1, name: name(paPupil) })).toBeFocused(SLOW);
  await expect(page.getByRole('grid', { name: /^Session history/ })).toBeVisible(SLOW);
  await fitsWidth(page);
  await page.screenshot({ path: join(DIR, 'pupil.png') });
});
