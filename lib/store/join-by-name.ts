/**
 * Joining pupils "known by name in a group on a site" (name-links.ts) to the pupil an import stored with
 * a UPN: the same child, stored twice until the user says so. Never silent: `proposeJoins` only lists
 * pairs (exact name within the same group, one candidate on each side); the user confirms them and
 * `joinPupils` (join-by-name-io.ts) moves everything onto the UPN pupil in one transaction. Pure.
 */
import { isNameKey, groupKey, rowNameKeys } from './name-links';
import type { MarkRow, PupilRow } from './rows';

export interface JoinProposal {
  /** The pupil created from a names-only page. */
  byName: PupilRow;
  /** The pupil an import stored with a UPN. */
  withUpn: PupilRow;
}

/** Known only by name: holds a name key and no UPN, no MIS id an MIS issued, no date of birth. */
export const knownByNameOnly = (r: PupilRow): boolean =>
  !r.upn && !r.dob && r.misKeys.length > 0 && r.misKeys.every(isNameKey);

/**
 * Pairs to offer: a names-only pupil and the one UPN-bearing pupil of the same exact name in the same
 * group, or — when the import gave no group (a CTF has none) — the one UPN pupil of that name with no
 * group in the whole store. A name shared by two candidates on either side is not offered.
 */
export function proposeJoins(rows: readonly PupilRow[]): JoinProposal[] {
  const inGroup = new Map<string, PupilRow[]>();
  const noGroup = new Map<string, PupilRow[]>();
  const push = (m: Map<string, PupilRow[]>, k: string, r: PupilRow) => {
    const list = m.get(k);
    if (!list) m.set(k, [r]);
    else if (!list.includes(r)) list.push(r);
  };
  const byName: PupilRow[] = [];
  for (const r of rows) {
    if (knownByNameOnly(r)) {
      if (r.regGroup) byName.push(r);
      continue;
    }
    if (!r.upn) continue;
    for (const n of rowNameKeys(r)) {
      if (r.regGroup) push(inGroup, `${groupKey(r.regGroup)}|${n}`, r);
      else push(noGroup, n, r);
    }
  }
  const candidates = new Map<PupilRow, PupilRow>();
  const claims = new Map<string, number>();
  for (const a of byName) {
    const found = new Set<PupilRow>();
    let grouped = false;
    for (const n of rowNameKeys(a)) {
      for (const c of inGroup.get(`${groupKey(a.regGroup!)}|${n}`) ?? []) {
        found.add(c);
        grouped = true;
      }
    }
    if (!grouped) for (const n of rowNameKeys(a)) for (const c of noGroup.get(n) ?? []) found.add(c);
    if (found.size !== 1) continue;
    const b = [...found][0]!;
    candidates.set(a, b);
    claims.set(b.id, (claims.get(b.id) ?? 0) + 1);
  }
  const out: JoinProposal[] = [];
  for (const [a, b] of candidates) if (claims.get(b.id) === 1) out.push({ byName: a, withUpn: b });
  return out.sort((x, y) => (x.byName.regGroup ?? '').localeCompare(y.byName.regGroup ?? '') || (x.byName.displayName ?? '').localeCompare(y.byName.displayName ?? ''));
}

/**
 * The marks the joined pupil keeps for one session: a mark read from the MIS page wins over one from a
 * file (imports never overwrite a page read, as in ingest); otherwise the UPN pupil's own mark stays.
 */
export function keptMark(own: MarkRow | undefined, fromName: MarkRow): MarkRow | undefined {
  if (!own) return fromName;
  if (own.code === fromName.code) return undefined;
  return fromName.source.startsWith('page:') && !own.source.startsWith('page:') ? fromName : undefined;
}
