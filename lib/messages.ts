// Background only at run time: senders import just the types (lib/messaging.ts), so no zod ships in
// the MIS content script.
import * as z from 'zod/mini';
import { registerViewSchema } from './readers/view';
import { bandRuleSchema, pageSummarySchema, pupilBadgeSchema } from './pupil/badge-schema';
import { taughtEntrySchema, taughtMappingSchema } from './settings/taught';
import { MARKER_IDS } from './settings/overlay-prefs';
import type { MarkerId } from './pupil/badge';
import { PART_NAMES } from './content/parts';
import { prefillAccess, prefillRequestSchemas, prefillResponseSchemas } from './prefill/messages';
import { lockAccess, lockRequestSchemas, lockResponseSchemas } from './lock/messages';

/**
 * The whole protocol between content scripts / extension pages and the background, in one typed map.
 * The background validates every request with zod on arrival, so a content script running in a
 * hostile page can never push malformed data into the store, and every response before it leaves
 * (lib/background/listen.ts), so what a sender receives always has the shape its type says. Later
 * features add entries here; nothing else crosses the boundary.
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
  /**
   * The MIS content script's settings for the page at `url` (read and validated here, not in the page),
   * and what kind of site it is on: the script's first and only question before it reads. `fresh`:
   * read settings from storage, not the background's copy (asked after a settings change).
   */
  'page-settings': z.object({ url: z.url(), fresh: z.optional(z.boolean()) }),
  /** Inject one of the content script's on-demand parts into the sender's frame (lib/content/parts.ts). */
  'load-part': z.object({ part: z.enum(PART_NAMES) }),
  /** The user dismissed the overlay's first-run hint. */
  'hint-dismissed': z.object({}),
  /** The user collapsed or opened the overlay's summary dock (kept across reloads). */
  'dock-collapsed': z.object({ collapsed: z.boolean() }),
  /** Teach mode's result for the sender's page: only for the sender's own origin (checked on arrival). */
  'save-taught': z.object({
    origin: z.string(),
    pathPattern: z.string(),
    label: z.string().check(z.maxLength(200)),
    mapping: taughtMappingSchema,
  }),
  /**
   * The user confirmed, in the page's notice, that this site's names in `group` are the school's
   * pupils (a names-only register): from now on they are stored as "known by name in that group".
   */
  'confirm-name-link': z.object({ url: z.url(), group: z.string().check(z.minLength(1), z.maxLength(100)) }),
  /** From the toolbar popup: start "Teach this page" on the active tab (granted origins only). */
  'teach-open': z.object({ tabId: z.optional(z.number()) }),
  ...prefillRequestSchemas,
  ...lockRequestSchemas,
} as const;

const pageSettingsSchema = z.object({
  /**
   * The page's site is a referral-form site (known, or marked so by the user: lib/sites/site-kind.ts),
   * not a register: the MIS script stands aside there. Such a page is never `siteOn`.
   */
  siteKind: z.enum(['mis', 'form']),
  /**
   * This page (origin + path) drew badges when last read, while the background ran: the script loads
   * the overlay part at once, while the page is still arriving, rather than after reading it.
   */
  registerBefore: z.boolean(),
  /** Flags on for this site (options: on/off per site); off means nothing is read, stored or drawn. */
  siteOn: z.boolean(),
  display: z.object({
    style: z.enum(['compact', 'full']),
    markers: z.array(z.enum(MARKER_IDS as [MarkerId, ...MarkerId[]])),
    showFirstRunHint: z.boolean(),
    showSummary: z.boolean(),
  }),
  /** Reader id → on/off; readers not listed are on. */
  readerSwitches: z.record(z.string(), z.boolean()),
  /** The mapping the user taught for this address, if any: it wins over the built-in readers. */
  taught: z.nullable(taughtEntrySchema),
  /** Changes whenever the LA profile in use (or its definition) changes: the page's badges are redone. */
  profile: z.string(),
});

/** Pupils of a read left out of the store, counted by the true reason. */
export const identityReportSchema = z.object({
  /** The group the page's names-only pupils are in (what the one-time confirmation is for). */
  group: z.nullable(z.string()),
  /** Shown by name only, in a group not yet confirmed on this site. */
  needsConfirm: z.number(),
  /** Shown by name only, with no group on the page to know them by. */
  noGroup: z.number(),
  /** Two or more pupils of the same name in the same group on this page. */
  ambiguousOnPage: z.number(),
  /** Could be more than one stored pupil. */
  ambiguousInStore: z.number(),
  /** Contradict a stored pupil (a different UPN, MIS id or date of birth). */
  contradicts: z.number(),
  /** Anything else that could not be identified. */
  unidentified: z.number(),
});
export type IdentityReport = z.infer<typeof identityReportSchema>;

const registerReadAnswerSchema = z.object({
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
  /** Why pupils of this page were not stored, by reason (lib/content/session/notices.ts words it). */
  identity: z.optional(identityReportSchema),
});
export type RegisterReadAnswer = z.infer<typeof registerReadAnswerSchema>;

/**
 * The page-settings answer, and for a page read before with nothing written since, that read's answer
 * (lib/background/last-answers.ts): the page draws it at once if it reads exactly `view` again, then
 * sends its read as always and draws the fresh answer (the same, unless the store changed meanwhile).
 */
const pageSettingsAnswerSchema = z.object({
  ...pageSettingsSchema.shape,
  lastRead: z.optional(z.object({ view: z.string(), answer: registerReadAnswerSchema })),
});

export const responseSchemas = {
  ping: z.object({ ok: z.literal(true), version: z.string() }),
  'register-read': registerReadAnswerSchema,
  'open-page': z.object({ opened: z.boolean() }),
  'page-settings': pageSettingsAnswerSchema,
  'load-part': z.object({ loaded: z.literal(true) }),
  'hint-dismissed': z.object({ ok: z.literal(true) }),
  'dock-collapsed': z.object({ ok: z.literal(true) }),
  'save-taught': taughtEntrySchema,
  'confirm-name-link': z.object({ ok: z.literal(true) }),
  'teach-open': z.object({ opened: z.boolean(), why: z.optional(z.string()) }),
  ...prefillResponseSchemas,
  ...lockResponseSchemas,
} satisfies { [K in keyof typeof requestSchemas]: z.ZodMiniType };

export type MessageType = keyof typeof requestSchemas;
export type Request<T extends MessageType> = z.infer<(typeof requestSchemas)[T]>;
export type Response<T extends MessageType> = z.infer<(typeof responseSchemas)[T]>;
/** What the session keeps of the page-settings answer (its `lastRead` is used once, on arrival). */
export type PageSettings = z.infer<typeof pageSettingsSchema>;
export type LastRead = NonNullable<Response<'page-settings'>['lastRead']>;

export const envelopeSchema = z.object({
  type: z.enum(Object.keys(requestSchemas) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});

/** Who may send a message: the MIS content script, the forms content script, or an extension page (options, dashboard, popup). */
export type SenderKind = 'mis-page' | 'form-page' | 'extension-page';

export interface Access<T extends MessageType> {
  /** The kinds of page that may send this message; the listener refuses any other before a handler runs. */
  from: readonly SenderKind[];
  /**
   * The address in the request that must be on the sender's own origin (a content script speaks for
   * its own page only; the browser, not the page, says what the sender's address is).
   */
  ownAddress?: (payload: Request<T>) => string;
}

/**
 * Who may send each message, declared once beside the schemas and enforced by the listener
 * (lib/background/listen.ts), so no handler can forget. Typed over every message: a new one must say.
 */
export const access = {
  ping: { from: ['mis-page', 'form-page', 'extension-page'] },
  'register-read': { from: ['mis-page'], ownAddress: (p) => p.url },
  'open-page': { from: ['mis-page'] },
  // A form page may ask too: the MIS script is in the manifest for the demo origins, which the user may
  // have made a form site; the answer (siteKind 'form') is what tells it to stand aside.
  'page-settings': { from: ['mis-page', 'form-page'], ownAddress: (p) => p.url },
  'load-part': { from: ['mis-page'] },
  'hint-dismissed': { from: ['mis-page'] },
  'dock-collapsed': { from: ['mis-page'] },
  'save-taught': { from: ['mis-page'], ownAddress: (p) => p.origin },
  'confirm-name-link': { from: ['mis-page'], ownAddress: (p) => p.url },
  'teach-open': { from: ['extension-page'] },
  ...prefillAccess,
  ...lockAccess,
} as const satisfies { [T in MessageType]: Access<T> };

/** The kinds of page that may send message `T`. */
export type AllowedSender<T extends MessageType> = (typeof access)[T]['from'][number];
