import { Dexie } from 'dexie';
import { pupilName } from './merge-pupil';
import { DEFAULT_RETENTION, leaversToRemove, retentionCutoffs, type RetentionPlan, type RetentionRules } from './retention';
import type { RetentionSettingsRow } from './rows';
import { STORE_TABLES, type StoreDb } from './schema';
import { countMarksBefore, countPupilMarks, deleteMarksBefore, deletePupilMarks } from './marks-io';

/** Retention against the database: measure the plan (read only) or carry it out (one transaction). */

export async function readRetention(db: StoreDb): Promise<RetentionSettingsRow> {
  const row = await db.settings.get('retention');
  return row?.key === 'retention' ? row : DEFAULT_RETENTION;
}

// Shorter arrays sort before longer ones with the same prefix, and every date string after '' and before '\uffff'.
const pupilRange = (id: string) => [
  [id, ''],
  [id, '\uffff'],
] as const;

async function measure(db: StoreDb, rules: RetentionRules, today: string): Promise<{ plan: RetentionPlan; leaverIds: string[] }> {
  const cut = retentionCutoffs(rules, today);
  const candidates = cut.leftBefore ? await db.pupils.where('leavingDate').below(cut.leftBefore).toArray() : [];
  const leavers = leaversToRemove(candidates, cut);
  const leaverIds = leavers.map((p) => p.id);
  const leaverSet = new Set(leaverIds);
  let marks = cut.marksBefore ? await countMarksBefore(db, cut.marksBefore) : 0;
  let actions = 0;
  let prefillAudit = 0;
  for (const id of leaverIds) {
    // Leavers' marks not already counted as old.
    marks += await countPupilMarks(db, id, cut.marksBefore ?? undefined);
    actions += await db.actions.where('[pupilId+date]').between([id, Dexie.minKey], [id, Dexie.maxKey]).count();
    prefillAudit += await db.prefillAudit.where('pupilId').equals(id).count();
  }
  const revisions = await db.markRevisions.filter((r) => leaverSet.has(r.pupilId) || (!!cut.marksBefore && r.date < cut.marksBefore)).count();
  return {
    leaverIds,
    plan: {
      ...cut,
      today,
      pupils: leavers.map((p) => ({ id: p.id, name: pupilName(p), leavingDate: p.leavingDate! })),
      counts: { pupils: leavers.length, marks, revisions, actions, prefillAudit },
    },
  };
}

/** What these rules would remove today. Writes nothing. */
export async function planRetention(db: StoreDb, rules: RetentionRules, today: string): Promise<RetentionPlan> {
  return db.transaction('r', STORE_TABLES.map((t) => db.table(t)), async () => (await measure(db, rules, today)).plan);
}

/** Removes what the plan says, all or nothing, and records the run in the retention settings. */
export async function applyRetention(db: StoreDb, rules: RetentionRules, today: string, now: string): Promise<RetentionPlan> {
  return db.transaction('rw', STORE_TABLES.map((t) => db.table(t)), async () => {
    const { plan, leaverIds } = await measure(db, rules, today);
    if (plan.marksBefore) {
      await deleteMarksBefore(db, plan.marksBefore);
      const before = plan.marksBefore;
      await db.markRevisions.filter((r) => r.date < before).delete();
    }
    for (const id of leaverIds) {
      const [lo, hi] = pupilRange(id);
      await deletePupilMarks(db, id);
      await db.markRevisions.where('[pupilId+date+session]').between(lo, hi, true, true).delete();
      await db.actions.where('[pupilId+date]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
      await db.prefillAudit.where('pupilId').equals(id).delete();
    }
    if (leaverIds.length) await db.pupils.bulkDelete(leaverIds);
    const settings = await readRetention(db);
    await db.settings.put({ ...settings, lastRunAt: now, lastRunRemoved: { pupils: plan.counts.pupils, marks: plan.counts.marks } });
    return plan;
  });
}
