/**
 * Values as each field expects them: dates as `type=date` (ISO), `dd/mm/yyyy` text (or the format the
 * field's hint shows), or day / month / year parts; selects and radios by option text and synonyms;
 * yes/no and M/F answers. Pure. Anything that cannot be written faithfully is an error, never a guess.
 */
import type { ValueKind } from './keys';
import { normaliseText } from './match';
import type { PrefillValue } from './snapshot';

export interface OptionLike { text: string; value: string }

export type Formatted = { ok: true; value: string } | { ok: false; why: string };

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function isIsoDate(v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
}

/** The text format a date field asks for, from its placeholder, hint and label. */
export function dateTextFormat(hints: string): 'dmy/' | 'dmy-' | 'dmy.' | 'ymd' | 'long' {
  const h = hints.toLowerCase();
  if (/yyyy-mm-dd/.test(h)) return 'ymd';
  if (/dd-mm-yy/.test(h)) return 'dmy-';
  if (/dd\.mm\.yy/.test(h)) return 'dmy.';
  if (/\b\d{1,2} (january|february|march|april|may|june|july|august|september|october|november|december) \d{4}\b/.test(h) && !/\d{1,2}\/\d{1,2}\/\d{2,4}/.test(h)) return 'long';
  return 'dmy/';
}

export function formatDateText(iso: string, fmt: ReturnType<typeof dateTextFormat>): string {
  const [y, m, d] = iso.split('-');
  switch (fmt) {
    case 'ymd': return iso;
    case 'dmy-': return `${d}-${m}-${y}`;
    case 'dmy.': return `${d}.${m}.${y}`;
    case 'long': return `${Number(d)} ${MONTHS[Number(m) - 1]!.replace(/^./, (c) => c.toUpperCase())} ${y}`;
    default: return `${d}/${m}/${y}`;
  }
}

const SHOWN_FORMAT = /(?<![a-z])(d{1,2}|m{1,4}|mon|y{2,4})([-/. ]{1,2})(d{1,2}|m{1,4}|mon)\2(y{2,4}|d{1,2})(?![a-z])/i;
const TIME_FORMAT = /\bhh?\s*:\s*mm\b/i;

/**
 * The date pattern a field shows ("dd-MMM-yyyy", "DD/MM/YYYY", "MM/DD/YYYY", "d MMM yyyy"): its parts and
 * separator, or null when none is shown. `unwritable` when the field asks for more than a date (a time).
 */
export function shownDateFormat(hints: string): { tokens: string[]; sep: string } | 'unwritable' | null {
  const m = SHOWN_FORMAT.exec(hints);
  if (!m) return null;
  const tokens = [m[1]!, m[3]!, m[4]!].map((t) => t.toLowerCase());
  const kinds = tokens.map((t) => t[0] === 'y' ? 'y' : t === 'mon' || t[0] === 'm' ? 'm' : 'd');
  // One day, one month, one year: anything else ("mm/mm/yyyy") is no date format we can write.
  if (new Set(kinds).size !== 3) return 'unwritable';
  if (TIME_FORMAT.test(hints)) return 'unwritable';
  return { tokens, sep: m[2]! };
}

/** An ISO date written in a shown pattern: dd / d, mm / m, mmm (May), mmmm (May in full), yyyy / yy. */
export function formatDateAs(iso: string, f: { tokens: string[]; sep: string }): string {
  const [y, m, d] = iso.split('-');
  const month = MONTHS[Number(m) - 1]!.replace(/^./, (c) => c.toUpperCase());
  return f.tokens.map((t) => {
    if (t[0] === 'y') return t.length === 2 ? y!.slice(2) : y!;
    if (t[0] === 'd') return t.length === 1 ? String(Number(d)) : d!;
    if (t === 'mon' || t.length === 3) return month.slice(0, 3);
    if (t.length >= 4) return month;
    return t.length === 1 ? String(Number(m)) : m!;
  }).join(f.sep);
}

/** One part of a date for split day / month / year fields. Month selects get their option chosen. */
export function datePart(iso: string, part: 'day' | 'month' | 'year', opts: { padded: boolean; twoDigitYear?: boolean }): string {
  const [y, m, d] = iso.split('-');
  if (part === 'year') return opts.twoDigitYear ? y!.slice(2) : y!;
  const v = part === 'day' ? d! : m!;
  return opts.padded ? v : String(Number(v));
}

const YES = /^(yes|y|true|ticked|tick)\b/i;
const NO = /^(no|n|false|none)\b/i;

const SYNONYMS: Record<string, string[]> = {
  mother: ['mum', 'mother', 'birth mother'], father: ['dad', 'father', 'birth father'],
  stepmother: ['step mother', 'step-mother', 'stepmother'], stepfather: ['step father', 'stepfather'],
  grandmother: ['grandmother', 'grandparent', 'nan'], grandfather: ['grandfather', 'grandparent'],
  'foster carer': ['foster carer', 'foster parent'], guardian: ['guardian', 'legal guardian', 'special guardian'],
  male: ['m', 'male', 'boy'], female: ['f', 'female', 'girl'],
};

const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen'];

function optionRegexFor(kind: ValueKind, value: PrefillValue, enumOptions?: Record<string, RegExp>, key?: string): RegExp | null {
  if (kind === 'bool') return value === true ? YES : value === false ? NO : null;
  if (kind === 'sex') return value === 'M' ? /^(m|male|boy|man)\b/i : value === 'F' ? /^(f|female|girl|woman)\b/i : null;
  if (kind === 'nc_year' && typeof value === 'string') {
    if (/^r$/i.test(value)) return /^(r|rec|reception|year r|yr|ncy r|nc year r|foundation( 2| stage 2)?|f2)$/i;
    if (/^n[12]$/i.test(value)) return new RegExp(`^(${value}|nursery ?${value.slice(1)})$`, 'i');
    const n = Number(value);
    // Also spelt out ("Year Seven"): then an option's value "7" may belong to another year (values count from Reception).
    const word = NUMBER_WORDS[n];
    if (Number.isInteger(n)) return new RegExp(`^(year ?|y|yr ?|ncy ?|nc year ?|year group ?)?(0?${n}${word ? `|${word}` : ''})$`, 'i');
    return null;
  }
  if (kind === 'sen_status') {
    return value === 'N' ? /^(n|none|no|no sen[d]?|no special educational needs|not (on the )?sen( register)?|no sen provision)\b/i
      : value === 'K' ? /^(k|sen support|send support|school support|support)\b/i
        : value === 'E' ? /^(e|ehc|ehcp|education,? health and care plan|statement)/i : null;
  }
  if (kind === 'enum' && typeof value === 'string') {
    if (key === 'deletion.ground') {
      const m = /^(\d)([a-o])$/i.exec(value);
      if (!m) return null;
      // "1c", "1(c)", or "9(1)(c)" (the regulation's number first).
      return new RegExp(`(^|[^0-9a-z])\\(?${m[1]}\\)?\\s*\\(?\\s*${m[2]}\\s*\\)?(?![a-z])`, 'i');
    }
    return enumOptions?.[value] ?? null;
  }
  return null;
}

/**
 * Deletion grounds in the words of the School Attendance (Pupil Registration) (England) Regulations
 * 2024, reg 9(1), for forms whose options give no code. Only the grounds whose wording we hold for
 * certain (attendance-rules.md §3.9 and the pathway table; an LA's own leaving form for (a) and (c));
 * any other ground is chosen by its code only.
 */
const GROUND_WORDING: Record<string, { name: string; re: RegExp; not?: RegExp }> = {
  '1a': { name: 'registered at another school', re: /\bregistered (?:at|with|as a pupil (?:at|of)) (?:another|a new|a different|an?other) school\b/i, not: /\bdual|more than one|also registered|subsidiary/i },
  '1c': { name: 'also registered at another school, which consented: dual registration ended', re: /\bdual(?:ly)?[- ]?regist|\bregistered at (?:more than one|two|one or more other) schools?\b|\balso registered\b/i },
  '1f': { name: 'parent’s written notice of education otherwise than at school (elective home education)', re: /\bhome[- ]?educat|\beducat\w* at home\b|\belective home\b|\beducation otherwise than at school\b|\bEHE\b/i },
  '1h': { name: 'not returned within 10 school days after a leave of absence', re: /\b(?:not|n't|failed to|fail to) return\w*\b.*\bleave of absence\b|\bleave of absence\b.*\b(?:not|n't|failed to) return/i },
  '1i': { name: 'continuously absent for 20 school days or more', re: /\bcontinuous(?:ly)? absen|\b20 (?:school )?days\b.*\babsen|\babsent for 20\b/i },
};

/** Which option fits the value: exactly one, or an error saying why not. */
export function chooseOption(options: OptionLike[], kind: ValueKind, value: PrefillValue, enumOptions?: Record<string, RegExp>, key?: string): { ok: true; index: number } | { ok: false; why: string } {
  const usable = options.map((o, i) => ({ ...o, i })).filter((o) => o.text || o.value);
  const pick = (hits: typeof usable, what: string) => {
    if (hits.length === 1) return { ok: true as const, index: hits[0]!.i };
    if (hits.length > 1) return { ok: false as const, why: `more than one option could mean ${what}: ${hits.map((h) => `"${h.text || h.value}"`).join(', ')}` };
    return null;
  };
  const re = optionRegexFor(kind, value, enumOptions, key);
  const shown = typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value);
  if (re) {
    // A year with its key stage after it in brackets ("Year 7 (Key Stage 3)") is that year.
    const bare = (t: string) => (kind === 'nc_year' ? t.trim().replace(/\s*\([^()]*\)$/, '') : t.trim());
    const fits = (t: string) => re.test(t.trim()) || re.test(bare(t));
    const r = pick(usable.filter((o) => fits(o.text) || fits(o.value)).filter((o, _i, all) => all.length < 2 || fits(o.text)), `"${shown}"`);
    if (r) return r;
    if (kind === 'enum' && key === 'deletion.ground' && typeof value === 'string') {
      // A range option such as "3(a)–3(e)".
      const m = /^(\d)([a-o])$/i.exec(value)!;
      const hits = usable.filter((o) => {
        const g = new RegExp(`${m[1]}\\s*\\(([a-o])\\)\\s*[–-]\\s*${m[1]}\\s*\\(([a-o])\\)`, 'i').exec(o.text);
        return g && m[2]!.toLowerCase() >= g[1]!.toLowerCase() && m[2]!.toLowerCase() <= g[2]!.toLowerCase();
      });
      const rr = pick(hits, `"${shown}"`);
      if (rr) return rr;
    }
    if (kind === 'enum' && key === 'deletion.ground' && typeof value === 'string') {
      // Grounds written in words only, no code: the regulation's wording of the ground, where we know it.
      const g = GROUND_WORDING[value.toLowerCase()];
      if (g) {
        const coded = (t: string) => /\b\d\s*\(\s*[a-o]\s*\)|^\s*\d[a-o]\b/i.test(t);
        const rr = pick(usable.filter((o) => !coded(o.text) && g.re.test(o.text) && !g.not?.test(o.text)), `"${shown}"`);
        if (rr) return rr;
        return { ok: false, why: `no option matches "${shown}" (${g.name})` };
      }
    }
    if (kind !== 'text') return { ok: false, why: `no option matches "${shown}"` };
  }
  if (value === null || value === undefined || typeof value === 'boolean') return { ok: false, why: `no option matches "${shown}"` };
  const want = normaliseText(String(value));
  const norm = (s: string) => normaliseText(s);
  const exact = pick(usable.filter((o) => norm(o.text) === want || norm(o.value) === want), `"${shown}"`);
  if (exact) return exact;
  const syn = Object.entries(SYNONYMS).find(([k, list]) => k === want || list.includes(want));
  if (syn) {
    const names = [syn[0], ...syn[1]];
    const r = pick(usable.filter((o) => names.includes(norm(o.text))), `"${shown}"`);
    if (r) return r;
  }
  // A unique option that contains the whole value as words ("White British" in "White - British (WBRI)").
  const contains = usable.filter((o) => want.length >= 3 && ` ${norm(o.text)} `.includes(` ${want} `));
  const c = pick(contains, `"${shown}"`);
  if (c) return c;
  return { ok: false, why: `no option matches "${shown}"` };
}

const ENUM_TEXT: Record<string, string> = {
  holiday: 'Unauthorised leave of absence for a holiday', unauthorised_absence: 'Unauthorised absence',
  late_after_close: 'Persistent late arrival after the register closed', exclusion_public_place: 'Excluded pupil in a public place',
  suspension: 'Suspension', permanent: 'Permanent exclusion',
};

/** A value written as text (text inputs, textareas). */
export function formatText(kind: ValueKind, value: PrefillValue, field: { type: string; hints: string; maxLength: number | null; key: string }): Formatted {
  if (value === null || value === undefined || value === '') return { ok: false, why: 'no value held' };
  switch (kind) {
    case 'date': {
      if (!isIsoDate(value)) return { ok: false, why: `not a date: ${String(value)}` };
      if (field.type === 'date') return { ok: true, value };
      if (field.type === 'number' || field.type === 'email' || field.type === 'tel') return { ok: false, why: `a date cannot go in a ${field.type} field` };
      // The pattern the page shows ("dd-MMM-yyyy") is the one to write; one we cannot write is a refusal.
      const shown = shownDateFormat(field.hints);
      if (shown === 'unwritable') return { ok: false, why: 'the field asks for a date format that cannot be written from a date alone' };
      if (shown) return { ok: true, value: formatDateAs(value, shown) };
      return { ok: true, value: formatDateText(value, dateTextFormat(field.hints)) };
    }
    case 'bool':
      if (typeof value !== 'boolean') return { ok: false, why: `not yes or no: ${String(value)}` };
      if (field.type === 'number' || field.type === 'date') return { ok: false, why: `yes/no cannot go in a ${field.type} field` };
      return { ok: true, value: value ? 'Yes' : 'No' };
    case 'sex': {
      if (value !== 'M' && value !== 'F') return { ok: false, why: `sex must be M or F, not ${String(value)}` };
      const short = (field.maxLength !== null && field.maxLength < 4) || /\bm\s*\/\s*f\b/i.test(field.hints);
      return { ok: true, value: short ? value : value === 'M' ? 'Male' : 'Female' };
    }
    case 'int':
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) return { ok: false, why: `not a number: ${String(value)}` };
      if (field.type === 'date' || field.type === 'email') return { ok: false, why: `a number cannot go in a ${field.type} field` };
      const text = field.key === 'att.percentage' ? n.toFixed(1) : kind === 'int' ? String(Math.round(n)) : String(n);
      return { ok: true, value: text };
    }
    case 'enum':
      if (field.type === 'number' || field.type === 'date') return { ok: false, why: `cannot go in a ${field.type} field` };
      if (field.key === 'deletion.ground') {
        const m = /^(\d)([a-o])$/i.exec(String(value));
        return m ? { ok: true, value: `${m[1]}(${m[2]!.toLowerCase()})` } : { ok: false, why: `not a ground: ${String(value)}` };
      }
      return { ok: true, value: ENUM_TEXT[String(value)] ?? String(value) };
    case 'nc_year': {
      // Free text: write "Year 7" / "Reception" only where the hint or placeholder shows that form.
      const v = String(value);
      if (!/\byear\s*(\d{1,2}|r)\b|\breception\b/i.test(field.hints)) return { ok: true, value: v };
      if (/^r$/i.test(v)) return { ok: true, value: 'Reception' };
      return { ok: true, value: /^\d{1,2}$/.test(v) ? `Year ${Number(v)}` : v };
    }
    case 'sen_status':
      return { ok: true, value: ({ N: 'No special educational needs', K: 'SEN support', E: 'Education, health and care plan' } as Record<string, string>)[String(value)] ?? String(value) };
    default: {
      if (field.type === 'number' && !/^-?\d+(\.\d+)?$/.test(String(value))) return { ok: false, why: 'text cannot go in a number field' };
      if (field.type === 'date') return { ok: false, why: 'text cannot go in a date field' };
      if (field.type === 'email' && !/@/.test(String(value))) return { ok: false, why: 'not an email address' };
      const text = String(value);
      if (field.maxLength !== null && field.maxLength > 0 && text.length > field.maxLength) return { ok: false, why: `too long for this field (${text.length} characters, the field takes ${field.maxLength})` };
      return { ok: true, value: text };
    }
  }
}
