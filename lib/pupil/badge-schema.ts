// zod/mini: the background checks every answer it sends to a page against these (lib/background/listen.ts).
import * as z from 'zod/mini';
import type { PageSummary, PupilBadge } from './badge';
import type { BandRule } from './badge';

/** Validates what the background sends a page, so the overlay never draws from malformed data. */
export const pupilBadgeSchema = z.object({
  key: z.string(),
  pupilId: z.optional(z.string()),
  name: z.string(),
  status: z.enum(['SA', 'PA', 'at-risk', 'ok', 'building', 'no-data']),
  attendance: z.object({
    attended: z.number(),
    possible: z.number(),
    display: z.nullable(z.string()),
    showFraction: z.boolean(),
  }),
  coverage: z.object({ schoolDaysOnRoll: z.number(), daysWithMarks: z.number(), missingDays: z.number() }),
  provisional: z.boolean(),
  trend: z.nullable(z.enum(['up', 'down', 'steady'])),
  band: z.nullable(
    z.object({ id: z.string(), label: z.string(), tone: z.enum(['good', 'info', 'warn', 'severe']), nextStep: z.string() }),
  ),
  markers: z.array(
    z.object({
      id: z.enum(['PN_THRESHOLD', 'N_OVERDUE', 'ATTENDANCE_RETURN', 'SICKNESS_RETURN', 'CME_CHECK', 'PART_TIME', 'SUSPENSION_DAY6']),
      short: z.string(),
      text: z.string(),
    }),
  ),
  reasons: z.array(z.object({ id: z.string(), text: z.string() })),
  recovery: z.nullable(z.string()),
  sessionsLeft: z.optional(z.number()),
  includesUnsaved: z.boolean(),
  reasonsBeforeEdits: z.optional(z.boolean()),
  lastActions: z.array(z.object({ date: z.string(), summary: z.string() })),
  onPageSessions: z.record(z.string(), z.nullable(z.string())),
});

export const pageSummarySchema = z.object({
  group: z.nullable(z.string()),
  counts: z.object({ SA: z.number(), PA: z.number(), pnThreshold: z.number(), nOverdue: z.number(), returnsDue: z.number() }),
  provisional: z.optional(z.number()),
});

const edge = z.object({ pct: z.number(), inclusive: z.boolean() });
/** The school's LA bands as exact conditions, so an edit on screen re-bands a pupil as the engine would. */
export const bandRuleSchema = z.object({
  id: z.string(),
  label: z.string(),
  tone: z.enum(['good', 'info', 'warn', 'severe']),
  nextStep: z.string(),
  above: z.optional(edge),
  below: z.optional(edge),
  atRisk: z.boolean(),
});

// Compile-time check that the schema and the hand-written types agree in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const badgeAgrees: Same<z.infer<typeof pupilBadgeSchema>, PupilBadge> = true;
const summaryAgrees: Same<z.infer<typeof pageSummarySchema>, PageSummary> = true;
const bandRuleAgrees: Same<z.infer<typeof bandRuleSchema>, BandRule> = true;
void bandRuleAgrees;
void badgeAgrees;
void summaryAgrees;
