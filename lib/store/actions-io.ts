import { actionSchema, withDueOn, type ActionRow } from './actions';
import type { StoreDb } from './schema';

/** Adding to and reading a pupil's chronology. */

export async function addAction(db: StoreDb, action: ActionRow): Promise<ActionRow> {
  const r = actionSchema.safeParse(action);
  if (!r.success) throw new Error(`Action not saved: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
  const row = withDueOn(r.data);
  await db.actions.put(row);
  return row;
}

/** A pupil's actions in date order. */
export function chronology(db: StoreDb, pupilId: string): Promise<ActionRow[]> {
  return db.actions.where('[pupilId+date]').between([pupilId, ''], [pupilId, '\uffff']).toArray();
}

/** Actions falling due in [from, to] across all pupils (NTI periods ending, contract reviews, PN payment dates). */
export function dueBetween(db: StoreDb, from: string, to: string): Promise<ActionRow[]> {
  return db.actions.where('dueOn').between(from, to, true, true).toArray();
}
