/**
 * A figure question that names its own period ("Attendance % before the timetable began", "Unauthorised
 * absences last year", "Sessions missed in the autumn term", "since 1 March"): the figures held cover one
 * period (att.period_start … att.period_end), so such a question is filled only when the period it names is
 * that one. Otherwise it is refused with the reason; a guess would put this period's figure under another.
 */
import type { PrefillValues } from './snapshot';
import { normaliseText } from './match';
import { MONTHS } from './format';

/** Keys that are a count or rate over the held period (not dates, not "last 100 sessions", not lateness). */
const FIGURE = /^att\.(?:percentage|sessions_\w+|code_count\.\w+|unauth_days)$/;

const TERM_MONTHS: Record<string, number[]> = { autumn: [9, 10, 11, 12], spring: [1, 2, 3, 4], summer: [4, 5, 6, 7] };

const monthOf = (iso: unknown) => (typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Number(iso.slice(5, 7)) : null);

/**
 * Why the figure asked cannot be the one held (a sentence), or null when the label names no period of its own
 * or names the held one ("since September" when the figures start in September; "this year", "to date").
 */
export function otherPeriodIn(label: string, key: string, values: PrefillValues): string | null {
  if (!FIGURE.test(key)) return null;
  const t = normaliseText(label);
  const start = monthOf(values['att.period_start']);
  const end = monthOf(values['att.period_end']);
  const say = (what: string) => `asks for ${key} over another period (“${what}”): the figures held cover ${String(values['att.period_start'] ?? '?')} to ${String(values['att.period_end'] ?? '?')} — yours to answer`;
  // "before / prior to / until / up to <something>": a period ending at some event, not ours.
  // "Up to date" is today's figure, not a period ending earlier.
  const before = /\b(?:before|prior to|preceding|until|up to|leading up to)\b(?! (?:the )?(?:register|registers|registration)\b)(?! date\b)[^,;()]*/.exec(t);
  if (before) return say(before[0]);
  // "last / previous / prior year or term", "in the last academic year".
  const previous = /\b(?:last|previous|prior|preceding|past) (?:academic |school )?(?:year|term|half term|half|month|week)s?\b/.exec(t);
  if (previous) return say(previous[0]);
  // "after the meeting", "following the notice": a period starting at an event.
  const after = /\b(?:after|following|since)\b(?! (?:the )?(?:register|registers|registration)\b)[^,;()]*/.exec(t);
  if (after) {
    const m = MONTHS.findIndex((name) => new RegExp(`\\b${name}\\b`).test(after[0]));
    // "since September" when the figures start in September: the held period.
    if (/^since\b/.test(after[0]) && m >= 0 && m + 1 === start) return null;
    // "since the start of the (academic) year" when the figures start in September: year to date.
    if (/^since (?:the )?(?:start|beginning) of (?:the |this )?(?:academic |school )?year\b/.test(after[0]) && (start === 9 || start === 8)) return null;
    return say(after[0]);
  }
  // "in the autumn term", "spring term attendance": the held period must lie inside that term.
  const term = /\b(autumn|spring|summer) (?:term|half term)\b/.exec(t);
  if (term) {
    const months = TERM_MONTHS[term[1]!]!;
    if (start !== null && end !== null && months.includes(start) && months.includes(end)) return null;
    return say(term[0]);
  }
  return null;
}
