import type { PupilRow } from './rows';

/**
 * Identity: one pupil across pages and sources. Pure; no storage.
 * Order of evidence: MIS id within the same MIS, else UPN, else legal name + date of birth.
 * A name alone never identifies anyone, and contradicting evidence is a conflict for the user, never a
 * guess. A date of birth that differs under a matching MIS id or UPN is taken as a correction in the MIS
 * (those identifiers are issued per child), not as a different child.
 */

const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

export function normaliseUpn(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** DfE UPN: check letter + 12 digits (or 11 digits + letter for a temporary UPN); weights 2..13, mod 23. */
export function upnProblem(upn: string): string | null {
  if (!/^[A-Z]\d{11}[0-9A-Z]$/.test(upn)) return `UPN "${upn}" is not a letter followed by 12 characters of digits`;
  let sum = 0;
  for (let i = 1; i < 13; i++) {
    const ch = upn[i]!;
    const n = /\d/.test(ch) ? Number(ch) : UPN_LETTERS.indexOf(ch);
    if (n < 0) return `UPN "${upn}" has an invalid final letter`;
    sum += n * (i + 1);
  }
  return UPN_LETTERS[sum % 23] === upn[0] ? null : `UPN "${upn}" fails its check letter`;
}

/** Lower-case letters of each name part, accents removed, in sorted order (so "Example, Amelia" = "Amelia Example"). */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .sort();
}

export function nameDobKey(name: string | undefined, dob: string | undefined): string | undefined {
  if (!name || !dob) return undefined;
  const tokens = nameTokens(name);
  return tokens.length >= 2 ? `${tokens.join(' ')}|${dob}` : undefined;
}

export function misKey(mis: string, misId: string): string {
  return `${mis}:${misId}`;
}

/** What a source says about who a pupil is. */
export interface Identity {
  /** The user already chose the stored pupil (conflict resolved). */
  chosenId?: string;
  mis?: string;
  misKey?: string;
  upn?: string;
  nameDob?: string;
  /** For messages. */
  label: string;
}

export function identityOf(
  p: { pupilId?: string; misId?: string; upn?: string; name?: string; legalSurname?: string; legalForename?: string; dob?: string },
  mis: string | undefined,
): Identity {
  const legal = p.legalSurname && p.legalForename ? `${p.legalForename} ${p.legalSurname}` : undefined;
  const label = p.name ?? legal ?? p.upn ?? p.misId ?? '(no name)';
  return {
    chosenId: p.pupilId,
    mis,
    misKey: mis && p.misId ? misKey(mis, p.misId) : undefined,
    upn: p.upn ? normaliseUpn(p.upn) : undefined,
    nameDob: nameDobKey(legal ?? p.name, p.dob),
    label,
  };
}

export type ConflictReason = 'contradiction' | 'ambiguous' | 'unidentified' | 'unknown-pupil';
export type Match =
  | { kind: 'match'; pupilId: string; how: 'mis' | 'upn' | 'name-dob' | 'chosen' }
  | { kind: 'new' }
  | { kind: 'conflict'; reason: ConflictReason; candidates: string[]; what: string };

/** Stored (and earlier-in-batch) pupils, looked up by each kind of evidence. */
export class IdentityIndex {
  private byId = new Map<string, PupilRow>();
  private byMis = new Map<string, Set<string>>();
  private byUpn = new Map<string, Set<string>>();
  private byNameDob = new Map<string, Set<string>>();

  constructor(rows: Iterable<PupilRow> = []) {
    for (const r of rows) this.add(r);
  }

  get(id: string): PupilRow | undefined {
    return this.byId.get(id);
  }

  /** Add or refresh a row (its keys may have changed). */
  add(row: PupilRow): void {
    const old = this.byId.get(row.id);
    if (old) this.unlink(old);
    this.byId.set(row.id, row);
    for (const k of row.misKeys) link(this.byMis, k, row.id);
    if (row.upn) link(this.byUpn, row.upn, row.id);
    if (row.nameDob) link(this.byNameDob, row.nameDob, row.id);
  }

  private unlink(row: PupilRow): void {
    for (const k of row.misKeys) this.byMis.get(k)?.delete(row.id);
    if (row.upn) this.byUpn.get(row.upn)?.delete(row.id);
    if (row.nameDob) this.byNameDob.get(row.nameDob)?.delete(row.id);
  }

  ids(map: 'mis' | 'upn' | 'nameDob', key: string | undefined): string[] {
    if (!key) return [];
    const m = map === 'mis' ? this.byMis : map === 'upn' ? this.byUpn : this.byNameDob;
    return [...(m.get(key) ?? [])];
  }
}

function link(m: Map<string, Set<string>>, k: string, id: string): void {
  let s = m.get(k);
  if (!s) m.set(k, (s = new Set()));
  s.add(id);
}

/** Whether a stored pupil already has an id in this MIS that is not this one. */
function otherMisId(row: PupilRow, id: Identity): string | undefined {
  if (!id.mis || !id.misKey) return undefined;
  const prefix = `${id.mis}:`;
  // A "known by name" key (name-links.ts) is not an id the MIS issued: it contradicts nothing.
  return row.misKeys.find((k) => k.startsWith(prefix) && k !== id.misKey && !k.startsWith(`${prefix}name:`))?.slice(prefix.length);
}

export function matchPupil(id: Identity, index: IdentityIndex): Match {
  if (id.chosenId) {
    return index.get(id.chosenId)
      ? { kind: 'match', pupilId: id.chosenId, how: 'chosen' }
      : { kind: 'conflict', reason: 'unknown-pupil', candidates: [], what: `${id.label}: the chosen pupil is not in the store` };
  }

  const byMis = index.ids('mis', id.misKey);
  const byUpn = index.ids('upn', id.upn);
  if (byMis.length > 1) {
    return { kind: 'conflict', reason: 'ambiguous', candidates: byMis, what: `${id.label}: MIS id is held by ${byMis.length} stored pupils` };
  }
  const a = byMis[0] ? index.get(byMis[0]) : undefined;
  if (a) {
    if (id.upn && a.upn && a.upn !== id.upn) {
      return {
        kind: 'conflict',
        reason: 'contradiction',
        candidates: [a.id, ...byUpn],
        what: `${id.label}: same MIS id as a stored pupil whose UPN is ${a.upn}, but this source says ${id.upn}`,
      };
    }
    if (byUpn.some((u) => u !== a.id)) {
      return {
        kind: 'conflict',
        reason: 'contradiction',
        candidates: [a.id, ...byUpn],
        what: `${id.label}: the MIS id and the UPN belong to two different stored pupils`,
      };
    }
    return { kind: 'match', pupilId: a.id, how: 'mis' };
  }

  if (byUpn.length > 1) {
    return { kind: 'conflict', reason: 'ambiguous', candidates: byUpn, what: `${id.label}: UPN ${id.upn} is held by ${byUpn.length} stored pupils` };
  }
  const b = byUpn[0] ? index.get(byUpn[0]) : undefined;
  if (b) {
    const other = otherMisId(b, id);
    if (other) {
      return {
        kind: 'conflict',
        reason: 'contradiction',
        candidates: [b.id],
        what: `${id.label}: UPN ${id.upn} belongs to a stored pupil with MIS id ${other} in ${id.mis}, not ${id.misKey?.slice(id.mis!.length + 1)}`,
      };
    }
    return { kind: 'match', pupilId: b.id, how: 'upn' };
  }

  const byName = index.ids('nameDob', id.nameDob);
  if (byName.length > 1) {
    return {
      kind: 'conflict',
      reason: 'ambiguous',
      candidates: byName,
      what: `${id.label}: ${byName.length} stored pupils have this name and date of birth`,
    };
  }
  const c = byName[0] ? index.get(byName[0]) : undefined;
  if (c) {
    // Only name + DOB agree: any identifier that disagrees means two children, or a mistake to resolve.
    if (id.upn && c.upn) {
      return {
        kind: 'conflict',
        reason: 'contradiction',
        candidates: [c.id],
        what: `${id.label}: a stored pupil has this name and date of birth but UPN ${c.upn}, not ${id.upn}`,
      };
    }
    const other = otherMisId(c, id);
    if (other) {
      return {
        kind: 'conflict',
        reason: 'contradiction',
        candidates: [c.id],
        what: `${id.label}: a stored pupil has this name and date of birth but MIS id ${other}`,
      };
    }
    return { kind: 'match', pupilId: c.id, how: 'name-dob' };
  }

  if (!id.misKey && !id.upn && !id.nameDob) {
    return {
      kind: 'conflict',
      reason: 'unidentified',
      candidates: [],
      what: `${id.label}: cannot identify this pupil (need an MIS id, a UPN, or a full name with date of birth; a name alone is not enough)`,
    };
  }
  return { kind: 'new' };
}
