import { defineConfig } from 'vitest/config';

// The Firefox smoke test (test/firefox): Debian's Firefox ESR driven by puppeteer-core over WebDriver
// BiDi. Its own config, so `npx vitest run` (unit tests) never starts a browser; `npm test` runs it as a step.
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
