/** One action in words for the chronology, with dates written the one en-GB way ("15 January 2027"). */
import { formatLong } from '../engine/dates';
import type { ActionRow } from '../store/actions';
import { PN_STAGES } from './action-form';

export function actionWords(a: ActionRow): string {
  switch (a.kind) {
    case 'call':
      return `Call${a.with ? ` with ${a.with}` : ''}${a.outcome ? `: ${a.outcome}` : ''}`;
    case 'letter':
      return `Letter${a.template ? `: ${a.template}` : ''}`;
    case 'meeting':
      return `Meeting${a.attendees ? ` with ${a.attendees}` : ''}`;
    case 'home-visit':
      return `Home visit${a.outcome ? `: ${a.outcome}` : ''}`;
    case 'notice-to-improve':
      return `Notice to improve; the improvement period ends on ${formatLong(a.periodEnd)}`;
    case 'attendance-contract':
      return `Attendance contract${a.reviewOn ? `; review on ${formatLong(a.reviewOn)}` : ''}`;
    case 'penalty-notice':
      return `Penalty notice: ${PN_STAGES[a.stage].toLowerCase()}${a.reference ? ` (reference ${a.reference})` : ''}${a.payBy ? `; payment due by ${formatLong(a.payBy)}` : ''}`;
    case 'referral':
      return `Referral to ${a.to}`;
    case 'note':
      return 'Note';
  }
}
