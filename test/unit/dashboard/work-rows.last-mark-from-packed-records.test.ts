import { describe, expect, it } from 'vitest';
import { summarisePupils } from '../../../lib/dashboard/pupil-summary';
import { workRows } from '../../../lib/dashboard/work-lists';
import { loadStore } from '../../../lib/dashboard/load-store';
import { LazyMarks } from '../../../lib/pupil/load';
import { freshDb, seedStore } from '../store/helpers';

/**
 * The dashboard list's "last mark stored" comes from the packed year records (no pupil's marks unpacked), and
 * equals what scanning the unpacked marks gives — for every pupil, and for days inside and outside the marks.
 */
describe('last mark from packed records', () => {
  it('equals the scan of unpacked marks, and the list unpacks only pupils in persistent absence', async () => {
    const c = freshDb();
    await seedStore(c.db);
    const AS_OF = '2025-02-03';
    await loadStore(c.db, { id: 'kent' }, AS_OF); // fills the cache
    await new Promise((r) => setTimeout(r, 50));
    const loaded = await loadStore(c.db, { id: 'kent' }, AS_OF);
    const lazy = loaded.marksByPupil as LazyMarks;
    expect(lazy).toBeInstanceOf(LazyMarks);
    const summaries = summarisePupils(loaded, loaded.setup);
    const fast = workRows(summaries, loaded.setup);
    // Only pupils in persistent absence are unpacked by the list (for "new this week"); LazyMarks holds what it unpacked.
    expect(lazy.size).toBe(summaries.filter((s) => s.evaluation.persistentAbsence).length);
    expect(lazy.size).toBeLessThan(summaries.length);
    const scan = (marks: readonly { date: string; code: string | null }[], upTo: string) =>
      marks.reduce<string | null>((last, m) => (m.code !== null && m.date <= upTo && (last === null || m.date > last) ? m.date : last), null);
    for (const [i, s] of summaries.entries()) {
      expect(fast[i]!.lastMark).toBe(scan(s.marks, AS_OF));
      for (const day of ['2025-01-13', '2025-01-12', '2023-07-20', '2023-07-19', '2024-09-01', '2030-01-01']) {
        expect(lazy.lastMarkDate(s.pupilId, day)).toBe(scan(s.marks, day));
      }
    }
    expect(fast.some((r) => r.lastMark !== null)).toBe(true);
  }, 30_000);
});
