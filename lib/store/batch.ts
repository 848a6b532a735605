// zod/mini: small and tree-shakable, like every schema beside the message map.
import { z } from 'zod/mini';
import { isoDateSchema } from './iso-date';

/**
 * One page read or one import, as handed to `ingestRead`. Plain data; validated on arrival.
 * Only marks the MIS shows as saved belong here, and blank marks are left out (a blank is not a mark);
 * `fromRegisterView` does both for page reads.
 */
const isoDate = isoDateSchema;
const bool = z.boolean();

export const batchContactSchema = z.object({
  order: z.optional(z.number()),
  title: z.optional(z.string()),
  forename: z.optional(z.string()),
  surname: z.optional(z.string()),
  relationship: z.optional(z.string()),
  parentalResponsibility: z.optional(bool),
  address: z.optional(z.string()),
  postcode: z.optional(z.string()),
  phones: z.optional(z.array(z.object({ type: z.optional(z.string()), number: z.string() }))),
  email: z.optional(z.string()),
});

/** The pupil's own address (lib/store/rows.ts PupilAddress). */
export const batchAddressSchema = z.object({
  line1: z.optional(z.string()),
  line2: z.optional(z.string()),
  town: z.optional(z.string()),
  county: z.optional(z.string()),
  postcode: z.optional(z.string()),
});

export const batchPupilSchema = z.object({
  /** Key of this pupil within the batch; marks point at it. */
  ref: z.string().check(z.minLength(1)),
  /** Set when the user resolved an identity conflict by choosing the stored pupil. */
  pupilId: z.optional(z.string()),
  misId: z.optional(z.string().check(z.minLength(1))),
  upn: z.optional(z.string().check(z.minLength(1))),
  /** The name as the source shows it (may be "Surname, Forename" or a preferred name). */
  name: z.optional(z.string()),
  legalSurname: z.optional(z.string()),
  legalForename: z.optional(z.string()),
  middleNames: z.optional(z.string()),
  preferredSurname: z.optional(z.string()),
  preferredForename: z.optional(z.string()),
  dob: z.optional(isoDate),
  sex: z.optional(z.string()),
  yearGroup: z.optional(z.string()),
  regGroup: z.optional(z.string()),
  admissionDate: z.optional(isoDate),
  leavingDate: z.optional(isoDate),
  fsm: z.optional(bool),
  pp: z.optional(bool),
  sen: z.optional(z.enum(['none', 'support', 'ehcp'])),
  eal: z.optional(bool),
  cic: z.optional(bool),
  contacts: z.optional(z.array(batchContactSchema)),
  address: z.optional(batchAddressSchema),
});

export const batchMarkSchema = z.object({
  pupilRef: z.string(),
  date: isoDate,
  session: z.enum(['AM', 'PM']),
  code: z.string().check(z.minLength(1), z.maxLength(16)),
  minutesLate: z.optional(z.number().check(z.nonnegative())),
});

const batchHeadShape = {
  source: z.object({
    kind: z.enum(['page', 'import']),
    /** Which MIS: MIS ids are only compared within the same MIS. */
    mis: z.optional(z.string()),
    url: z.optional(z.string()),
    readerId: z.optional(z.string()),
    /** For imports: the importLog row id, so each mark points at the file it came from. */
    importId: z.optional(z.string()),
  }),
  /** ISO timestamp, passed in by the shell (no clock inside the store logic). */
  seenAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T/)),
  pupils: z.array(batchPupilSchema),
};

export const ingestBatchSchema = z.object({ ...batchHeadShape, marks: z.array(batchMarkSchema) });
/** Everything but the marks, which `checkBatchMarks` checks by hand (same rules, 780,000 of them). */
export const batchHeadSchema = z.object({ ...batchHeadShape, marks: z.array(z.unknown()) });

/**
 * The rules of `batchMarkSchema`, checked without zod: an import's 780,000 marks through zod cost seconds
 * and a copy of each. Returns the first problem as zod would place it, or null.
 */
export function checkBatchMarks(marks: readonly unknown[]): { path: string; message: string } | null {
  const dates = new Map<string, boolean>();
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i] as Record<string, unknown> | null;
    const at = (f: string, message: string) => ({ path: `marks.${i}${f ? `.${f}` : ''}`, message });
    if (typeof m !== 'object' || m === null) return at('', 'expected object');
    if (typeof m.pupilRef !== 'string') return at('pupilRef', 'expected string');
    const d = m.date;
    if (typeof d !== 'string') return at('date', 'expected string');
    let ok = dates.get(d);
    if (ok === undefined) dates.set(d, (ok = isoDateSchema.safeParse(d).success));
    if (!ok) return at('date', 'must be a real date YYYY-MM-DD');
    if (m.session !== 'AM' && m.session !== 'PM') return at('session', 'expected "AM" or "PM"');
    if (typeof m.code !== 'string' || m.code.length < 1 || m.code.length > 16) return at('code', 'expected a code of 1 to 16 characters');
    if (m.minutesLate !== undefined && (typeof m.minutesLate !== 'number' || !(m.minutesLate >= 0))) return at('minutesLate', 'expected a number, 0 or more');
  }
  return null;
}

export type IngestBatch = z.infer<typeof ingestBatchSchema>;
export type BatchPupil = z.infer<typeof batchPupilSchema>;
export type BatchMark = z.infer<typeof batchMarkSchema>;
export type BatchSource = IngestBatch['source'];

/** Short label stored with each mark and fact: where it came from. */
export function sourceLabel(s: BatchSource): string {
  if (s.kind === 'import') return `import:${s.importId ?? 'file'}`;
  return `page:${s.mis ?? 'unknown'}/${s.readerId ?? 'reader'}`;
}
