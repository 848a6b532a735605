/**
 * The Dexie shell of join-by-name.ts: the user confirmed pairs; each names-only pupil's marks,
 * revisions, actions and prefill records move onto the UPN pupil, its keys join the UPN pupil's, and
 * it is deleted — all pairs in one transaction, so a failure leaves the store as it was.
 */
import { cloneYear, emptyYear, getMark, marksOfYear, setMarks, type MarkYearRow } from './mark-years';
import { dropAssessments } from './marks-io';
import { knownByNameOnly, keptMark, proposeJoins, type JoinProposal } from './join-by-name';
import type { StoreDb } from './schema';
import type { PupilRow } from './rows';
import { forEachPage, PAGE_ROWS } from './paged-read';

export async function findJoins(db: StoreDb): Promise<JoinProposal[]> {
  // Only a pupil without a UPN can be known by name only: when every pupil has one (an imported school), two
  // counts answer without reading 2,000 pupils on the options page (a long task after every import).
  const [all, withUpn] = await Promise.all([db.pupils.count(), db.pupils.where('upn').above('').count()]);
  if (withUpn === all) return [];
  const rows: PupilRow[] = [];
  await forEachPage(db.pupils, (r) => r.id, PAGE_ROWS, (page) => rows.push(...page));
  return proposeJoins(rows);
}

export interface JoinPair {
  byNameId: string;
  withUpnId: string;
}

/** Joins every pair or none. Returns how many pupils were joined. */
export async function joinPupils(db: StoreDb, pairs: readonly JoinPair[]): Promise<number> {
  const tables = ['pupils', 'markYears', 'markRevisions', 'actions', 'prefillAudit', 'assessments'].map((t) => db.table(t));
  return db.transaction('rw', tables, async () => {
    for (const { byNameId, withUpnId } of pairs) {
      const [from, into] = await db.pupils.bulkGet([byNameId, withUpnId]);
      // Checked again inside the transaction: the store may have changed since the user saw the pair.
      if (!from || !into || byNameId === withUpnId) throw new Error('A pupil to join is no longer stored; nothing was joined.');
      if (!knownByNameOnly(from) || !into.upn) throw new Error(`${from.displayName ?? from.id} is no longer known by name only; nothing was joined.`);
      // Marks: the UPN pupil's year records take the names-only pupil's marks.
      const years = await db.markYears.where('[pupilId+year]').between([from.id, -Infinity], [from.id, Infinity]).toArray();
      for (const y of years) {
        const own: MarkYearRow = (await db.markYears.get([into.id, y.year])) ?? emptyYear(into.id, y.year);
        const next = cloneYear(own);
        const moved = marksOfYear(y)
          .map((m) => keptMark(getMark(own, m.date, m.session), m))
          .filter((m) => m !== undefined)
          .map((m) => ({ ...m, pupilId: into.id }));
        if (moved.length) {
          setMarks(next, moved);
          await db.markYears.put(next);
        }
      }
      await db.markYears.bulkDelete(years.map((y) => [from.id, y.year] as [string, number]));
      await db.markRevisions.filter((r) => r.pupilId === from.id).modify({ pupilId: into.id });
      await db.actions.where('[pupilId+date]').between([from.id, ''], [from.id, '\uffff']).modify({ pupilId: into.id });
      await db.prefillAudit.where('pupilId').equals(from.id).modify({ pupilId: into.id });
      const misKeys = [...new Set([...into.misKeys, ...from.misKeys])];
      const seen = { ...from.seen, ...into.seen };
      await db.pupils.put({ ...into, misKeys, seen, displayName: into.displayName ?? from.displayName });
      await db.pupils.delete(from.id);
      await dropAssessments(db, [from.id, into.id]);
    }
    return pairs.length;
  });
}
