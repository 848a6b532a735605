// zod/mini: read by the background, options and (later) the forms prefill through the background.
import { z } from 'zod/mini';
import { defineSetting } from './setting';
import { SETTING_KEYS } from './keys';

/**
 * The school's own details and the person who makes referrals: what a local authority's referral
 * form asks about the referrer (lib/prefill reads them). Not pupil data. Every field is a string,
 * '' when not known; the options page checks each one before it is saved (`schoolDetailsProblems`).
 */
export interface SchoolDetails {
  version: 1;
  school: {
    name: string;
    /** Unique reference number: 6 digits. */
    urn: string;
    /** LA and establishment number: `886/2001`. */
    dfeNumber: string;
    laName: string;
    address: { line1: string; line2: string; town: string; postcode: string };
    phone: string;
    email: string;
  };
  referrer: { name: string; role: string; email: string; phone: string };
}

export const EMPTY_SCHOOL_DETAILS: SchoolDetails = {
  version: 1,
  school: { name: '', urn: '', dfeNumber: '', laName: '', address: { line1: '', line2: '', town: '', postcode: '' }, phone: '', email: '' },
  referrer: { name: '', role: '', email: '', phone: '' },
};

const text = z.string().check(z.maxLength(200));
const schoolDetailsSchema = z.object({
  version: z.literal(1),
  school: z.object({
    name: text,
    urn: text,
    dfeNumber: text,
    laName: text,
    address: z.object({ line1: text, line2: text, town: text, postcode: text }),
    phone: text,
    email: text,
  }),
  referrer: z.object({ name: text, role: text, email: text, phone: text }),
});

/**
 * A stored value, field by field: a missing or malformed field is '' (an older or hand-edited value
 * keeps the fields that are fine).
 */
export function parseSchoolDetails(raw: unknown): SchoolDetails {
  const whole = schoolDetailsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const pick = (o: unknown, k: string): unknown => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined);
  const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 200) : '');
  const fill = <T extends Record<string, unknown>>(shape: T, from: unknown): T =>
    Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, typeof v === 'string' ? str(pick(from, k)) : fill(v as Record<string, unknown>, pick(from, k))])) as T;
  if (raw !== undefined) console.warn('Attendance Lens: the stored school details are partly malformed; those fields are empty');
  return { version: 1, school: fill(EMPTY_SCHOOL_DETAILS.school, pick(raw, 'school')), referrer: fill(EMPTY_SCHOOL_DETAILS.referrer, pick(raw, 'referrer')) };
}

export const schoolDetailsSetting = defineSetting(SETTING_KEYS.schoolDetails, { version: 1, parse: parseSchoolDetails });

/** Field path (`school.urn`) → what is wrong with it, in words for the user. */
export type SchoolDetailsProblems = Partial<Record<string, string>>;

const URN = /^\d{6}$/;
const DFE = /^\d{3}\/\d{4}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// UK numbers: 0 then 9 or 10 digits, or +44 without the 0; spaces, dashes and brackets allowed.
const PHONE = /^(?:0\d{9,10}|\+44\d{9,10})$/;
// The UK postcode shape (outward code, space optional, inward code), case-insensitive.
const POSTCODE = /^(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}$/i;

const phoneDigits = (s: string) => s.replace(/[\s()-]/g, '');

/** Each filled field checked (an empty field is allowed: not every school knows every detail). */
export function schoolDetailsProblems(d: SchoolDetails): SchoolDetailsProblems {
  const out: SchoolDetailsProblems = {};
  const check = (path: string, value: string, ok: (v: string) => boolean, what: string) => {
    if (value.trim() !== '' && !ok(value.trim())) out[path] = what;
  };
  check('school.urn', d.school.urn, (v) => URN.test(v), 'A URN is 6 digits, like 118765.');
  check('school.dfeNumber', d.school.dfeNumber, (v) => DFE.test(v), 'A DfE number is the LA number, a slash and 4 digits, like 886/2001.');
  check('school.address.postcode', d.school.address.postcode, (v) => POSTCODE.test(v), 'Enter a UK postcode, like ME14 1XX.');
  check('school.phone', d.school.phone, (v) => PHONE.test(phoneDigits(v)), 'Enter a UK phone number, like 01622 123456.');
  check('school.email', d.school.email, (v) => EMAIL.test(v), 'Enter an email address, like office@school.kent.sch.uk.');
  check('referrer.email', d.referrer.email, (v) => EMAIL.test(v), 'Enter an email address, like name@school.kent.sch.uk.');
  check('referrer.phone', d.referrer.phone, (v) => PHONE.test(phoneDigits(v)), 'Enter a UK phone number, like 01622 123456.');
  return out;
}

/** Saves the details if every field passes; the problems otherwise (nothing is saved). */
export async function saveSchoolDetails(d: SchoolDetails): Promise<SchoolDetailsProblems> {
  const trimmed = parseSchoolDetails(JSON.parse(JSON.stringify(d, (_k, v: unknown) => (typeof v === 'string' ? v.trim() : v))));
  const problems = schoolDetailsProblems(trimmed);
  if (Object.keys(problems).length === 0) await schoolDetailsSetting.set(trimmed);
  return problems;
}

/**
 * Name, URN and DfE number from the school row an earlier version kept in the store, when nothing
 * is saved here yet (once: a saved value, even an empty one, is the user's).
 */
export async function adoptStoredSchool(row: { name?: string; urn?: string; dfeNumber?: string } | undefined): Promise<boolean> {
  if (!row || !(row.name || row.urn || row.dfeNumber)) return false;
  if ((await schoolDetailsSetting.getRaw()) !== undefined) return false;
  const d = structuredClone(EMPTY_SCHOOL_DETAILS);
  d.school.name = row.name ?? '';
  d.school.urn = row.urn ?? '';
  d.school.dfeNumber = row.dfeNumber ?? '';
  await schoolDetailsSetting.set(parseSchoolDetails(d));
  return true;
}
