/**
 * A register read while locked. The page's pupils are found by blind index (HMAC of the MIS key, UPN, or
 * name + date of birth — the same order of evidence as lib/store/identity.ts), never by decrypting; the batch
 * then carries only the stored pupil's id, the marks and facts that name nobody. So marks and flags keep
 * working, and no name, identifier or date of birth is written while locked. A pupil the store does not
 * know (or whose evidence is ambiguous) is left out until the page is read unlocked: a new pupil's name
 * could not be stored sealed without the data key, and storing it plain would break the lock.
 */
import type { BatchPupil, IngestBatch } from '../store/batch';
import { identityOf } from '../store/identity';
import type { PupilRow } from '../store/rows';
import type { StoreDb } from '../store/schema';
import { blinder } from './crypto';
import { blindKeys } from './fields';

/** Facts that name nobody, passed on while locked. */
const KEPT = ['yearGroup', 'regGroup', 'sex', 'admissionDate', 'leavingDate', 'fsm', 'pp', 'sen', 'eal', 'cic'] as const;

export interface LockedBatch {
  batch: IngestBatch;
  /** Page pupils not stored (not known, or not one clear match). */
  leftOut: number;
}

export async function lockedBatch(db: StoreDb, batch: IngestBatch, indexKey: string): Promise<LockedBatch> {
  const blind = await blinder(indexKey);
  const keys = await Promise.all(
    batch.pupils.map(async (p) => {
      const id = identityOf(p, batch.source.mis);
      return blindKeys(blind, { misKeys: id.misKey ? [id.misKey] : [], upn: id.upn, nameDob: id.nameDob });
    }),
  );
  const uniq = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  const [byMis, byUpn, byNd] = await Promise.all([
    db.pupils.where('misKeys').anyOf(uniq(keys.flatMap((k) => k.misKeys))).toArray(),
    db.pupils.where('upn').anyOf(uniq(keys.map((k) => k.upn))).toArray(),
    db.pupils.where('nameDob').anyOf(uniq(keys.map((k) => k.nameDob))).toArray(),
  ]);
  const index = (rows: PupilRow[], keysOf: (r: PupilRow) => string[]) => {
    const m = new Map<string, Set<string>>();
    for (const r of rows) for (const k of keysOf(r)) (m.get(k) ?? m.set(k, new Set()).get(k)!).add(r.id);
    return m;
  };
  const misIdx = index(byMis, (r) => r.misKeys);
  const upnIdx = index(byUpn, (r) => (r.upn ? [r.upn] : []));
  const ndIdx = index(byNd, (r) => (r.nameDob ? [r.nameDob] : []));
  const one = (m: Map<string, Set<string>>, k: string | undefined): string | null | undefined => {
    const s = k ? m.get(k) : undefined;
    if (!s || s.size === 0) return undefined;
    return s.size === 1 ? [...s][0]! : null; // null: ambiguous
  };

  const pupils: BatchPupil[] = [];
  const claimed = new Set<string>();
  let leftOut = 0;
  batch.pupils.forEach((p, i) => {
    const k = keys[i]!;
    // First evidence that is present decides (as identity.ts): an ambiguous one is not passed over.
    let id: string | null | undefined = one(misIdx, k.misKeys[0]);
    if (id === undefined) id = one(upnIdx, k.upn);
    if (id === undefined) id = one(ndIdx, k.nameDob);
    if (!id || claimed.has(id)) {
      leftOut++;
      return;
    }
    claimed.add(id);
    const out: BatchPupil = { ref: p.ref, pupilId: id };
    for (const f of KEPT) if (p[f] !== undefined) (out as unknown as Record<string, unknown>)[f] = p[f];
    pupils.push(out);
  });
  const refs = new Set(pupils.map((p) => p.ref));
  return { batch: { ...batch, pupils, marks: batch.marks.filter((m) => refs.has(m.pupilRef)) }, leftOut };
}
