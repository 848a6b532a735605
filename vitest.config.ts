import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { assessmentSourcesHash } from './scripts/build/assessment-sources';

export default defineConfig({
  // As in the build (wxt.config.ts): the hash that keys cached assessments.
  define: { __ASSESSMENT_SOURCES__: JSON.stringify(assessmentSourcesHash(fileURLToPath(new URL('.', import.meta.url)))) },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    pool: 'threads',
    // Inlined so test/unit/setup.ts can hand WXT's storage items the fake browser.
    server: { deps: { inline: [/@wxt-dev\/storage/, /wxt\/dist\/utils\/storage/] } },
  },
});
