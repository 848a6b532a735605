import { defineConfig } from 'vitest/config';

export default defineConfig({
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
