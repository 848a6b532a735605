import { describe, expect, it } from 'vitest';
import { runRetention } from '../../../lib/background/retention';
import { todayLocal } from '../../../lib/clock';
import { freshDb, seedStore, marksOf } from './helpers';

describe('daily retention job', () => {
  it('does nothing while the rules are off; applies them once switched on', async () => {
    const c = freshDb();
    const ids = await seedStore(c.db);
    await c.db.settings.put({ key: 'retention', enabled: 0, leftMonths: 12, markYears: 2 });
    const now = new Date(2025, 2, 1, 3, 0, 0); // 1 March 2025, 03:00 local
    expect(todayLocal(now)).toBe('2025-03-01');
    expect(await runRetention(c.db, now)).toBeNull();
    expect(await c.db.pupils.get(ids.k!)).toBeDefined();

    await c.db.settings.put({ key: 'retention', enabled: 1, leftMonths: 12, markYears: 2 });
    const plan = await runRetention(c.db, now);
    expect(plan?.counts.pupils).toBe(1);
    expect(await c.db.pupils.get(ids.k!)).toBeUndefined();
  });

  it('refuses invalid rules stored by an older build (fewer than 2 years of marks)', async () => {
    const c = freshDb();
    await seedStore(c.db);
    await c.db.settings.put({ key: 'retention', enabled: 1, leftMonths: null, markYears: 1 });
    const before = await marksOf(c.db).count();
    expect(await runRetention(c.db, new Date(2026, 8, 1))).toBeNull();
    expect(await marksOf(c.db).count()).toBe(before);
  });
});
