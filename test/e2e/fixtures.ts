import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from './support/chromium';
import { EXTENSION_DIR } from './support/build';
import { todayLocal } from '../../lib/clock';

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

interface Fixtures {
  /** A fresh Chromium profile with the built extension loaded (real IndexedDB, empty). */
  context: BrowserContext;
  /** The extension's background service worker. */
  serviceWorker: Worker;
  extensionId: string;
  /** URL of a page in the extension, e.g. extensionUrl('options.html'). */
  extensionUrl: (path: string) => string;
}

interface WorkerFixtures {
  /** The demo MIS and demo LA forms, served on 127.0.0.1 for this worker. */
  demo: DemoServer;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  demo: [
    async ({}, use) => {
      const { startDemoServer } = await import('../../scripts/demo-server');
      const server = await startDemoServer({ port: 0, seed: 1, asOf: DEMO_AS_OF });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'attendance-lens-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [
        ...QUIET_CHROMIUM_ARGS,
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
      ],
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  extensionUrl: async ({ extensionId }, use) => {
    await use((path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
  },
});

/**
 * The demo school's "today" in end-to-end tests: the real date, as the extension itself uses the
 * real date for its figures. Expected values are computed from the same generator and date, so tests
 * are deterministic for any given day.
 */
export const DEMO_AS_OF = todayLocal();

export const expect = test.expect;
