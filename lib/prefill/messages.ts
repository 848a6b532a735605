// The prefill part of the protocol (spread into lib/messages.ts): requests from the forms content
// script and the popup. zod/mini like the rest of the map; the background checks the snapshot
// itself in full (lib/prefill/snapshot.ts) before planning.
import * as z from 'zod/mini';

const url = z.url();
const period = z.object({ from: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), to: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)) });
const pupilId = z.string().check(z.minLength(1), z.maxLength(300));
const mapping = z.record(z.string(), z.nullable(z.string()));

export const prefillRequestSchemas = {
  /** From the toolbar popup: open the prefill panel on the active tab (granted origins only). */
  'prefill-open': z.object({ tabId: z.optional(z.number()) }),
  /** Stored pupils whose name or UPN holds every word of `query`. */
  'prefill-pupils': z.object({ url, query: z.string().check(z.maxLength(200)) }),
  /** Plan the collected form for the chosen pupils (values from the store, figures for `period`). */
  'prefill-plan': z.object({ url, snapshot: z.unknown(), pupilIds: z.array(z.string()).check(z.minLength(1), z.maxLength(40)), period: z.optional(period), overwrite: z.array(z.number()), mapping: z.optional(mapping) }),
  /** After a Fill click: one audit row and one chronology entry per pupil (keys only, never values). */
  'prefill-record': z.object({
    url, formProfile: z.nullable(z.string()), formTitle: z.string().check(z.maxLength(300)), pupilIds: z.array(z.string()).check(z.minLength(1)),
    fieldsFilled: z.array(z.object({ key: z.string(), pupilIndex: z.number() })), refused: z.array(z.object({ field: z.string(), why: z.string() })),
  }),
  /** Save the user's mapping for the sender's form. */
  'prefill-mapping-save': z.object({ url, formTitle: z.string().check(z.maxLength(300)), mapping }),
  /** Import an exported mapping file (its text). */
  'prefill-mapping-import': z.object({ url, text: z.string().check(z.maxLength(1_000_000)) }),
  /** The forms content script's start: the pupil a "Start a referral" chose for this tab, and the pupil last opened. */
  'prefill-context': z.object({ url }),
  /** "Start a referral" (dashboard): open `url` in a new tab and the prefill panel there, with this pupil chosen. */
  'referral-start': z.object({ pupilId, url }),
  /** The user opened a pupil's register panel or dashboard page: the prefill panel and side panel suggest them first. */
  'pupil-opened': z.object({ pupilId }),
} as const;

const pupilChoice = z.object({ id: z.string(), name: z.string(), upn: z.string(), yearGroup: z.string(), regGroup: z.string() });

export const prefillResponseSchemas = {
  'prefill-open': z.object({ opened: z.boolean(), why: z.optional(z.string()) }),
  'prefill-pupils': z.object({ pupils: z.array(pupilChoice) }),
  /** The panel's plan (components/prefill/types.ts PanelPlan), made by the background's own planner. */
  'prefill-plan': z.unknown(),
  'prefill-record': z.object({ recorded: z.number() }),
  'prefill-mapping-save': z.object({ saved: z.literal(true) }),
  'prefill-mapping-import': z.object({ forms: z.number() }),
  'prefill-context': z.object({ chosen: z.nullable(pupilChoice), suggested: z.nullable(pupilChoice) }),
  'referral-start': z.object({ opened: z.boolean(), why: z.optional(z.string()) }),
  'pupil-opened': z.object({ ok: z.literal(true) }),
} as const;

/** Who may send each prefill message (checked by the listener): the popup opens; the form page asks about itself only. */
export const prefillAccess = {
  'prefill-open': { from: ['extension-page'] },
  'prefill-pupils': { from: ['form-page'], ownAddress: (p: { url: string }) => p.url },
  'prefill-plan': { from: ['form-page'], ownAddress: (p: { url: string }) => p.url },
  'prefill-record': { from: ['form-page'], ownAddress: (p: { url: string }) => p.url },
  'prefill-mapping-save': { from: ['form-page'], ownAddress: (p: { url: string }) => p.url },
  'prefill-mapping-import': { from: ['form-page'], ownAddress: (p: { url: string }) => p.url },
  'prefill-context': { from: ['form-page'], ownAddress: (p: { url: string }) => p.url },
  'referral-start': { from: ['extension-page'] },
  'pupil-opened': { from: ['mis-page', 'extension-page'] },
} as const;
