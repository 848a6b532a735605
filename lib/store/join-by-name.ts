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
 * group. A name that two UPN pupils (or two names-only pupils) share in a group is not offered.
 */
export function proposeJoins(rows: readonly PupilRow[]): JoinProposal[] {
  const key = (r: PupilRow, name: string) => `${groupKey(r.regGroup ?? '')}|${name}`;
  const withUpn = new Map<string, PupilRow[]>();
  const byName = new Map<string, PupilRow[]>();
  for (const r of rows) {
    if (!r.regGroup) continue;
    const into = knownByNameOnly(r) ? byName : r.upn ? withUpn : null;
    if (!into) continue;
    for (const n of rowNameKeys(r)) {
      const k = key(r, n);
      const list = into.get(k);
      if (list) {
        if (!list.includes(r)) list.push(r);
      } else into.set(k, [r]);
    }
  }
  const out: JoinProposal[] = [];
  const used = new Set<string>();
  for (const [k, names] of byName) {
    const upns = withUpn.get(k);
    if (names.length !== 1 || upns?.length !== 1) continue;
    const [a, b] = [names[0]!, upns[0]!];
    if (used.has(a.id) || used.has(b.id)) continue;
    used.add(a.id);
    used.add(b.id);
    out.push({ byName: a, withUpn: b });
  }
  return out.sort((x, y) => (x.withUpn.regGroup ?? '').localeCompare(y.withUpn.regGroup ?? '') || (x.byName.displayName ?? '').localeCompare(y.byName.displayName ?? ''));
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
