import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { providePart } from '../lib/content/parts';
import { gridReads } from '../lib/readers/grid-reads';

// The MIS readers' table and card reads (take register, marks grid, pupil list): injected by the
// background when an MIS reader finds such a page, or at once into a page that drew badges before
// (lib/content/parts.ts), so other pages do not carry them.
export default defineUnlistedScript(() => {
  providePart('grid', gridReads);
});
