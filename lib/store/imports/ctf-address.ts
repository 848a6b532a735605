import type { PupilAddress } from '../rows';
import { decodeXmlText } from './text';

/**
 * The pupil's own home address from a parsed CTF `<Pupil>` (kept apart from ctf.ts, which reads
 * identity and marks). The CTF spec gives `<Address>` either as `<BS7666Address>` (SAON, PAON, Street,
 * Locality, Town, AdministrativeArea, PostTown) or as `<AddressLines>` (AddressLine1…5), with `<County>`
 * and `<PostCode>` beside them. Only the pupil's own `<Address>` is read: never one inside `<Contacts>`
 * (a carer's) or `<SchoolHistory>`. Free address lines are not guessed into a town: line 1 is line 1,
 * the rest are line 2, and the town is left out unless the file names it.
 */
type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const NOT_THE_PUPILS = new Set(['Contacts', 'Contact', 'SchoolHistory', 'Attendance', 'Assessments', 'SENhistory']);

const text = (v: unknown): string | undefined => {
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return undefined;
  const t = decodeXmlText(v).text.replace(/\s+/g, ' ').trim();
  return t === '' ? undefined : t;
};

/** The first `<Address>` under the pupil (depth-first), not inside a contact or a school. */
function pupilAddressNode(node: unknown): Node | undefined {
  if (Array.isArray(node)) {
    for (const n of node) {
      const r = pupilAddressNode(n);
      if (r) return r;
    }
    return undefined;
  }
  if (!isNode(node)) return undefined;
  if ('Address' in node) {
    const a = Array.isArray(node.Address) ? node.Address[0] : node.Address;
    if (isNode(a)) return a;
  }
  for (const [k, v] of Object.entries(node)) {
    if (NOT_THE_PUPILS.has(k) || k === 'Address') continue;
    const r = pupilAddressNode(v);
    if (r) return r;
  }
  return undefined;
}

const joined = (parts: (string | undefined)[], sep: string) => {
  const s = parts.filter(Boolean).join(sep);
  return s === '' ? undefined : s;
};

/** The pupil's address, or undefined when the pupil has none (or it holds no part we can read). */
export function ctfPupilAddress(pupil: unknown): PupilAddress | undefined {
  const a = pupilAddressNode(pupil);
  if (!a) return undefined;
  const out: PupilAddress = {};
  const bs = isNode(a.BS7666Address) ? a.BS7666Address : Array.isArray(a.BS7666Address) && isNode(a.BS7666Address[0]) ? (a.BS7666Address[0] as Node) : undefined;
  const lines = isNode(a.AddressLines) ? a.AddressLines : Array.isArray(a.AddressLines) && isNode(a.AddressLines[0]) ? (a.AddressLines[0] as Node) : undefined;
  if (bs) {
    // "Flat 2, 14 Mill Lane": the secondary name, then number/name and street.
    const paon = text(bs.PAON);
    const street = text(bs.Street);
    out.line1 = joined([text(bs.SAON), joined([paon, street], ' ')], ', ');
    out.line2 = text(bs.Locality);
    out.town = text(bs.Town) ?? text(bs.PostTown);
    out.county = text(bs.AdministrativeArea);
  } else if (lines) {
    const all = [1, 2, 3, 4, 5].map((n) => text(lines[`AddressLine${n}`]));
    out.line1 = all[0];
    out.line2 = joined(all.slice(1), ', ');
  }
  out.county = text(a.County) ?? out.county;
  out.postcode = text(a.PostCode) ?? text(a.Postcode);
  for (const k of Object.keys(out) as (keyof PupilAddress)[]) if (out[k] === undefined) delete out[k];
  return Object.keys(out).length ? out : undefined;
}
