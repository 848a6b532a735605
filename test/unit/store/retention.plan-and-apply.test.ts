import { describe, expect, it } from 'vitest';
import { describePlan, retentionCutoffs, rulesProblem } from '../../../lib/store/retention';
import { applyRetention, planRetention } from '../../../lib/store/retention-io';
import { freshDb, seedStore, marksOf } from './helpers';

describe('retention (pure cut-offs)', () => {
  it('pupils who left more than N months ago; marks before 1 August N−1 years before this academic year', () => {
    expect(retentionCutoffs({ leftMonths: 12, markYears: 2 }, '2025-03-31')).toEqual({ leftBefore: '2024-03-31', marksBefore: '2023-08-01' });
    expect(retentionCutoffs({ leftMonths: 1, markYears: 3 }, '2025-03-31')).toEqual({ leftBefore: '2025-02-28', marksBefore: '2022-08-01' });
    // In August the new academic year has begun.
    expect(retentionCutoffs({ leftMonths: null, markYears: 2 }, '2025-08-01')).toEqual({ leftBefore: null, marksBefore: '2024-08-01' });
  });
  it('refuses rules that would break penalty-notice windows', () => {
    expect(rulesProblem({ leftMonths: 6, markYears: 1 })).toMatch(/at least 2 academic years/);
    expect(rulesProblem({ leftMonths: 0, markYears: null })).toMatch(/1 or more/);
    expect(rulesProblem({ leftMonths: 24, markYears: 2 })).toBeNull();
  });
});

describe('retention against the store', () => {
  it('the plan says what would go and writes nothing; applying removes exactly that, in one go', async () => {
    const c = freshDb();
    const ids = await seedStore(c.db);
    const writesBefore = c.writes.rows;
    const rules = { leftMonths: 12, markYears: 2 };
    const plan = await planRetention(c.db, rules, '2025-03-01');
    expect(c.writes.rows).toBe(writesBefore);
    expect(plan.pupils).toEqual([{ id: ids.k, name: 'Lenny Leaver', leavingDate: '2023-07-21' }]);
    expect(plan.counts).toEqual({ pupils: 1, marks: 2, revisions: 0, actions: 1, prefillAudit: 0 });
    expect(describePlan(plan)).toBe('Would remove 1 pupil who left before 2024-03-01, with their records; 2 marks (including all dated before 2023-08-01); 1 logged action.');

    const marksBefore = await marksOf(c.db).count();
    await applyRetention(c.db, rules, '2025-03-01', '2025-03-01T03:00:00Z');
    expect(await c.db.pupils.get(ids.k!)).toBeUndefined();
    expect(await marksOf(c.db).count()).toBe(marksBefore - 2);
    expect(await c.db.actions.get('act-4')).toBeUndefined();
    expect(await c.db.actions.count()).toBe(3);
    expect(await c.db.settings.get('retention')).toMatchObject({ lastRunAt: '2025-03-01T03:00:00Z', lastRunRemoved: { pupils: 1, marks: 2 } });
    // Run again: nothing more to remove.
    expect((await planRetention(c.db, rules, '2025-03-01')).counts).toEqual({ pupils: 0, marks: 0, revisions: 0, actions: 0, prefillAudit: 0 });
  });

  it('old marks of pupils still on roll go with their revisions; the pupils stay', async () => {
    const c = freshDb();
    const ids = await seedStore(c.db);
    // With 2 years kept, as of 2026-09-01 everything before 2025-08-01 goes — including Oliver's N→I revision.
    const plan = await planRetention(c.db, { leftMonths: null, markYears: 2 }, '2026-09-01');
    expect(plan.counts).toMatchObject({ pupils: 0, marks: await marksOf(c.db).count(), revisions: 1 });
    await applyRetention(c.db, { leftMonths: null, markYears: 2 }, '2026-09-01', '2026-09-01T03:00:00Z');
    expect(await marksOf(c.db).count()).toBe(0);
    expect(await c.db.markRevisions.count()).toBe(0);
    expect(await c.db.pupils.get(ids.a2!)).toBeDefined();
  });
});
