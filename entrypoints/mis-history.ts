import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { providePart } from '../lib/content/parts';
import { readHistoryPage } from '../lib/readers/history-page';

// A pupil's attendance history page (weeks × weekdays): injected by the background when an MIS
// reader finds one (lib/content/parts.ts), so other pages do not carry its reader.
export default defineUnlistedScript(() => {
  providePart('history', { readHistoryPage });
});
