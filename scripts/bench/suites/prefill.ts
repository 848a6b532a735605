import { absoluteResult, type BenchSuite } from '../types';
import { measurePrefill } from '../../../test/fixtures/prefill/measure';

/** Issue 13: collect + plan + fill of a 40-field form in Chromium, ≤ 100 ms (median of 15 warm runs). */
export const suite: BenchSuite = {
  names: ['prefill-plan-40-fields'],
  async run() {
    const f = await measurePrefill();
    return {
      results: [absoluteResult('prefill-plan-40-fields', Math.round(f.ms * 10) / 10, 'ms', 100)],
      indicative: [{ name: `prefill-plan-40-fields (fields filled of ${f.questions} questions)`, value: f.filled, unit: 'fields' }],
    };
  },
};
