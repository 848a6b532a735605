/**
 * Pupils a page shows by name only (no MIS id, no UPN, no date of birth). A name alone never
 * identifies anyone, so such pupils are stored only after the user confirms, once per site and group,
 * that the page's names in that group are the school's pupils. From then on each is "known by name in
 * group 7RB on this site": a key of its own (site + group + name), kept with the pupil's MIS keys, so the
 * next visit matches without asking. Pure; the Dexie shell is name-links-io.ts.
 */
import type { BatchPupil } from './batch';
import { nameDobKey, nameTokens } from './identity';
import type { PupilRow } from './rows';

/** A group as a key: case and spacing do not make two groups. */
export const groupKey = (group: string): string => group.trim().replace(/\s+/g, ' ').toUpperCase();

/** The MIS id a names-only pupil is stored under: never an id an MIS issues (those carry no "name:"). */
export function nameId(site: string, group: string, name: string): string {
  return `name:${site}|${groupKey(group)}|${nameTokens(name).join(' ')}`;
}
export const isNameKey = (misKey: string): boolean => misKey.includes(':name:');

/** Whether a pupil row of a page read carries nothing but a name. */
export function isNamesOnly(p: BatchPupil): boolean {
  return !p.misId && !p.upn && !p.pupilId && !nameDobKey(p.legalSurname && p.legalForename ? `${p.legalForename} ${p.legalSurname}` : p.name, p.dob);
}

/** The name tokens a stored pupil can be found by (shown name, legal name, preferred name). */
export function rowNameKeys(r: Pick<PupilRow, 'displayName' | 'legalForename' | 'legalSurname' | 'preferredForename' | 'preferredSurname'>): Set<string> {
  const out = new Set<string>();
  const add = (n: string | undefined) => {
    const t = n ? nameTokens(n) : [];
    if (t.length >= 2) out.add(t.join(' '));
  };
  add(r.displayName);
  if (r.legalForename && r.legalSurname) add(`${r.legalForename} ${r.legalSurname}`);
  if (r.preferredForename || r.preferredSurname) add(`${r.preferredForename ?? r.legalForename ?? ''} ${r.preferredSurname ?? r.legalSurname ?? ''}`);
  return out;
}

/** Why a names-only pupil of a page was not stored. */
export type NamesOnlyLeftOut = 'needs-confirm' | 'no-group' | 'ambiguous-on-page' | 'ambiguous-in-store';

export interface NamesOnlyPlan {
  /** The batch's pupils, names-only ones given their name key (and the stored pupil a link chose). */
  pupils: BatchPupil[];
  /** Refs left out of the store, with why. Their marks are left out too. */
  leftOut: Map<string, NamesOnlyLeftOut>;
  /** The group the names-only pupils are in (the page's, or their own), when there is one. */
  group: string | null;
  /** Names-only pupils on the page (stored or not). */
  namesOnly: number;
  /** Names-only pupils linked to a stored pupil found by exact name in the group. */
  linked: number;
}

/**
 * What to do with a page's names-only pupils.
 * - `confirmed`: the user confirmed names in this group on this site;
 * - `keyed`: name ids already held by a stored pupil (matched on their key, no name search needed);
 * - `stored`: stored pupils to link by exact name within the group (only searched for the rest).
 * A name twice on the page in one group is never stored; a name held by two stored pupils of the group
 * is never linked. Everything else with a group is stored under its name key once confirmed.
 */
export function planNamesOnly(
  pupils: readonly BatchPupil[],
  opts: { site: string; pageGroup: string | null; confirmed: (group: string) => boolean; keyed: ReadonlySet<string>; stored: readonly PupilRow[] },
): NamesOnlyPlan {
  const leftOut = new Map<string, NamesOnlyLeftOut>();
  const groupOf = (p: BatchPupil) => p.regGroup?.trim() || opts.pageGroup?.trim() || null;
  const only = pupils.filter(isNamesOnly);
  const count = new Map<string, number>();
  for (const p of only) {
    const g = groupOf(p);
    if (g && p.name) count.set(nameId(opts.site, g, p.name), (count.get(nameId(opts.site, g, p.name)) ?? 0) + 1);
  }
  let linked = 0;
  let group: string | null = null;
  const out = pupils.map((p) => {
    if (!isNamesOnly(p)) return p;
    const g = groupOf(p);
    group ??= g;
    if (!g || !p.name || nameTokens(p.name).length < 2) {
      leftOut.set(p.ref, 'no-group');
      return p;
    }
    const id = nameId(opts.site, g, p.name);
    if ((count.get(id) ?? 0) > 1) {
      leftOut.set(p.ref, 'ambiguous-on-page');
      return p;
    }
    if (!opts.confirmed(g)) {
      leftOut.set(p.ref, 'needs-confirm');
      return p;
    }
    const withId: BatchPupil = { ...p, misId: id, regGroup: p.regGroup ?? g };
    if (opts.keyed.has(id)) return withId;
    const tokens = nameTokens(p.name).join(' ');
    const same = opts.stored.filter((r) => r.regGroup && groupKey(r.regGroup) === groupKey(g) && rowNameKeys(r).has(tokens));
    if (same.length > 1) {
      leftOut.set(p.ref, 'ambiguous-in-store');
      return p;
    }
    if (same.length === 1) {
      linked++;
      return { ...withId, pupilId: same[0]!.id };
    }
    return withId;
  });
  return { pupils: out.filter((p) => !leftOut.has(p.ref)), leftOut, group, namesOnly: only.length, linked };
}
