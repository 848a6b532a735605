import { z } from 'zod/mini';
import { isoDateSchema } from './iso-date';
import { calendarSpecSchema } from '../engine/calendar';
import { actionSchema } from './actions';

/**
 * Validation of stored rows as they come back from a backup file (which a user may have edited, or which
 * may be cut off). Mirrors rows.ts by hand: nothing checks the two against each other, so change both.
 */
const isoDate = isoDateSchema;
const bit = z.union([z.literal(0), z.literal(1)]);
const session = z.enum(['AM', 'PM']);
const factSeen = z.object({ source: z.string(), firstSeen: z.string(), lastSeenOn: isoDate });

const contact = z.object({
  order: z.optional(z.number()),
  title: z.optional(z.string()),
  forename: z.optional(z.string()),
  surname: z.optional(z.string()),
  relationship: z.optional(z.string()),
  parentalResponsibility: z.optional(bit),
  address: z.optional(z.string()),
  postcode: z.optional(z.string()),
  phones: z.array(z.object({ type: z.optional(z.string()), number: z.string() })),
  email: z.optional(z.string()),
});

const pupilAddress = z.object({
  line1: z.optional(z.string()),
  line2: z.optional(z.string()),
  town: z.optional(z.string()),
  county: z.optional(z.string()),
  postcode: z.optional(z.string()),
});

export const pupilRowSchema = z.object({
  id: z.string().check(z.minLength(1)),
  misKeys: z.array(z.string()),
  upn: z.optional(z.string()),
  nameDob: z.optional(z.string()),
  seen: z.record(z.string(), factSeen),
  displayName: z.optional(z.string()),
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
  fsm: z.optional(bit),
  pp: z.optional(bit),
  sen: z.optional(z.enum(['none', 'support', 'ehcp'])),
  eal: z.optional(bit),
  cic: z.optional(bit),
  contacts: z.optional(z.array(contact)),
  address: z.optional(pupilAddress),
});

export const markRowSchema = z.object({
  pupilId: z.string().check(z.minLength(1)),
  date: isoDate,
  session,
  code: z.string().check(z.minLength(1)),
  minutesLate: z.optional(z.number()),
  source: z.string(),
  firstSeen: z.string(),
  lastSeenOn: isoDate,
});

export const markRevisionRowSchema = z.object({
  id: z.string(),
  pupilId: z.string(),
  date: isoDate,
  session,
  code: z.string(),
  minutesLate: z.optional(z.number()),
  source: z.string(),
  firstSeen: z.string(),
  lastSeenOn: isoDate,
  newCode: z.string(),
  newSource: z.string(),
  changedAt: z.string(),
});

export const settingsRowSchema = z.discriminatedUnion('key', [
  z.object({
    key: z.literal('school'),
    name: z.optional(z.string()),
    urn: z.optional(z.string()),
    dfeNumber: z.optional(z.string()),
    laProfileId: z.optional(z.string()),
    calendarPresetId: z.optional(z.string()),
    calendar: z.optional(calendarSpecSchema),
  }),
  z.object({
    key: z.literal('retention'),
    enabled: bit,
    leftMonths: z.nullable(z.number().check(z.int(), z.positive())),
    markYears: z.nullable(z.number().check(z.int(), z.positive())),
    lastRunAt: z.optional(z.string()),
    lastRunRemoved: z.optional(z.object({ pupils: z.number(), marks: z.number() })),
  }),
  z.object({
    key: z.literal('nameLinks'),
    links: z.array(z.object({ site: z.string(), group: z.string(), at: z.string() })),
  }),
]);

export const prefillAuditRowSchema = z.object({
  id: z.string(),
  pupilId: z.string(),
  at: z.string(),
  formProfile: z.string(),
  origin: z.string(),
  fieldsFilled: z.array(z.string()),
  refused: z.array(z.object({ field: z.string(), why: z.string() })),
});

export const importLogRowSchema = z.object({
  id: z.string(),
  at: z.string(),
  fileName: z.string(),
  format: z.string(),
  encoding: z.string(),
  pupilsAdded: z.number(),
  pupilsUpdated: z.number(),
  marksAdded: z.number(),
  marksChanged: z.number(),
  unchanged: z.number(),
  problems: z.number(),
  conflicts: z.number(),
});

export { actionSchema };
