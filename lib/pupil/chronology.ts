import type { ActionRow } from '../store/actions';

/** One line for an action, as the register panel and the dashboard list show the latest three. */
export function actionSummary(a: ActionRow): string {
  switch (a.kind) {
    case 'call':
      return `Call${a.with ? ` with ${a.with}` : ''}${a.outcome ? `: ${a.outcome}` : ''}`;
    case 'letter':
      return `Letter${a.template ? ` (${a.template})` : ''}`;
    case 'meeting':
      return `Meeting${a.attendees ? ` with ${a.attendees}` : ''}`;
    case 'home-visit':
      return `Home visit${a.outcome ? `: ${a.outcome}` : ''}`;
    case 'notice-to-improve':
      return `Notice to improve (period ends ${a.periodEnd})`;
    case 'attendance-contract':
      return `Attendance contract${a.reviewOn ? ` (review ${a.reviewOn})` : ''}`;
    case 'penalty-notice':
      return `Penalty notice ${a.stage}`;
    case 'referral':
      return `Referral to ${a.to}`;
    case 'note':
      return `Note${a.note ? `: ${a.note.slice(0, 60)}` : ''}`;
  }
}

/** Newest first: by date, then by when it was recorded (two actions on one day keep their order). */
export function newestFirst(a: ActionRow, b: ActionRow): number {
  return a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}

export const lastActions = (newestFirstList: readonly ActionRow[]) => newestFirstList.slice(0, 3).map((a) => ({ date: a.date, summary: actionSummary(a) }));
