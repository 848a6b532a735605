import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { ANY_HTTPS, DEMO_ORIGINS, KNOWN_SITES } from './lib/sites/known-sites';
import { assessmentSourcesHash } from './scripts/build/assessment-sources';

export const EXTENSION_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'";

// MIS and local-authority origins are asked for at run time, one site at a time (optional host
// permissions); only the bundled demo origins on localhost are granted at install. See README.

export default defineConfig({
  imports: false,
  outDir: '.output',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Attendance Lens',
    description:
      'Attendance flags beside each pupil on your MIS register, a dashboard for attendance champions, and referral form prefill. Pupil data never leaves this computer.',
    permissions: ['storage', 'scripting', 'activeTab', 'alarms'],
    host_permissions: DEMO_ORIGINS,
    optional_host_permissions: [...KNOWN_SITES.flatMap((s) => s.origins), ANY_HTTPS],
    // Stricter than the MV3 default: only the extension's own scripts, no eval, no plugins, no remote
    // connections, not framed by any site (checked by test/unit/trust/manifest.least-privilege.test.ts).
    content_security_policy: { extension_pages: EXTENSION_CSP },
    // Keyboard shortcuts; users change them in the browser's extension shortcuts page (the popup shows
    // the keys in use).
    commands: {
      // Focus to the register's first flag (or the summary).
      'focus-flags': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Move focus to the first Attendance Lens flag or summary on this page',
      },
      // Opens the referral prefill panel on the current (granted) form page.
      'open-prefill': { suggested_key: { default: 'Alt+Shift+F' }, description: 'Open the referral prefill panel on this form' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'attendance-lens@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    // Cached assessments are keyed by this build's engine and input code (lib/pupil/assessment-cache.ts).
    define: { __ASSESSMENT_SOURCES__: JSON.stringify(assessmentSourcesHash(fileURLToPath(new URL('.', import.meta.url)))) },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: {
      alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
    },
  }),
});
