// Unit tests run in Node. IndexedDB comes from fake-indexeddb here only; end-to-end tests use
// Chromium's real IndexedDB. Store tests that need isolation create a fresh IDBFactory per test.
import 'fake-indexeddb/auto';

// WXT's storage items (lib/settings) reach the extension APIs through @wxt-dev/browser, not through
// `wxt/browser` that tests mock: give them the same fake browser.
import { vi } from 'vitest';
// The readers' table, card and pupil-history reads, which the MIS content script loads on demand, at hand for every test.
import '../../lib/readers/parts-now';
vi.mock('@wxt-dev/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
