import { describe, expect, it } from 'vitest';
import { runRetention } from '../../../lib/background/retention';
import { DEFAULT_RETENTION, retentionCutoffs, rulesProblem } from '../../../lib/store/retention';
import { freshDb, seedStore } from '../store/helpers';

describe('retention by default (README "Retention")', () => {
  it('is on: leavers 12 months after leaving, marks of this academic year and the last', () => {
    expect(DEFAULT_RETENTION).toEqual({ key: 'retention', enabled: 1, leftMonths: 12, markYears: 2 });
    expect(rulesProblem(DEFAULT_RETENTION)).toBeNull();
    expect(retentionCutoffs(DEFAULT_RETENTION, '2026-12-04')).toEqual({ leftBefore: '2025-12-04', marksBefore: '2025-08-01' });
  });

  it('applies with no rules stored, and a school that switched it off is respected', async () => {
    const c = freshDb();
    const ids = await seedStore(c.db);
    const now = new Date(2025, 2, 1, 3, 0, 0);
    const plan = await runRetention(c.db, now);
    expect(plan?.counts.pupils).toBe(1);
    expect(await c.db.pupils.get(ids.k!)).toBeUndefined();

    const d = freshDb();
    const kept = await seedStore(d.db);
    await d.db.settings.put({ ...DEFAULT_RETENTION, enabled: 0 });
    expect(await runRetention(d.db, now)).toBeNull();
    expect(await d.db.pupils.get(kept.k!)).toBeDefined();
  });
});
