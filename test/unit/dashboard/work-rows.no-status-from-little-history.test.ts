import { describe, expect, it } from 'vitest';
import { summarisePupils } from '../../../lib/dashboard/pupil-summary';
import { WORK_TABS, workRows } from '../../../lib/dashboard/work-lists';
import { loadStore } from '../../../lib/dashboard/load-store';
import { freshDb, seedStore } from '../store/helpers';

/**
 * Issue 16, on the dashboard's lists: a pupil whose figure rests on too little history has no status word,
 * so no "PA now", no "at risk of PA" and no "newly PA this week" either — the same figure with enough
 * history does.
 */
describe('no PA words on the lists from too little history', () => {
  it('drops To PA, at risk and newly PA for a pupil still building history', async () => {
    const c = freshDb();
    await seedStore(c.db);
    const AS_OF = '2025-02-03';
    const loaded = await loadStore(c.db, { id: 'kent' }, AS_OF);
    const summaries = summarisePupils(loaded, loaded.setup);
    // 0 of 1 session: in persistent absence by the arithmetic, but one session is too little history for the word.
    const one = summaries.find((s) => s.evaluation.persistentAbsence && s.badge.status === 'building');
    expect(one, 'the seeded store has a pupil absent from their only session').toBeDefined();
    const [row] = workRows([one!], loaded.setup);
    expect(row!.sessionsToPa).toBeNull();
    expect(row!.newlyPa).toBe(false);
    // The same figure with the status earned says "PA now" (0 more sessions to PA).
    const [earned] = workRows([{ ...one!, badge: { ...one!.badge, status: 'PA' as const } }], loaded.setup);
    expect(earned!.sessionsToPa).toBe(0);
    const opts = { atRiskSessions: 6, staleSchoolDays: 5 } as Parameters<(typeof WORK_TABS)['at-risk']['test']>[1];
    expect(WORK_TABS['at-risk'].test(row!, opts)).toBe(false);
  }, 30_000);
});
