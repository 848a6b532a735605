/**
 * Attendance codes: the 2024 national set (SI 2024/208 reg 10), the pre-19-August-2024 legacy set,
 * normalisation of raw register text (`D-NORM`) and which table applies by date (`D-CODESET`).
 * Rules: shared/domain/attendance-rules.md §1.
 */
import type { IsoDate } from './dates';

/** DfE statistical categories of a valid code. ADMIN codes (`Z`, `#`) are folded into notPossible. */
export type StatCategory = 'present' | 'aea' | 'authorised' | 'unauthorised' | 'notPossible';
/** What one session's mark amounts to once read: a category, or why it is not one. */
export type MarkCategory = StatCategory | 'missing' | 'unknown' | 'notRecorded';

export const STAT_CATEGORIES: readonly StatCategory[] = ['present', 'aea', 'authorised', 'unauthorised', 'notPossible'];

export type NationalCode =
  | '/' | '\\' | 'L'
  | 'K' | 'V' | 'P' | 'W' | 'B'
  | 'D'
  | 'C1' | 'M' | 'J1' | 'S' | 'X' | 'C2' | 'C' | 'E' | 'I' | 'R' | 'T'
  | 'Q' | 'Y1' | 'Y2' | 'Y3' | 'Y4' | 'Y5' | 'Y6' | 'Y7'
  | 'G' | 'U' | 'O' | 'N'
  | 'Z' | '#';

/** Codes of the pre-2024 set (HACK Appendix 2 plus `Z`). */
export type LegacyCode =
  | '/' | '\\' | 'L' | 'D' | 'B' | 'V' | 'P' | 'W' | 'J'
  | 'I' | 'M' | 'S' | 'R' | 'E' | 'H' | 'F' | 'T' | 'C'
  | 'N' | 'U' | 'O' | 'G' | '#' | 'Y' | 'X' | 'Z';

export interface NationalCodeInfo {
  readonly category: StatCategory;
  /** `Z` and `#`: administrative, not a possible attendance. */
  readonly admin: boolean;
}

// Meanings are in code-meanings.ts: the page readers (in the MIS content script) need categories only.
const nat = (category: StatCategory, admin = false): NationalCodeInfo => ({ category, admin });

/** The 2024 code set, in force from 19 August 2024 (rules §1.1). */
export const NATIONAL_CODES: Readonly<Record<NationalCode, NationalCodeInfo>> = {
  '/': nat('present'),
  '\\': nat('present'),
  L: nat('present'),
  K: nat('aea'),
  V: nat('aea'),
  P: nat('aea'),
  W: nat('aea'),
  B: nat('aea'),
  D: nat('notPossible'),
  C1: nat('authorised'),
  M: nat('authorised'),
  J1: nat('authorised'),
  S: nat('authorised'),
  X: nat('notPossible'),
  C2: nat('authorised'),
  C: nat('authorised'),
  E: nat('authorised'),
  I: nat('authorised'),
  R: nat('authorised'),
  T: nat('authorised'),
  // Category UNCONFIRMED in the rules; inferred as not possible (rules §1.1, §7 item 2).
  Q: nat('notPossible'),
  Y1: nat('notPossible'),
  Y2: nat('notPossible'),
  Y3: nat('notPossible'),
  Y4: nat('notPossible'),
  Y5: nat('notPossible'),
  Y6: nat('notPossible'),
  Y7: nat('notPossible'),
  G: nat('unauthorised'),
  U: nat('unauthorised'),
  O: nat('unauthorised'),
  N: nat('unauthorised'),
  Z: nat('notPossible', true),
  '#': nat('notPossible', true),
};

export interface LegacyCodeInfo {
  /** Category for sessions dated before the cutover. */
  readonly category: StatCategory;
  /** The 2024 code it is read as when dated on or after the cutover (`D-CODESET`). */
  readonly successor: NationalCode;
}

const leg = (category: StatCategory, successor: NationalCode): LegacyCodeInfo => ({ category, successor });

/** The pre-2024 set with its legacy categories and 2024 successors (rules §1.3). */
export const LEGACY_CODES: Readonly<Record<LegacyCode, LegacyCodeInfo>> = {
  '/': leg('present', '/'),
  '\\': leg('present', '\\'),
  L: leg('present', 'L'),
  // Census reading (not possible), not HACK's register-level "counts as present".
  D: leg('notPossible', 'D'),
  // Successor could be K when LA-arranged; not derivable from the register.
  B: leg('aea', 'B'),
  V: leg('aea', 'V'),
  P: leg('aea', 'P'),
  W: leg('aea', 'W'),
  J: leg('aea', 'J1'),
  I: leg('authorised', 'I'),
  M: leg('authorised', 'M'),
  S: leg('authorised', 'S'),
  R: leg('authorised', 'R'),
  E: leg('authorised', 'E'),
  H: leg('authorised', 'C'),
  F: leg('authorised', 'C'),
  T: leg('authorised', 'T'),
  C: leg('authorised', 'C'),
  N: leg('unauthorised', 'N'),
  U: leg('unauthorised', 'U'),
  O: leg('unauthorised', 'O'),
  G: leg('unauthorised', 'G'),
  '#': leg('notPossible', '#'),
  Y: leg('notPossible', 'Y7'),
  X: leg('notPossible', 'X'),
  Z: leg('notPossible', 'Z'),
};

/** First day of the 2024 code set (`D-CODESET`). */
export const CODESET_CUTOVER: IsoDate = '2024-08-19';

export type MarkFlag = 'MISSING_MARK' | 'UNKNOWN_CODE' | 'LEGACY_CODE_AFTER_CUTOVER' | 'NEW_CODE_BEFORE_CUTOVER';

export interface NormalisedMark {
  /**
   * The code the engine reads: a 2024 code, or a legacy code when dated before the cutover (`J` stays `J`);
   * for an unknown mark the trimmed, upper-cased text; `null` for a blank or unrecorded session.
   */
  readonly code: string | null;
  readonly category: MarkCategory;
  /** Read from the legacy table (dated before the cutover) or mapped from a legacy-only code after it. */
  readonly legacy: boolean;
  readonly flags: readonly MarkFlag[];
  /** Rule-membership bits (`MB`), for the engine's loops. */
  readonly bits: number;
  /** Interned id, stable within a run; the engine stores marks as these ids in typed arrays. */
  readonly id: number;
}

/** Mark bits: which rule sets a normalised mark belongs to. */
export const MB = {
  RECORDED: 1 << 0, // any entry, blank included
  POSSIBLE: 1 << 1,
  PRESENT: 1 << 2,
  AEA: 1 << 3,
  AUTH: 1 << 4,
  UNAUTH: 1 << 5, // = {G, N, O, U}: national PN set and D-RUN attendance-return set
  NOTPOSS: 1 << 6,
  MISSING: 1 << 7,
  UNKNOWN: 1 << 8,
  G: 1 << 9,
  N: 1 << 10,
  O: 1 << 11,
  U: 1 << 12,
  I: 1 << 13,
  E: 1 << 14,
  C2: 1 << 15,
  L: 1 << 16,
  HASH: 1 << 17,
  PHYSICAL: 1 << 18, // ATTENDED ∪ {U}: the pupil was under school supervision (rules §1.1)
  LEGACY_AFTER: 1 << 19,
  NEW_BEFORE: 1 << 20,
  LEGACY: 1 << 21,
} as const;

const CATEGORY_BIT: Readonly<Record<StatCategory, number>> = {
  present: MB.PRESENT | MB.POSSIBLE | MB.PHYSICAL,
  aea: MB.AEA | MB.POSSIBLE | MB.PHYSICAL,
  authorised: MB.AUTH | MB.POSSIBLE,
  unauthorised: MB.UNAUTH | MB.POSSIBLE,
  notPossible: MB.NOTPOSS,
};

const CODE_BIT: Partial<Record<string, number>> = {
  G: MB.G, N: MB.N, O: MB.O, U: MB.U | MB.PHYSICAL, I: MB.I, E: MB.E, C2: MB.C2, L: MB.L, '#': MB.HASH,
};

export function isNationalCode(code: string): code is NationalCode {
  return Object.prototype.hasOwnProperty.call(NATIONAL_CODES, code);
}
export function isLegacyCode(code: string): code is LegacyCode {
  return Object.prototype.hasOwnProperty.call(LEGACY_CODES, code);
}
/** A code of either table, already normalised (`isKnownCode('I01')` is false: sub-codes need a mapping). */
export function isKnownCode(code: string): boolean {
  return isNationalCode(code) || isLegacyCode(code);
}

/** Every distinct normalised mark seen so far, by id. Id 0 is "not recorded". */
const registry: NormalisedMark[] = [];
const MAX_INTERNED = 60000;
/** `bits` of every interned mark by id, for the engine's typed-array loops. */
let bitsTable = new Int32Array(64);

/** How many distinct marks have been interned (ids are 0 … count − 1). */
export function internedCount(): number {
  return registry.length;
}

/** The bits table; fetch it again after normalising, since interning may grow it. */
export function markBitsTable(): Int32Array {
  return bitsTable;
}

function intern(code: string | null, category: MarkCategory, legacy: boolean, flags: MarkFlag[], extraBits: number): NormalisedMark {
  let bits = extraBits;
  if (category !== 'notRecorded') bits |= MB.RECORDED;
  if (category === 'missing') bits |= MB.MISSING;
  else if (category === 'unknown') bits |= MB.UNKNOWN;
  else if (category !== 'notRecorded') bits |= CATEGORY_BIT[category] | (code !== null ? CODE_BIT[code] ?? 0 : 0);
  if (legacy) bits |= MB.LEGACY;
  for (const f of flags) {
    if (f === 'LEGACY_CODE_AFTER_CUTOVER') bits |= MB.LEGACY_AFTER;
    if (f === 'NEW_CODE_BEFORE_CUTOVER') bits |= MB.NEW_BEFORE;
  }
  // Past the cap, unknown strings share an id per era (only their text differs, and callers keep the raw text).
  const id = registry.length < MAX_INTERNED ? registry.length : -1;
  const mark: NormalisedMark = Object.freeze({ code, category, legacy, flags: Object.freeze(flags), bits, id });
  if (id >= 0) {
    registry.push(mark);
    if (id >= bitsTable.length) {
      const grown = new Int32Array(bitsTable.length * 2);
      grown.set(bitsTable);
      bitsTable = grown;
    }
    bitsTable[id] = bits;
  }
  return mark;
}

export const NOT_RECORDED: NormalisedMark = /* @__PURE__ */ intern(null, 'notRecorded', false, [], 0);
const BLANK = /* @__PURE__ */ intern(null, 'missing', false, ['MISSING_MARK'], 0);
const UNKNOWN_OVERFLOW = [/* @__PURE__ */ intern('?', 'unknown', false, ['UNKNOWN_CODE'], 0), /* @__PURE__ */ intern('?', 'unknown', true, ['UNKNOWN_CODE'], 0)];

/** The mark with a given interned id. */
export function markById(id: number): NormalisedMark {
  return registry[id] ?? NOT_RECORDED;
}

function normaliseUncached(raw: string, legacyEra: boolean): NormalisedMark {
  const t = raw.trim();
  if (t === '' || t === '-') return BLANK;
  // Upper-case ASCII letters only (`D-NORM`); other characters stay as they are.
  const code = t.replace(/[a-z]+/g, (s) => s.toUpperCase());
  if (legacyEra) {
    if (isLegacyCode(code)) return intern(code, LEGACY_CODES[code].category, true, [], 0);
    if (isNationalCode(code)) return intern(code, NATIONAL_CODES[code].category, false, ['NEW_CODE_BEFORE_CUTOVER'], 0);
  } else {
    if (isNationalCode(code)) return intern(code, NATIONAL_CODES[code].category, false, [], 0);
    if (isLegacyCode(code)) {
      const succ = LEGACY_CODES[code].successor;
      return intern(succ, NATIONAL_CODES[succ].category, true, ['LEGACY_CODE_AFTER_CUTOVER'], 0);
    }
  }
  const m = intern(code, 'unknown', legacyEra, ['UNKNOWN_CODE'], 0);
  return m.id >= 0 ? m : UNKNOWN_OVERFLOW[legacyEra ? 1 : 0]!;
}

const cacheNew = new Map<string, NormalisedMark>();
const cacheLegacy = new Map<string, NormalisedMark>();
const CACHE_LIMIT = 20000;

/**
 * `D-NORM` + `D-CODESET` with the era already known. Cached per raw string: a register holds few
 * distinct strings, and this runs once per mark.
 */
export function normaliseInEra(raw: string | null | undefined, legacyEra: boolean): NormalisedMark {
  if (raw === null || raw === undefined) return NOT_RECORDED;
  const cache = legacyEra ? cacheLegacy : cacheNew;
  let m = cache.get(raw);
  if (m === undefined) {
    // Register data from a page may not even be a string; it becomes an unknown code, never an error.
    m = normaliseUncached(typeof raw === 'string' ? raw : String(raw), legacyEra);
    if (cache.size < CACHE_LIMIT) cache.set(raw, m);
  }
  return m;
}

/**
 * Reads one session's raw mark as dated (`D-NORM`, `D-CODESET`). Never throws: blank, unknown and
 * out-of-era marks come back with their flags. `null`/`undefined` = not recorded (no flag).
 */
export function normaliseMark(raw: string | null | undefined, date: IsoDate): NormalisedMark {
  return normaliseInEra(raw, date < CODESET_CUTOVER);
}

/** An explicit MIS-specific map from stored marks to national codes, applied before `D-NORM`. */
export type CodeMapping = Readonly<Record<string, string>>;

/**
 * One (Capita) single-character stand-ins for the two-character 2024 codes (onepublications.com/?p=8857).
 * Case matters: lower-case `a` is Y2 here, which is why mapping happens before upper-casing.
 */
export const ONE_CAPITA_STANDINS: CodeMapping = {
  '<': 'C1', '>': 'C2', '?': 'J1', $: 'Y1', a: 'Y2', '%': 'Y3', '`': 'Y4', ':': 'Y5', '|': 'Y6', _: 'Y7',
};

/**
 * Applies an explicit mapping (SIMS sub-codes such as `I01`→`I`, school lesson codes, vendor stand-ins).
 * Looks up the raw text, then the trimmed text, case-sensitively; unmapped text passes through unchanged.
 */
export function applyCodeMapping(raw: string | null | undefined, mapping: CodeMapping): string | null | undefined {
  if (raw === null || raw === undefined) return raw;
  if (Object.prototype.hasOwnProperty.call(mapping, raw)) return mapping[raw];
  const t = raw.trim();
  if (t !== raw && Object.prototype.hasOwnProperty.call(mapping, t)) return mapping[t];
  return raw;
}

/**
 * Builds a mapping for SIMS-style sub-codes from their parents, e.g. `simsSubCodes({ I: ['I01', 'I02'] })`.
 * Only the listed sub-codes are mapped: a school's own sub-code list must be given, never guessed.
 */
export function simsSubCodes(byParent: Partial<Record<NationalCode, readonly string[]>>): CodeMapping {
  const out: Record<string, string> = {};
  for (const [parent, subs] of Object.entries(byParent)) for (const s of subs ?? []) out[s] = parent;
  return out;
}
