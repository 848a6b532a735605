// The lock's part of the protocol (spread into lib/messages.ts). Extension pages only: a content script in
// a web page can neither ask about the lock nor work it.
import * as z from 'zod/mini';

const passphrase = z.string().check(z.minLength(1), z.maxLength(1000));
/** Minutes without use before locking; 0 = never by idle time. Fractions allowed (tests use a few seconds). */
const idleMinutes = z.number().check(z.gte(0), z.lte(24 * 60));

export const lockStatusSchema = z.object({
  state: z.enum(['off', 'unlocked', 'locked']),
  idleMinutes: z.number(),
  /** ISO time the store was locked. */
  since: z.nullable(z.string()),
  /** Why an action did nothing (wrong passphrase, too short…), for the user. */
  message: z.optional(z.string()),
});
export type LockStatus = z.infer<typeof lockStatusSchema>;

/** `browser.storage.session` key the background writes the lock's state to on every change; extension pages watch it. */
export const LOCK_STATUS_KEY = 'lockStatus';

export const lockRequestSchemas = {
  'lock-status': z.object({}),
  /** Turn the lock on with a passphrase (stays unlocked until locked). */
  'lock-set': z.object({ passphrase, idleMinutes }),
  'lock-now': z.object({}),
  'lock-unlock': z.object({ passphrase }),
  'lock-change': z.object({ passphrase, newPassphrase: passphrase }),
  'lock-idle': z.object({ idleMinutes }),
  /** Turn the lock off (unlocked, with the passphrase). */
  'lock-remove': z.object({ passphrase }),
  /** "Forget passphrase and delete all data": the words must be typed. */
  'lock-forget': z.object({ confirm: z.literal('delete all data') }),
  /** The user is using an extension page: the idle time starts again. */
  'lock-touch': z.object({}),
} as const;

export const lockResponseSchemas = {
  'lock-status': lockStatusSchema,
  'lock-set': lockStatusSchema,
  'lock-now': lockStatusSchema,
  'lock-unlock': lockStatusSchema,
  'lock-change': lockStatusSchema,
  'lock-idle': lockStatusSchema,
  'lock-remove': lockStatusSchema,
  'lock-forget': lockStatusSchema,
  'lock-touch': z.object({ ok: z.literal(true) }),
} as const;

const pages = { from: ['extension-page'] } as const;
export const lockAccess = {
  'lock-status': pages,
  'lock-set': pages,
  'lock-now': pages,
  'lock-unlock': pages,
  'lock-change': pages,
  'lock-idle': pages,
  'lock-remove': pages,
  'lock-forget': pages,
  'lock-touch': pages,
} as const;

/** Shown wherever something is unavailable while locked; the next step is always "Unlock". */
export const LOCKED_WHY = 'Attendance Lens is locked: names and identifiers are encrypted until someone unlocks it with the passphrase.';
