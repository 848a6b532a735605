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
});

export const batchMarkSchema = z.object({
  pupilRef: z.string(),
  date: isoDate,
  session: z.enum(['AM', 'PM']),
  code: z.string().check(z.minLength(1), z.maxLength(16)),
  minutesLate: z.optional(z.number().check(z.nonnegative())),
});

export const ingestBatchSchema = z.object({
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
  marks: z.array(batchMarkSchema),
});

export type IngestBatch = z.infer<typeof ingestBatchSchema>;
export type BatchPupil = z.infer<typeof batchPupilSchema>;
export type BatchMark = z.infer<typeof batchMarkSchema>;
export type BatchSource = IngestBatch['source'];

/** Short label stored with each mark and fact: where it came from. */
export function sourceLabel(s: BatchSource): string {
  if (s.kind === 'import') return `import:${s.importId ?? 'file'}`;
  return `page:${s.mis ?? 'unknown'}/${s.readerId ?? 'reader'}`;
}
