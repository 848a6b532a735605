/**
 * "Teach this page" from the toolbar popup: starts teach mode on the active tab (granted sites only).
 * The MIS content script leaves a function for it in its own isolated world (entrypoints/mis.content,
 * like the focus shortcut's); on a granted page it has not reached yet (the tab was open before the
 * site was allowed), the script is injected first — the popup's "Allow" does the same.
 */
import { browser } from 'wxt/browser';
import { TEACH_HOOK } from '../content/teach/host';
import { isGranted } from './prefill-handlers';

const MIS_SCRIPT = '/content-scripts/mis.js';
const NOT_ALLOWED = 'Attendance Lens is not allowed on this site. Allow it first (toolbar button or settings).';

async function callHook(tabId: number): Promise<boolean> {
  const [out] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: (hook: string) => {
      const f = (globalThis as unknown as Record<string, unknown>)[hook];
      if (typeof f !== 'function') return false;
      (f as () => void)();
      return true;
    },
    args: [TEACH_HOOK],
  });
  return out?.result === true;
}

export async function openTeach(tabId?: number): Promise<{ opened: boolean; why?: string }> {
  const tab = tabId !== undefined ? await browser.tabs.get(tabId) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id) return { opened: false, why: 'No page to teach.' };
  // The browser hides the address of a tab on a site the extension may not read.
  if (!tab.url || !(await isGranted(tab.url))) return { opened: false, why: NOT_ALLOWED };
  try {
    if (await callHook(tab.id)) return { opened: true };
    await browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: [MIS_SCRIPT] });
    if (await callHook(tab.id)) return { opened: true };
  } catch (e) {
    return { opened: false, why: `Teach could not start on this page (${(e as Error).message}). Reload the page and try again.` };
  }
  return { opened: false, why: 'Teach could not start on this page. Reload the page and try again.' };
}
