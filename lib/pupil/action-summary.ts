import { formatLong } from '../engine/dates';
import type { ActionRow } from '../store/actions';

/**
 * One line for a recorded action, as the badge panel and the dashboard list the last ones. Pure:
 * wording only, from the row as stored.
 */
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
      return `Notice to improve (period ends ${formatLong(a.periodEnd)})`;
    case 'attendance-contract':
      return `Attendance contract${a.reviewOn ? ` (review ${formatLong(a.reviewOn)})` : ''}`;
    case 'penalty-notice':
      return `Penalty notice ${a.stage}`;
    case 'referral':
      return `Referral to ${a.to}`;
    case 'note':
      return `Note${a.note ? `: ${a.note.slice(0, 60)}` : ''}`;
  }
}
