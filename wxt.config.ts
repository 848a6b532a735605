import { defineConfig } from 'wxt';

// MIS and local-authority origins are asked for at run time, one site at a time (optional host
// permissions); only the bundled demo origins on localhost are granted at install. See README.
const MIS_ORIGINS = [
  'https://*.uk.arbor.sc/*',
  'https://*.arbor.education/*',
  'https://cloudmis.bromcom.com/*',
  'https://*.scholarpack.com/*',
  'https://*.isams.cloud/*',
  'https://*.sims.co.uk/*',
];
const LA_FORM_ORIGINS = ['https://www.kelsi.org.uk/*', 'https://*.kent.gov.uk/*'];

export default defineConfig({
  imports: false,
  outDir: '.output',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Attendance Lens',
    description:
      'Attendance flags beside each pupil on your MIS register, a dashboard for attendance champions, and referral form prefill. Pupil data never leaves this computer.',
    permissions: ['storage', 'scripting'],
    host_permissions: ['http://localhost/*', 'http://127.0.0.1/*'],
    optional_host_permissions: [...MIS_ORIGINS, ...LA_FORM_ORIGINS, 'https://*/*'],
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
