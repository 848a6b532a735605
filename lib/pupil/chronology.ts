import type { ActionRow } from '../store/actions';
import { actionSummary } from './action-summary';

export { actionSummary };

/** Newest first: by date, then by when it was recorded (two actions on one day keep their order). */
export function newestFirst(a: ActionRow, b: ActionRow): number {
  return a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}

export const lastActions = (newestFirstList: readonly ActionRow[]) => newestFirstList.slice(0, 3).map((a) => ({ date: a.date, summary: actionSummary(a) }));
