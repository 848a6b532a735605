// zod/mini: the same schemas may be used to validate messages from extension pages.
import { z } from 'zod/mini';
import { isoDateSchema } from './iso-date';
import type { SchoolCalendar } from '../engine/calendar';

/**
 * The chronology kept per pupil: what the school did and when. One row per event; a penalty notice
 * that is requested, then issued, then withdrawn is three rows, so the history reads in order.
 */
const isoDate = isoDateSchema;

const common = {
  id: z.string().check(z.minLength(1)),
  pupilId: z.string().check(z.minLength(1)),
  /** The day it happened (or was issued). */
  date: isoDate,
  /** Who did it (free text, e.g. initials). */
  by: z.optional(z.string()),
  note: z.optional(z.string()),
  createdAt: z.string(),
  /**
   * Schema v2: the day by which something follows from this action (the end of a notice-to-improve
   * period, a contract review, a penalty notice's payment date), lifted to one indexed field so the
   * dashboard can list what falls due across all pupils. v1 rows are backfilled by `actionDueOn`.
   */
  dueOn: z.optional(isoDate),
};

export const actionSchema = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('call'), with: z.optional(z.string()), outcome: z.optional(z.string()) }),
  z.object({ ...common, kind: z.literal('letter'), template: z.optional(z.string()) }),
  z.object({ ...common, kind: z.literal('meeting'), attendees: z.optional(z.string()) }),
  z.object({ ...common, kind: z.literal('home-visit'), outcome: z.optional(z.string()) }),
  z.object({
    ...common,
    kind: z.literal('notice-to-improve'),
    /** Last school day of the improvement period (D-NTI: 20 school days from the day after issue). */
    periodEnd: isoDate,
  }),
  z.object({ ...common, kind: z.literal('attendance-contract'), reviewOn: z.optional(isoDate) }),
  z.object({
    ...common,
    kind: z.literal('penalty-notice'),
    stage: z.enum(['requested', 'issued', 'withdrawn']),
    reference: z.optional(z.string()),
    payBy: z.optional(isoDate),
  }),
  z.object({ ...common, kind: z.literal('referral'), to: z.string() }),
  z.object({ ...common, kind: z.literal('note') }),
]);

export type ActionRow = z.infer<typeof actionSchema>;
export type ActionKind = ActionRow['kind'];

/** The day something falls due after this action, if any (exhaustive over kinds). */
export function actionDueOn(a: ActionRow): string | undefined {
  switch (a.kind) {
    case 'notice-to-improve':
      return a.periodEnd;
    case 'attendance-contract':
      return a.reviewOn;
    case 'penalty-notice':
      return a.stage === 'issued' ? a.payBy : undefined;
    case 'call':
    case 'letter':
    case 'meeting':
    case 'home-visit':
    case 'referral':
    case 'note':
      return undefined;
  }
}

/** Sets the indexed `dueOn` from the kind-specific field, so the two can never disagree. */
export function withDueOn(a: ActionRow): ActionRow {
  const dueOn = actionDueOn(a);
  const { dueOn: _old, ...rest } = a;
  return (dueOn ? { ...rest, dueOn } : rest) as ActionRow;
}

/** Kent's notice-to-improve period (D-NTI), in school days. */
export const NTI_SCHOOL_DAYS = 20;

/**
 * D-NTI: the period is the 20 school days starting on the first school day after the issue date; its end
 * is the 20th school day after issue. null when the calendar does not reach that far (set next year's terms).
 */
export function ntiPeriodEnd(calendar: Pick<SchoolCalendar, 'nthSchoolDayAfter'>, issuedOn: string): string | null {
  return calendar.nthSchoolDayAfter(issuedOn, NTI_SCHOOL_DAYS);
}

/**
 * Editing and deleting a chronology entry (the dashboard's pupil page). An edit keeps the row's id and
 * `createdAt` (its place among same-day actions) and is validated like a new one; `dueOn` is re-lifted.
 * Both refuse an id that is not stored, so a stale page cannot resurrect a deleted action.
 */
export async function updateAction(db: ActionsDb, action: ActionRow): Promise<ActionRow> {
  const r = actionSchema.safeParse(action);
  if (!r.success) throw new Error(`Action not saved: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
  let row = withDueOn(r.data);
  await db.transaction('rw', db.actions, async () => {
    const old = await db.actions.get(row.id);
    if (!old) throw new Error('Action not saved: it is no longer stored (deleted in another tab?)');
    if (old.pupilId !== row.pupilId) throw new Error('Action not saved: it belongs to another pupil');
    row = { ...row, createdAt: old.createdAt };
    await db.actions.put(row);
  });
  return row;
}

export async function deleteAction(db: ActionsDb, id: string): Promise<void> {
  await db.transaction('rw', db.actions, async () => {
    if (!(await db.actions.get(id))) throw new Error('Action not deleted: it is no longer stored');
    await db.actions.delete(id);
  });
}

/** The part of the store these two need (the Dexie database; a type only, so this file stays pure to import). */
type ActionsDb = import('./schema').StoreDb;
