import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Issue 15, the lock's UI beyond lock.spec.ts: the popup's lock control and the set-passphrase and unlock
 * forms pass axe (WCAG 2.2 AA tags) in each state; the whole path — set a passphrase, lock, unlock — works
 * with the keyboard alone (Tab, typing, Space, Enter; no click); and every open extension page follows a
 * lock or unlock made elsewhere at once, through the background's storage.session event, with no timer.
 */
const PASS = 'kettle on the staffroom shelf';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page, selector?: string) {
  let b = new AxeBuilder({ page }).withTags(TAGS);
  if (selector) b = b.include(selector);
  const r = await b.analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 80)).join(' | ')}`);
}

/** Press Tab until `target` has the focus (the keyboard path a user takes); fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 120) {
  const handle = await target.elementHandle();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((el) => el === document.activeElement, handle)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Every setInterval a page starts, recorded before its own scripts run. */
const RECORD_INTERVALS = () => {
  const w = globalThis as unknown as { __intervals: number[]; setInterval: typeof setInterval };
  w.__intervals = [];
  const orig = w.setInterval.bind(globalThis);
  w.setInterval = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
    w.__intervals.push(ms ?? 0);
    return orig(fn, ms, ...rest);
  }) as typeof setInterval;
};
const intervals = (p: Page) => p.evaluate(() => (globalThis as unknown as { __intervals: number[] }).__intervals);

test('keyboard only: set a passphrase, lock from the popup, unlock; axe finds nothing; other pages follow at once with no timer', async ({ context, extensionUrl }) => {
  test.setTimeout(180_000);
  await context.addInitScript(RECORD_INTERVALS);

  // Set the passphrase in Settings › Lock, by keyboard.
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  const lock = options.getByRole('region', { name: 'Lock' });
  await expect(lock.getByLabel('New passphrase (at least 10 characters)')).toBeVisible();
  expect(await axe(options, 'section[aria-labelledby="lock-heading"]')).toEqual([]);
  await tabTo(options, lock.getByLabel('New passphrase (at least 10 characters)'));
  await options.keyboard.type(PASS);
  await options.keyboard.press('Tab');
  await expect(lock.getByLabel('The same passphrase again')).toBeFocused();
  await options.keyboard.type(PASS);
  await tabTo(options, lock.getByLabel('I understand: a forgotten passphrase means deleting all data'), 5);
  await options.keyboard.press('Space');
  await expect(lock.getByLabel('I understand: a forgotten passphrase means deleting all data')).toBeChecked();
  await tabTo(options, lock.getByRole('button', { name: 'Set passphrase' }), 5);
  await options.keyboard.press('Enter');
  await expect(lock.getByRole('status').filter({ hasText: 'Unlocked.' })).toBeVisible({ timeout: 30_000 });
  expect(await axe(options, 'section[aria-labelledby="lock-heading"]')).toEqual([]);

  // The popup (opened as a page): "Lock now" by keyboard.
  const popup = await context.newPage();
  await popup.goto(extensionUrl('popup.html'));
  const lockNow = popup.getByRole('button', { name: 'Lock now' });
  await expect(lockNow).toBeVisible();
  expect(await axe(popup)).toEqual([]);
  await tabTo(popup, lockNow);
  await popup.keyboard.press('Enter');
  const lockedGroup = popup.getByRole('group', { name: /Locked/ });
  await expect(lockedGroup).toBeVisible({ timeout: 30_000 });
  expect(await axe(popup)).toEqual([]);

  // The options page, untouched, shows the lock at once (an event, not a 2-second poll).
  await expect(lock.getByRole('status').filter({ hasText: /^Locked since/ })).toBeVisible({ timeout: 1500 });

  // Unlock in the popup by keyboard: a wrong passphrase first (an alert, still locked, axe clean), then the right one.
  await tabTo(popup, lockedGroup.getByLabel('Passphrase'));
  await popup.keyboard.type('not the passphrase');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('alert')).toContainText('not right');
  await expect(lockedGroup.getByLabel('Passphrase')).toBeVisible();
  expect(await axe(popup)).toEqual([]);
  await lockedGroup.getByLabel('Passphrase').focus();
  await popup.keyboard.press('ControlOrMeta+a');
  await popup.keyboard.type(PASS);
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 30_000 });
  await expect(lock.getByRole('status').filter({ hasText: 'Unlocked.' })).toBeVisible({ timeout: 1500 });

  // Neither page runs a timer for the lock: no setInterval at all.
  expect(await intervals(options)).toEqual([]);
  expect(await intervals(popup)).toEqual([]);
});

test('a lock made by the background alone (idle time) reaches an open popup and options page at once', async ({ context, extensionUrl }) => {
  test.setTimeout(120_000);
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  const set = await options.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'lock-set', payload: { passphrase: 'kettle on the staffroom shelf', idleMinutes: 15 } }),
  );
  expect(set).toMatchObject({ state: 'unlocked' });
  const popup = await context.newPage();
  await popup.goto(extensionUrl('popup.html'));
  await expect(popup.getByRole('button', { name: 'Lock now' })).toBeVisible();
  // The background locks by itself a few seconds after the idle time is shortened; no page asks meanwhile.
  const t0 = Date.now();
  await options.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'lock-idle', payload: { idleMinutes: 0.05 } }),
  );
  await expect(popup.getByRole('group', { name: /Locked/ })).toBeVisible({ timeout: 15_000 });
  // 3 s idle + the change travelling: well under the 3 s + a poll, and never before the idle time.
  expect(Date.now() - t0).toBeGreaterThanOrEqual(2_500);
  await expect(options.getByRole('region', { name: 'Lock' }).getByRole('status').filter({ hasText: /^Locked since/ })).toBeVisible({ timeout: 1500 });
});
