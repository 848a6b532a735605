/**
 * The school and referrer details another part of the extension saves in `browser.storage.local`
 * under `schoolDetails` (settings UI). Read tolerantly: anything missing, empty or mistyped is
 * "unknown", never an error, so a half-filled settings page still prefills what it can.
 */
import type { PrefillValues } from './snapshot';

export const SCHOOL_DETAILS_KEY = 'schoolDetails';

export interface SchoolDetails {
  school: { name: string; urn: string; dfeNumber: string; laName: string; address: { line1: string; line2: string; town: string; postcode: string }; phone: string; email: string };
  referrer: { name: string; role: string; email: string; phone: string };
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export function readSchoolDetails(raw: unknown): SchoolDetails {
  const r = obj(raw);
  const s = obj(r.school);
  const a = obj(s.address);
  const ref = obj(r.referrer);
  return {
    school: {
      name: str(s.name), urn: str(s.urn), dfeNumber: str(s.dfeNumber), laName: str(s.laName),
      address: { line1: str(a.line1), line2: str(a.line2), town: str(a.town), postcode: str(a.postcode) },
      phone: str(s.phone), email: str(s.email),
    },
    referrer: { name: str(ref.name), role: str(ref.role), email: str(ref.email), phone: str(ref.phone) },
  };
}

/** Canonical keys from the details; unknown ('') values are left out. */
export function schoolValues(d: SchoolDetails): PrefillValues {
  const a = d.school.address;
  const entries: [string, string][] = [
    ['school.name', d.school.name], ['school.urn', d.school.urn], ['school.dfe_number', d.school.dfeNumber],
    ['school.address.line1', a.line1], ['school.address.line2', a.line2], ['school.address.town', a.town], ['school.address.postcode', a.postcode],
    ['school.address.full', [a.line1, a.line2, a.town, a.postcode].filter(Boolean).join(', ')],
    ['school.phone', d.school.phone], ['school.email', d.school.email],
    ['referrer.name', d.referrer.name], ['referrer.role', d.referrer.role], ['referrer.email', d.referrer.email], ['referrer.phone', d.referrer.phone],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== ''));
}
