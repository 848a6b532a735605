/**
 * Which fields of a pupil row the lock seals, and the blind index kept beside them. Pure apart from WebCrypto.
 *
 * Sealed: every name, the date of birth, the pupil's address, contacts (addresses, phones, emails), the UPN and MIS ids. Kept in the
 * clear (figures and flags need them, and they name nobody): year and registration group, sex, admission and
 * leaving dates, FSM/PP/SEN/EAL/CIC, provenance, and a stand-in date of birth with the same compulsory-school-age
 * dates. `misKeys`, `upn` and `nameDob` are replaced by blind-index values so a register page still finds its
 * pupils while locked (lib/lock/locked-read.ts).
 */
import type { LockedFacts, PupilRow } from '../store/rows';
import { openJson, sealJson, type Blinder } from './crypto';

export const SEALED_FIELDS = [
  'displayName',
  'legalSurname',
  'legalForename',
  'middleNames',
  'preferredSurname',
  'preferredForename',
  'dob',
  'contacts',
  'address',
  'upn',
  'misKeys',
  'nameDob',
] as const satisfies readonly (keyof PupilRow)[];

type SealedPart = Partial<Pick<PupilRow, (typeof SEALED_FIELDS)[number]>>;

/**
 * The last day of the band (1 Jan–31 Mar, 1 Apr–31 Aug, 1 Sep–31 Dec) a birthday falls in. Compulsory school age
 * starts on the first of 31 Mar / 31 Aug / 31 Dec on or after the fifth birthday and ends in the school year of
 * the sixteenth (engine compulsory-school-age.ts): both are the same for every birthday in one band.
 */
export function dobBand(dob: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(dob);
  if (!m) return undefined;
  const month = Number(m[2]);
  return `${m[1]}-${month <= 3 ? '03-31' : month <= 8 ? '08-31' : '12-31'}`;
}

/** The blind-index values of a row's identifiers (also used to look up a page's pupils while locked). */
export async function blindKeys(
  blind: Blinder,
  ids: { misKeys?: readonly string[]; upn?: string; nameDob?: string },
): Promise<{ misKeys: string[]; upn?: string; nameDob?: string }> {
  const [misKeys, upn, nameDob] = await Promise.all([
    Promise.all((ids.misKeys ?? []).map(blind)),
    ids.upn ? blind(`upn|${ids.upn}`) : undefined,
    ids.nameDob ? blind(`nd|${ids.nameDob}`) : undefined,
  ]);
  return { misKeys: misKeys.map((k) => `mis|${k}`), ...(upn ? { upn } : {}), ...(nameDob ? { nameDob } : {}) };
}
/** The blind value of one MIS key, as stored in a locked row's `misKeys`. */
export const blindMisKey = async (blind: Blinder, misKey: string) => `mis|${await blind(misKey)}`;

export async function sealRow(row: PupilRow, dataKey: CryptoKey, blind: Blinder): Promise<PupilRow> {
  if (row.lock) return row;
  const part: SealedPart = {};
  const out = { ...row } as PupilRow & Record<string, unknown>;
  for (const f of SEALED_FIELDS) {
    if (row[f] !== undefined) (part as Record<string, unknown>)[f] = row[f];
    delete out[f];
  }
  const [sealed, keys] = await Promise.all([sealJson(dataKey, part), blindKeys(blind, row)]);
  const band = row.dob ? dobBand(row.dob) : undefined;
  const lock: LockedFacts = { ...sealed, ...(band ? { dobBand: band } : {}) };
  return { ...out, ...keys, lock };
}

/** Throws when the data key is not this lock's (AES-GCM refuses). */
export async function openRow(row: PupilRow, dataKey: CryptoKey): Promise<PupilRow> {
  if (!row.lock) return row;
  const part = await openJson<SealedPart>(dataKey, row.lock);
  const out = { ...row } as PupilRow & Record<string, unknown>;
  delete out.lock;
  for (const f of SEALED_FIELDS) delete out[f];
  return { ...out, misKeys: [], ...part };
}
