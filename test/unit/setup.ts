// Unit tests run in Node. IndexedDB comes from fake-indexeddb here only; end-to-end tests use
// Chromium's real IndexedDB. Store tests that need isolation create a fresh IDBFactory per test.
import 'fake-indexeddb/auto';
