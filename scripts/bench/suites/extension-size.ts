import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureExtensionBuilt } from '../../../test/e2e/support/build';
import { absoluteResult, type BenchSuite } from '../types';

/**
 * The MIS content script is injected into every register page the user opens; its minified size is
 * what each page load pays. Target from the overlay issue: ≤ 60 kB, and no Dexie inside.
 */
export const suite: BenchSuite = {
  names: ['mis-content-script-size', 'mis-content-script-has-no-dexie'],
  async run() {
    const dir = ensureExtensionBuilt();
    const scripts = join(dir, 'content-scripts');
    const file = readdirSync(scripts).find((f) => /^mis\.js$/.test(f));
    if (!file) throw new Error(`no mis.js in ${scripts}`);
    const bytes = statSync(join(scripts, file)).size;
    const source = readFileSync(join(scripts, file), 'utf8');
    // Dexie announces itself in its bundle; a content script must never carry it (IndexedDB there is the page's).
    const dexieCopies = (source.match(/Dexie|dexie/g) ?? []).length;
    return {
      results: [
        absoluteResult('mis-content-script-size', Math.round(bytes / 100) / 10, 'kB', 60),
        absoluteResult('mis-content-script-has-no-dexie', dexieCopies, 'count', 0),
      ],
    };
  },
};
