import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startDataWorker } from '../components/data/data-worker';

// The options page's data worker (imports, backups, restores off the page): started with
// `new Worker(browser.runtime.getURL('/data-worker.js'))` by components/data/data-jobs.tsx.
export default defineUnlistedScript(() => {
  startDataWorker();
});
