// zod/mini: the same validation, tree-shakable, so content scripts stay small (see README, sizes).
import * as z from 'zod/mini';
import { registerViewSchema } from './readers/view';
import { bandRuleSchema, pageSummarySchema, pupilBadgeSchema } from './overlay/badge-schema';

/**
 * The whole protocol between content scripts / extension pages and the background, in one typed map.
 * Every request is validated with zod on arrival in the background, and every response on arrival
 * in the sender, so a content script running in a hostile page can never push malformed data into
 * the store. Later features add entries here; nothing else crosses the boundary.
 */
export const requestSchemas = {
  ping: z.object({}),
  /**
   * A complete, validated read of a register page. The background stores the saved marks (never
   * unsaved ones) and answers with one badge per pupil, computed from the store plus any marks still
   * unsaved on screen. `store: false` asks for badges only (a live edit before saving).
   */
  'register-read': z.object({ url: z.url(), view: registerViewSchema, store: z.boolean() }),
  /** Open one of the extension's own pages (a user's click on a badge panel link). */
  'open-page': z.object({ path: z.string().check(z.regex(/^(dashboard|options)\.html(#[^\s]*)?$/)) }),
} as const;

export const responseSchemas = {
  ping: z.object({ ok: z.literal(true), version: z.string() }),
  'register-read': z.object({
    /** False when nothing was stored or flagged, with the reason for the user. */
    ok: z.boolean(),
    message: z.optional(z.string()),
    stored: z.object({ marksAdded: z.number(), marksChanged: z.number(), pupilsAdded: z.number(), conflicts: z.number() }),
    badges: z.array(pupilBadgeSchema),
    summary: z.nullable(pageSummarySchema),
    /** The school's LA bands, for exact live re-banding of on-screen edits. */
    bandRules: z.array(bandRuleSchema),
    /** The date the figures run to (the background's today). */
    asOf: z.string(),
    /** Whether the extension is set to show flags on this site (options: on/off per site). */
    showFlags: z.boolean(),
  }),
  'open-page': z.object({ opened: z.boolean() }),
} satisfies { [K in keyof typeof requestSchemas]: z.ZodMiniType };

export type MessageType = keyof typeof requestSchemas;
export type Request<T extends MessageType> = z.infer<(typeof requestSchemas)[T]>;
export type Response<T extends MessageType> = z.infer<(typeof responseSchemas)[T]>;

export const envelopeSchema = z.object({
  type: z.enum(Object.keys(requestSchemas) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});

/** What the background answers when a request fails; the sender turns it back into an Error. */
export const errorSchema = z.object({ error: z.string() });

export function parseRequest(raw: unknown): { type: MessageType; payload: unknown } {
  const env = envelopeSchema.parse(raw);
  const payload = requestSchemas[env.type].parse(env.payload);
  return { type: env.type, payload };
}
