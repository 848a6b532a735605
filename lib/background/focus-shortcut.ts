/**
 * The keyboard shortcut (manifest `commands`, "focus-flags"): moves focus to the overlay's first badge, or
 * its summary, in the active tab. The MIS content script leaves a function for it in its own isolated world
 * (entrypoints/mis.content), which the page cannot see or call; the shortcut grants activeTab for the call.
 */
import { browser } from 'wxt/browser';

export const FOCUS_COMMAND = 'focus-flags';
export const FOCUS_HOOK = '__attendanceLensFocus';

export function startFocusShortcut(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== FOCUS_COMMAND || tab?.id === undefined) return;
    void browser.scripting
      .executeScript({
        target: { tabId: tab.id },
        func: (hook: string) => {
          const f = (globalThis as unknown as Record<string, unknown>)[hook];
          return typeof f === 'function' ? Boolean((f as () => boolean)()) : false;
        },
        args: [FOCUS_HOOK],
      })
      .catch(() => {});
  });
}
