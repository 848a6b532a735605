/**
 * The settings sections' unit tests: a linkedom document per test with the FlagsSection mounted in
 * it (browser storage is wxt's fake browser, mocked by each test file), and what a browser would do
 * for a user that linkedom does not (it keeps no form-control state).
 */
import { parseHTML } from 'linkedom';
import { h, render, type ComponentType } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FlagsSectionProps } from '../../../components/options/FlagsSection';

const g = globalThis as unknown as Record<string, unknown>;

export interface SettingsPage {
  readonly doc: Document;
  readonly root: HTMLElement;
}

/** A fresh document and fresh storage before each test, unmounted after it. */
export function useSettingsPage(): SettingsPage {
  const page = {} as { doc: Document; root: HTMLElement };
  beforeEach(() => {
    fakeBrowser.reset();
    const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
    page.doc = document as unknown as Document;
    g.document = document;
    g.window = window;
    page.root = page.doc.getElementById('app')!;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    render(null, page.root);
    delete g.document;
    delete g.window;
  });
  return page;
}

export const settle = () => new Promise((r) => setTimeout(r, 20));

/** Mounts the section (passed in: it is imported after the test file mocks `wxt/browser`) and waits until it has loaded. */
export async function mountFlagsSection(
  page: SettingsPage,
  FlagsSection: ComponentType<FlagsSectionProps>,
  props: FlagsSectionProps = { grantedOrigins: async () => [] },
) {
  render(h(FlagsSection, props), page.root);
  for (let i = 0; i < 20 && page.root.textContent!.includes('Loading'); i++) await settle();
  await settle();
}

/** What the browser would hold after the user's change, then the event it fires. */
export async function setControl(el: Element, prop: 'value' | 'checked', value: string | boolean, event: 'input' | 'change') {
  Object.defineProperty(el, prop, { value, writable: true, configurable: true });
  el.dispatchEvent(new (g.window as typeof globalThis).Event(event, { bubbles: true }));
  await settle();
}
