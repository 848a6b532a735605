import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureExtensionBuilt } from '../../../test/e2e/support/build';
import { PART_FILES } from '../../../lib/content/parts';
import { absoluteResult, type BenchSuite, type IndicativeFigure } from '../types';

/**
 * The MIS content script is injected into every page of a granted MIS; its minified size is what
 * each page load pays. Target from the overlay issue: ≤ 60 kB, and no Dexie inside. The parts it
 * loads on demand (lib/content/parts.ts) are printed beside it: the table and card reads and the
 * overlay on register pages, the generic reader on pages no MIS reader knows, the pupil-history
 * reader on a pupil's history page.
 */
const kB = (bytes: number) => Math.round(bytes / 100) / 10;

export const suite: BenchSuite = {
  names: ['mis-content-script-size', 'mis-content-script-has-no-dexie'],
  async run() {
    const dir = ensureExtensionBuilt();
    const main = join(dir, 'content-scripts', 'mis.js');
    const bytes = statSync(main).size;
    const source = readFileSync(main, 'utf8');
    // Dexie announces itself in its bundle; a content script must never carry it (IndexedDB there is the page's).
    const dexieCopies = (source.match(/Dexie|dexie/g) ?? []).length;
    const part = (name: keyof typeof PART_FILES) => statSync(join(dir, PART_FILES[name])).size;
    const overlay = part('overlay');
    const generic = part('generic');
    const history = part('history');
    const grid = part('grid');
    const indicative: IndicativeFigure[] = [
      { name: 'overlay part, loaded on register pages (minified)', value: kB(overlay), unit: 'kB' },
      { name: 'generic reader + teach part, loaded on unknown pages (minified)', value: kB(generic), unit: 'kB' },
      { name: 'pupil-history reader part, loaded on history pages (minified)', value: kB(history), unit: 'kB' },
      { name: 'table and card reads part, loaded on register, marks-grid and pupil-list pages (minified)', value: kB(grid), unit: 'kB' },
      { name: 'all MIS-page code on a register page an MIS reader knows', value: kB(bytes + grid + overlay), unit: 'kB' },
      // zod validates in the background; a copy here would be dead weight on every page.
      { name: 'zod copies in mis.js', value: (source.match(/_zod\b|\$ZodType/g) ?? []).length, unit: 'count' },
    ];
    return {
      results: [
        absoluteResult('mis-content-script-size', kB(bytes), 'kB', 60),
        absoluteResult('mis-content-script-has-no-dexie', dexieCopies, 'count', 0),
      ],
      indicative,
    };
  },
};
