/**
 * The Dexie shell of name-links.ts: the user's confirmations (a settings row, so backups carry them),
 * and a page read's names-only pupils prepared for `ingestRead`.
 */
import type { IngestBatch } from './batch';
import { misKey } from './identity';
import { groupKey, isNamesOnly, planNamesOnly, type NamesOnlyPlan } from './name-links';
import type { NameLinksSettingsRow, PupilRow } from './rows';
import type { StoreDb } from './schema';

export async function readNameLinks(db: StoreDb): Promise<NameLinksSettingsRow> {
  const row = await db.settings.get('nameLinks');
  return row?.key === 'nameLinks' ? row : { key: 'nameLinks', links: [] };
}

/** The user confirmed that this site's names in `group` are the school's pupils (idempotent). */
export async function confirmNameLink(db: StoreDb, site: string, group: string, at: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const row = await readNameLinks(db);
    if (row.links.some((l) => l.site === site && groupKey(l.group) === groupKey(group))) return;
    await db.settings.put({ key: 'nameLinks', links: [...row.links, { site, group: group.trim(), at }] });
  });
}

export interface PreparedBatch {
  batch: IngestBatch;
  plan: NamesOnlyPlan | null;
}

/**
 * A page read's batch with its names-only pupils keyed (once confirmed) or left out with the reason,
 * and the marks of those left out removed. Stored pupils are searched by name only for names no stored
 * pupil holds a key for yet (the first confirmed visit); later visits match on the key alone.
 */
export async function prepareNamesOnly(db: StoreDb, batch: IngestBatch, site: string, pageGroup: string | null): Promise<PreparedBatch> {
  if (!batch.pupils.some(isNamesOnly)) return { batch, plan: null };
  const links = await readNameLinks(db);
  const confirmed = (g: string) => links.links.some((l) => l.site === site && groupKey(l.group) === groupKey(g));
  const mis = batch.source.mis ?? '';
  // First pass without stored rows, to learn the keys; then fetch who holds them.
  const first = planNamesOnly(batch.pupils, { site, pageGroup, confirmed, keyed: new Set(), stored: [] });
  const ids = first.pupils.filter((p) => p.misId?.startsWith('name:')).map((p) => p.misId!);
  const holders = ids.length ? await db.pupils.where('misKeys').anyOf(ids.map((i) => misKey(mis, i))).toArray() : [];
  const keyed = new Set<string>();
  for (const h of holders) for (const k of h.misKeys) if (k.startsWith(`${mis}:name:`)) keyed.add(k.slice(mis.length + 1));
  const unkeyed = ids.some((i) => !keyed.has(i));
  // A school's pupils, read once when a confirmed name has no key yet (a few thousand small rows).
  const stored: PupilRow[] = unkeyed ? await db.pupils.toArray() : [];
  const plan = planNamesOnly(batch.pupils, { site, pageGroup, confirmed, keyed, stored });
  const marks = plan.leftOut.size ? batch.marks.filter((m) => !plan.leftOut.has(m.pupilRef)) : batch.marks;
  return { batch: { ...batch, pupils: plan.pupils, marks }, plan };
}

