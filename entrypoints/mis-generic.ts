import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { providePart } from '../lib/content/parts';
import { genericReader } from '../lib/readers/generic/index';
import { readTaught } from '../lib/readers/generic/taught';
import { startTeach } from '../lib/content/teach/teach-mode';

// The generic reader and "Teach this page": injected by the background into pages no MIS reader
// recognises that could hold a register, or that the user taught (lib/content/parts.ts).
export default defineUnlistedScript(() => {
  providePart('generic', { genericReader, readTaught, startTeach });
});
