import type { Page } from '@playwright/test';

/** Send a raw message to the background from an extension page, as the options page would. */
export function sendFromPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  );
}
