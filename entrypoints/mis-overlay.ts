import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { providePart } from '../lib/content/parts';
import { mountOverlay } from '../lib/overlay/mount';
import { applyUnsavedMarks } from '../lib/overlay/live';
import { summaryFor } from '../lib/pupil/page-summary';

// The register overlay (Preact, badges, panel, summary): injected by the background into a page the
// MIS content script has read as a register, with flags on (lib/content/parts.ts).
export default defineUnlistedScript(() => {
  providePart('overlay', { mountOverlay, applyUnsavedMarks, summaryFor });
});
