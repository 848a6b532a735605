import { defineConfig } from 'wxt';
import { ANY_HTTPS, DEMO_ORIGINS, KNOWN_SITES } from './lib/sites/known-sites';

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
    // One shortcut: focus to the register's first flag (or the summary). Users change it in the browser's
    // extension shortcuts page; the popup shows the key in use.
    commands: {
      'focus-flags': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Move focus to the first Attendance Lens flag or summary on this page',
      },
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
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: {
      alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
    },
  }),
});
