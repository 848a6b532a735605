import type { CalendarSpec } from '../engine/calendar';

/**
 * Row shapes of the local store (IndexedDB, extension origin). Plain data only: the same shapes go into
 * backups, so every field is JSON-safe. Booleans that may be indexed or counted are stored as 0/1
 * (IndexedDB cannot index booleans), dates as ISO `YYYY-MM-DD`, times as ISO timestamps.
 */

export type Session = 'AM' | 'PM';
export type Bit = 0 | 1;
export type SenStatus = 'none' | 'support' | 'ehcp';

/** When and from where one fact about a pupil was seen. */
export interface FactSeen {
  /** Source label (see `sourceLabel`): `page:<mis>/<reader>` or `import:<importId>`. */
  source: string;
  /** ISO timestamp when this value was first seen (reset when the value changes). */
  firstSeen: string;
  /**
   * Calendar day the value was last confirmed. A day, not a time, on purpose: re-reading a page on the
   * same day must write nothing (idempotence), so "last seen" only moves when the day does.
   */
  lastSeenOn: string;
}

export interface ContactPhone {
  type?: string;
  number: string;
}

export interface Contact {
  order?: number;
  title?: string;
  forename?: string;
  surname?: string;
  relationship?: string;
  parentalResponsibility?: Bit;
  address?: string;
  postcode?: string;
  phones: ContactPhone[];
  email?: string;
}

/**
 * The pupil's own home address (from a CTF's pupil <Address>, never a contact's). Sealed by the lock like
 * contacts. Parts as the file gives them; a part the file does not name plainly is left out, not guessed.
 */
export interface PupilAddress {
  /** House number/name and street (BS7666 SAON, PAON, Street), or the file's first address line. */
  line1?: string;
  /** Locality, or the file's further address lines. */
  line2?: string;
  /** Town or post town (only where the file names it as such). */
  town?: string;
  county?: string;
  postcode?: string;
}

/** The facts a source can tell us about a pupil; identifiers are kept apart (misKeys, upn). */
export interface PupilFacts {
  displayName?: string;
  legalSurname?: string;
  legalForename?: string;
  middleNames?: string;
  preferredSurname?: string;
  preferredForename?: string;
  dob?: string;
  sex?: string;
  yearGroup?: string;
  regGroup?: string;
  admissionDate?: string;
  leavingDate?: string;
  fsm?: Bit;
  pp?: Bit;
  sen?: SenStatus;
  eal?: Bit;
  cic?: Bit;
  contacts?: Contact[];
  address?: PupilAddress;
}

export const PUPIL_FACT_NAMES = [
  'displayName',
  'legalSurname',
  'legalForename',
  'middleNames',
  'preferredSurname',
  'preferredForename',
  'dob',
  'sex',
  'yearGroup',
  'regGroup',
  'admissionDate',
  'leavingDate',
  'fsm',
  'pp',
  'sen',
  'eal',
  'cic',
  'contacts',
  'address',
] as const satisfies readonly (keyof PupilFacts)[];
export type PupilFactName = (typeof PUPIL_FACT_NAMES)[number];
/** Identifier facts also carry provenance. */
export type ProvenanceName = PupilFactName | 'upn' | `mis:${string}`;

export interface PupilRow extends PupilFacts {
  id: string;
  /** `${mis}:${misId}` for each MIS that showed this pupil (multi-entry index). */
  misKeys: string[];
  upn?: string;
  /** Identity key from legal (else shown) name + DOB; indexed; see identity.ts. */
  nameDob?: string;
  /** Provenance per fact. */
  seen: Partial<Record<ProvenanceName, FactSeen>>;
  /**
   * Present only while the store is locked (lib/lock): names, date of birth, contacts and identifiers sealed
   * (AES-GCM); `misKeys`, `upn` and `nameDob` then hold blind-index values, not identifiers.
   */
  lock?: LockedFacts;
}

/** A locked pupil's sealed fields (lib/lock/fields.ts). */
export interface LockedFacts {
  iv: string;
  ct: string;
  /**
   * A stand-in date of birth with the same compulsory-school-age start and end (the last day of the birthday's
   * band: 31 Mar, 31 Aug or 31 Dec), so figures stay right while locked; reveals only that band and year.
   */
  dobBand?: string;
}

export interface MarkRow {
  pupilId: string;
  date: string;
  session: Session;
  /** As stored after D-NORM (engine normaliseMark); unknown codes verbatim. */
  code: string;
  minutesLate?: number;
  source: string;
  firstSeen: string;
  /** Calendar day the mark was last confirmed (see FactSeen.lastSeenOn). */
  lastSeenOn: string;
}

/** The earlier value of a mark that changed, so "N changed to I after 6 school days" is knowable. */
export interface MarkRevisionRow {
  /** Deterministic: pupilId|date|session|changedAt, so merging backups is idempotent. */
  id: string;
  pupilId: string;
  date: string;
  session: Session;
  code: string;
  minutesLate?: number;
  source: string;
  firstSeen: string;
  lastSeenOn: string;
  /** The value that replaced it, where and when the change was seen. */
  newCode: string;
  newSource: string;
  changedAt: string;
}


export interface SchoolSettingsRow {
  key: 'school';
  name?: string;
  urn?: string;
  dfeNumber?: string;
  laProfileId?: string;
  /** Preset the calendar came from (e.g. 'kent-2025/26'), if the user picked one. */
  calendarPresetId?: string;
  calendar?: CalendarSpec;
}

export interface RetentionSettingsRow {
  key: 'retention';
  /** 1 = the background applies these rules daily. */
  enabled: Bit;
  /** Remove pupils whose leaving date is more than this many months ago; null = never. */
  leftMonths: number | null;
  /** Keep marks of this many academic years (current included); null = keep all. */
  markYears: number | null;
  lastRunAt?: string;
  lastRunRemoved?: { pupils: number; marks: number };
}

/** Sites and groups whose names-only pupils the user confirmed (lib/store/name-links.ts). */
export interface NameLinksSettingsRow {
  key: 'nameLinks';
  /** `site`: the page's origin; `group` as the page shows it; `at`: when the user confirmed. */
  links: { site: string; group: string; at: string }[];
}

export type SettingsRow = SchoolSettingsRow | RetentionSettingsRow | NameLinksSettingsRow;

export interface PrefillAuditRow {
  id: string;
  pupilId: string;
  at: string;
  formProfile: string;
  origin: string;
  /** Keys of the fields filled (never the values: the audit must not become a second copy of the data). */
  fieldsFilled: string[];
  refused: { field: string; why: string }[];
}

export interface ImportLogRow {
  id: string;
  at: string;
  fileName: string;
  format: string;
  encoding: string;
  pupilsAdded: number;
  pupilsUpdated: number;
  marksAdded: number;
  marksChanged: number;
  unchanged: number;
  problems: number;
  conflicts: number;
}
