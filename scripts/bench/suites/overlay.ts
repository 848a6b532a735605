import { absoluteResult, type BenchSuite } from '../types';
import { measureOverlay } from '../../../test/fixtures/overlay/measure';

/**
 * Issue 6 speed figures, in Chromium: badges drawn after a 30-pupil register and a 2,000-row grid
 * are in the DOM, and a mark edit's badge update. Renderer main-thread CPU time (median), so other
 * load on the machine does not decide the figure; wall-clock is printed alongside.
 */
const round = (n: number) => Math.round(n * 10) / 10;

export const suite: BenchSuite = {
  names: ['overlay-badges-30-pupils', 'overlay-badges-2000-rows', 'overlay-mark-edit-update'],
  async run() {
    const f = await measureOverlay();
    return {
      results: [
        absoluteResult('overlay-badges-30-pupils', round(f.register30.cpu), 'ms', 50),
        absoluteResult('overlay-badges-2000-rows', round(f.grid2000.cpu), 'ms', 300),
        absoluteResult('overlay-mark-edit-update', round(f.editMs), 'ms', 16),
      ],
      indicative: [
        { name: 'overlay-badges-30-pupils (wall clock)', value: round(f.register30.wall), unit: 'ms' },
        { name: 'overlay-badges-2000-rows (wall clock)', value: round(f.grid2000.wall), unit: 'ms' },
        { name: 'overlay bundle (minified)', value: f.bundleKB, unit: 'kB' },
      ],
    };
  },
};
