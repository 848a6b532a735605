import type { DateOrderJudgement } from './dates';
import type { PupilAddress, Session } from '../rows';
import type { PackedMarks } from './packed-marks';

/** One thing wrong in an import file, where it is (1-based line) and what, in plain words. */
export interface ImportProblem {
  line: number;
  what: string;
}

export type ImportFormat = 'ctf-xml' | 'csv-weekly' | 'csv-sessions' | 'csv-days';
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | string;

export interface PreviewContact {
  order?: number;
  title?: string;
  forename?: string;
  surname?: string;
  relationship?: string;
  parentalResponsibility?: boolean;
  address?: string;
  postcode?: string;
  phones: { type?: string; number: string }[];
  email?: string;
}

export interface PreviewPupil {
  /** Key within the file: `id:…` (MIS/admission id), `upn:…`, or `nd:name|dob`. */
  key: string;
  name: string;
  upn?: string;
  misId?: string;
  dob?: string;
  legalSurname?: string;
  legalForename?: string;
  middleNames?: string;
  preferredSurname?: string;
  preferredForename?: string;
  sex?: string;
  yearGroup?: string;
  regGroup?: string;
  admissionDate?: string;
  leavingDate?: string;
  sen?: 'none' | 'support' | 'ehcp';
  fsm?: boolean;
  eal?: boolean;
  cic?: boolean;
  contacts?: PreviewContact[];
  /** The pupil's own home address (CTF; lib/store/imports/ctf-address.ts). */
  address?: PupilAddress;
  /** First line the pupil appears on. */
  line: number;
  marks: number;
}

export interface PreviewMark {
  pupil: string;
  date: string;
  session: Session;
  /** As it will be stored: trimmed and upper-cased (D-NORM); legacy codes kept as written. */
  code: string;
  minutesLate?: number;
  line: number;
}

/** A CSV column: what it was taken to be, and how sure. */
export interface ColumnGuess {
  index: number;
  header: string;
  field: CsvField | null;
  how: 'exact' | 'guessed' | 'user' | 'unmapped';
}

export const DAY_SESSION_FIELDS = [
  'mon-AM', 'mon-PM', 'tue-AM', 'tue-PM', 'wed-AM', 'wed-PM', 'thu-AM', 'thu-PM', 'fri-AM', 'fri-PM',
] as const;
export type DaySessionField = (typeof DAY_SESSION_FIELDS)[number];

export const CSV_FIELDS = [
  'upn', 'misId', 'name', 'surname', 'forename', 'preferredForename', 'dob', 'sex', 'yearGroup', 'regGroup',
  'admissionDate', 'leavingDate', 'week', 'date', 'session', 'code', 'minutesLate', 'am', 'pm', ...DAY_SESSION_FIELDS,
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

export interface ImportPreview {
  format: ImportFormat;
  encoding: TextEncodingName;
  pupils: PreviewPupil[];
  /**
   * The marks as a list, in file order: made from `packed` on first read (the import-preview seam, tests).
   * Not enumerable, so spreading or posting a preview never makes 780,000 objects by accident.
   */
  readonly marks: readonly PreviewMark[];
  /** The marks as the store keeps them (what an import writes). */
  packed: PackedMarks;
  problems: ImportProblem[];
  /** Things worth knowing that are not errors (e.g. marks of another school left out). */
  notes: string[];
  range: { from: string; to: string } | null;
  /** CSV only: how each column was read. */
  columns?: ColumnGuess[];
  /** CSV only: the columns were guessed or are incomplete, so the user should check the mapping. */
  needsMapping: boolean;
  /**
   * CSV only: the date order the file was read in and how that was decided. `order: null` means the dates
   * read either way: `say` is the question, no marks are offered, and the preview is run again with
   * `dateOrder: 'dmy' | 'mdy'` once the user has chosen.
   */
  dateOrder?: DateOrderJudgement;
  /** CTF only: the school the file comes from. */
  school?: { name?: string; lea?: string; estab?: string };
}

export type PreviewOutcome = { ok: true; preview: ImportPreview } | { ok: false; reason: string; line?: number };

/** The start of the reason when a reader itself failed (a bug, not the file): the property tests count these as crashes. */
export const READER_FAILED = 'the importer could not read this file';
