import { test, expect } from './fixtures';
import { sendFromPage } from './support/messages';

test('the service worker answers a typed ping with the manifest version', async ({ serviceWorker, context, extensionUrl }) => {
  // Ask from an extension page, the way options and dashboard talk to the background.
  const page = await context.newPage();
  await page.goto(extensionUrl('options.html'));
  const answer = await sendFromPage(page, { type: 'ping', payload: {} });
  expect(answer).toEqual({ ok: true, version: '0.1.0' });
  expect(serviceWorker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
});

test('the background rejects a malformed message with a coded reason instead of crashing', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('options.html'));
  const answer = await sendFromPage(page, { type: 'ping', payload: 'not an object' });
  expect(answer).toMatchObject({ error: { code: 'invalid-request', message: expect.stringContaining('Rejected message') } });
});

test('the background refuses a message from a page of the wrong kind', async ({ context, extensionUrl }) => {
  // An extension page is not an MIS page: it cannot send what only the MIS content script may.
  const page = await context.newPage();
  await page.goto(extensionUrl('options.html'));
  const answer = await sendFromPage(page, { type: 'register-read', payload: { url: 'https://mis.example/', view: {}, store: true } });
  expect(answer).toMatchObject({ error: { code: 'wrong-sender' } });
});

test('the MIS content script runs on a demo MIS page and reaches the background', async ({ context, demo }) => {
  const page = await context.newPage();
  await page.goto(demo.url);
  const grid = await page.getByRole('link', { name: /marks grid|roll call/i }).first().getAttribute('href');
  await page.goto(new URL(grid!, demo.url).href);
  await expect(page.locator('html')).toHaveAttribute('data-attendance-lens', 'active');
  // Badges are drawn only from the background's answer: the round trip worked.
  await expect(page.locator('attendance-lens-overlay')).toBeAttached();
});
