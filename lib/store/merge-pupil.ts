import type { BatchPupil } from './batch';
import { nameDobKey, type Identity } from './identity';
import { PUPIL_FACT_NAMES, type Contact, type PupilAddress, type PupilFacts, type PupilRow, type ProvenanceName } from './rows';

/**
 * Folding what one source says about a pupil into the stored row. Pure. Returns the same object when
 * nothing changed, so the caller can skip the write (idempotence).
 */

const bit = (b: boolean | undefined) => (b === undefined ? undefined : b ? (1 as const) : (0 as const));

/** Fixed key order, undefined dropped: two equal contacts serialise the same. */
function contactOf(c: NonNullable<BatchPupil['contacts']>[number]): Contact {
  const out: Contact = { phones: (c.phones ?? []).map((p) => (p.type ? { type: p.type, number: p.number } : { number: p.number })) };
  const put = <K extends keyof Contact>(k: K, v: Contact[K] | undefined) => {
    if (v !== undefined && v !== '') out[k] = v;
  };
  put('order', c.order);
  put('title', c.title);
  put('forename', c.forename);
  put('surname', c.surname);
  put('relationship', c.relationship);
  put('parentalResponsibility', bit(c.parentalResponsibility));
  put('address', c.address);
  put('postcode', c.postcode);
  put('email', c.email);
  return out;
}

/** Fixed key order, empty parts dropped; no part at all is no address. */
function addressOf(a: NonNullable<BatchPupil['address']>): PupilAddress | undefined {
  const out: PupilAddress = {};
  for (const k of ['line1', 'line2', 'town', 'county', 'postcode'] as const) if (a[k]?.trim()) out[k] = a[k].trim();
  return Object.keys(out).length ? out : undefined;
}

export function factsOf(p: BatchPupil): PupilFacts {
  const f: PupilFacts = {
    displayName: p.name,
    legalSurname: p.legalSurname,
    legalForename: p.legalForename,
    middleNames: p.middleNames,
    preferredSurname: p.preferredSurname,
    preferredForename: p.preferredForename,
    dob: p.dob,
    sex: p.sex,
    yearGroup: p.yearGroup,
    regGroup: p.regGroup,
    admissionDate: p.admissionDate,
    leavingDate: p.leavingDate,
    fsm: bit(p.fsm),
    pp: bit(p.pp),
    sen: p.sen,
    eal: bit(p.eal),
    cic: bit(p.cic),
    contacts: p.contacts?.map(contactOf),
    address: p.address ? addressOf(p.address) : undefined,
  };
  return f;
}

const same = (a: unknown, b: unknown) => (typeof a === 'object' || typeof b === 'object' ? JSON.stringify(a) === JSON.stringify(b) : a === b);

export interface MergeContext {
  source: string;
  seenAt: string;
  /** Calendar day of seenAt. */
  day: string;
}

export interface Merged {
  row: PupilRow;
  /** Anything to write at all (a new value, or a fact confirmed on a new day). */
  write: boolean;
  /** Facts whose value is new or different (empty for a pupil seen again with nothing new). */
  changedFacts: ProvenanceName[];
}

export function mergePupil(existing: PupilRow | undefined, id: Identity, p: BatchPupil, ctx: MergeContext, newId: () => string): Merged {
  const row: PupilRow = existing ? { ...existing, misKeys: [...existing.misKeys], seen: { ...existing.seen } } : { id: newId(), misKeys: [], seen: {} };
  let changed = !existing;
  const changedFacts: ProvenanceName[] = [];

  const touch = (name: ProvenanceName, valueChanged: boolean) => {
    const prev = row.seen[name];
    if (valueChanged || !prev) {
      row.seen[name] = { source: ctx.source, firstSeen: ctx.seenAt, lastSeenOn: ctx.day };
      changedFacts.push(name);
      changed = true;
    } else if (prev.lastSeenOn < ctx.day) {
      row.seen[name] = { ...prev, lastSeenOn: ctx.day };
      changed = true;
    }
  };

  if (id.misKey && id.mis) {
    const had = row.misKeys.includes(id.misKey);
    if (!had) row.misKeys.push(id.misKey);
    touch(`mis:${id.mis}`, !had);
  }
  if (id.upn && (!row.upn || row.upn === id.upn)) {
    // A differing UPN is a conflict for identity; if the user still chose this pupil, the stored UPN stays.
    const had = row.upn === id.upn;
    row.upn = id.upn;
    touch('upn', !had);
  }

  const facts = factsOf(p);
  for (const name of PUPIL_FACT_NAMES) {
    const v = facts[name];
    if (v === undefined || v === '') continue;
    const differs = !same(row[name], v);
    if (differs) (row as unknown as Record<string, unknown>)[name] = v;
    touch(name, differs);
  }

  // A locked row's nameDob is a blind-index value (lib/lock/fields.ts), not made from facts it no longer holds.
  const nd = row.lock ? row.nameDob : rowNameDob(row);
  if (nd !== row.nameDob) {
    if (nd) row.nameDob = nd;
    else delete row.nameDob;
    changed = true;
  }
  return { row: changed ? row : existing!, write: changed, changedFacts };
}

/** The identity key of a stored row: legal name if known, else the name shown, with DOB. */
export function rowNameDob(row: PupilFacts): string | undefined {
  const legal = row.legalSurname && row.legalForename ? `${row.legalForename} ${row.legalSurname}` : undefined;
  return nameDobKey(legal ?? row.displayName, row.dob);
}

/** The name to show for a stored pupil. */
export function pupilName(p: Pick<PupilRow, 'displayName' | 'legalForename' | 'legalSurname' | 'preferredForename' | 'upn' | 'id'>): string {
  if (p.legalForename && p.legalSurname) return `${p.preferredForename ?? p.legalForename} ${p.legalSurname}`;
  return p.displayName ?? p.upn ?? p.id;
}
