import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { groupFigures, type GroupFigures } from '../../../lib/dashboard/cohorts';
import { makeSecret, refMaker, refsFor } from '../../../lib/dashboard/opaque-ref';
import { buildTsmPack, tsmCsv } from '../../../lib/dashboard/tsm-pack';
import { suppressSmallGroups } from '../../../lib/dashboard/tsm-suppress';
import { AS_OF, summaries } from './demo-summaries';

const group = (id: string, pupils: number): GroupFigures => ({ ...groupFigures(id, id, []), pupils, counted: pupils, pa: 1, sa: 0 });

describe('small-number suppression in the TSM pack', () => {
  it('hides a group of fewer than N pupils, and the other half of its pair, but never a group of none', () => {
    const rows = suppressSmallGroups({
      all: group('all', 40),
      yearGroups: [group('Y7', 20), group('Y8', 20)],
      pairs: [
        { withIt: group('cic', 2), without: group('not-cic', 38) },
        { withIt: group('fsm', 12), without: group('not-fsm', 28) },
        { withIt: group('eal', 0), without: group('not-eal', 40) },
      ],
      extra: [group('sen-support', 4)],
    });
    const by = Object.fromEntries(rows.map((r) => [r.id, r.suppressed]));
    expect(by).toEqual({ all: null, Y7: null, Y8: null, cic: 'small', 'not-cic': 'complement', fsm: null, 'not-fsm': null, eal: null, 'not-eal': null, 'sen-support': 'small' });
  });

  it('a lone hidden year group takes the next smallest with it, so the whole school less the rest does not give it away', () => {
    const rows = suppressSmallGroups({ all: group('all', 53), yearGroups: [group('Y7', 30), group('Y8', 3), group('Y9', 20)], pairs: [], extra: [] });
    expect(rows.map((r) => [r.id, r.suppressed])).toEqual([['all', null], ['Y7', null], ['Y8', 'small'], ['Y9', 'complement']]);
  });

  it('the threshold is configurable: exactly N pupils is shown', () => {
    const rows = suppressSmallGroups({ all: group('all', 30), yearGroups: [], pairs: [{ withIt: group('cic', 10), without: group('not-cic', 20) }], extra: [] }, 11);
    expect(rows.find((r) => r.id === 'cic')!.suppressed).toBe('small');
    expect(suppressSmallGroups({ all: group('all', 30), yearGroups: [], pairs: [{ withIt: group('cic', 10), without: group('not-cic', 20) }], extra: [] }, 10).find((r) => r.id === 'cic')!.suppressed).toBeNull();
  });

  it('the demo school pack: every group under 5 says "fewer than 5" in the CSV with no figure, others keep theirs', async () => {
    const refs = await refsFor(await refMaker(makeSecret()), summaries.map((s) => s.pupilId));
    const pack = buildTsmPack(summaries, refs, null, AS_OF, 'Demo');
    const csv = Papa.parse<string[]>(tsmCsv(pack)).data;
    const hidden = pack.rows.filter((r) => r.suppressed === 'small');
    for (const r of pack.rows) {
      const line = csv.find((l) => l[0] === r.label)!;
      expect(line).toBeDefined();
      if (r.suppressed === 'small') expect(line).toEqual([r.label, 'fewer than 5', ...Array(7).fill('not shown')]);
      else if (r.suppressed === 'complement') expect(line).toEqual([r.label, ...Array(8).fill('not shown')]);
      else expect(line[1]).toBe(String(r.pupils));
      if (r.pupils > 0 && r.pupils < 5) expect(r.suppressed).toBe('small');
    }
    expect(csv.some((l) => /fewer than 5 pupils show/.test(l[0] ?? ''))).toBe(true);
    // The demo school has small groups (children in care), so the rule is exercised.
    expect(hidden.length).toBeGreaterThan(0);
  });
});
