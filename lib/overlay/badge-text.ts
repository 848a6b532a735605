/**
 * What a badge says, visibly and to assistive technology, from a PupilBadge and the user's display
 * preference. Pure: no DOM. Meaning is never carried by colour alone — the status word ("SA", "PA",
 * "Risk"), the trend arrow, the "?" of a provisional figure and the marker texts carry it; the tone
 * only picks the colours.
 */
import { MIN_HISTORY_DAYS } from '../engine/arithmetic';
import type { BadgeMarker, BadgeStatus, MarkerId, PupilBadge } from '../pupil/badge';

export type BadgeStyle = 'compact' | 'full';
export type Tone = 'neutral' | 'good' | 'info' | 'warn' | 'severe';

export interface BadgeDisplayPrefs {
  style: BadgeStyle;
  /** Markers the user wants shown; absent = all. */
  markers?: readonly MarkerId[];
}

export interface BadgePresentation {
  /** Main visible text: "SA 46.2%", "PA 88.9%?", "PA 90.0% (188/209)", "91.4% ↓", "2/2 · 1 day", "2/2 sessions", "No marks". */
  text: string;
  /** Extra visible text in full style (band, coverage; "— 1 day of history"); null in compact style. */
  detail: string | null;
  /** Markers shown, after the user's marker preference (all of them are in the accessible name). */
  markers: BadgeMarker[];
  /** Marker chip texts to draw: all in full style; in compact style the first and "+N" for the rest. */
  chips: string[];
  /** Draw the "unsaved" chip: the figure includes marks not yet saved in the MIS. */
  unsaved: boolean;
  provisional: boolean;
  tone: Tone;
  /** The whole status in words, for the badge button's accessible name. */
  accessibleName: string;
  /** The status phrase alone ("Persistent absence, provisional"), for the details panel heading. */
  statusPhrase: string;
  /** The figure in words ("88.9% attendance from 12 of 58 school days; …"). */
  figurePhrase: string;
}

const SHORT_WORD: Record<BadgeStatus, string> = { SA: 'SA', PA: 'PA', 'at-risk': 'Risk', ok: '', building: '', 'no-data': '' };
const LONG_WORD: Record<BadgeStatus, string> = {
  SA: 'Severe absence',
  PA: 'Persistent absence',
  'at-risk': 'At risk of persistent absence',
  ok: 'No attendance flag',
  building: 'Too little history for a status',
  'no-data': 'No marks yet',
};
const STATUS_TONE: Record<BadgeStatus, Tone> = { SA: 'severe', PA: 'warn', 'at-risk': 'info', ok: 'good', building: 'neutral', 'no-data': 'neutral' };
const TONE_RANK: Record<Tone, number> = { neutral: 0, good: 1, info: 2, warn: 3, severe: 4 };
const ARROW = { up: '↑', down: '↓' } as const;
const TREND_WORDS = { up: 'rising', down: 'falling' } as const;

export const HISTORY_HINT = 'import history or open the marks grid';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The colour family: the band's (from the LA profile) unless the status is more severe; neutral until a status is earned. */
export function toneFor(badge: Pick<PupilBadge, 'status' | 'band'>): Tone {
  const fromStatus = STATUS_TONE[badge.status];
  const fromBand = badge.band?.tone;
  if (badge.status === 'no-data' || badge.status === 'building' || !fromBand) return fromStatus;
  return TONE_RANK[fromBand] > TONE_RANK[fromStatus] ? fromBand : fromStatus;
}

export function visibleMarkers(badge: PupilBadge, shown?: readonly MarkerId[]): BadgeMarker[] {
  return shown ? badge.markers.filter((m) => shown.includes(m.id)) : badge.markers;
}

/**
 * "2/2 · 1 day" (compact) or "2/2 sessions" with the detail "— 1 day of history" (full): a figure too young
 * for a status. In full style the history is the detail, so a row too narrow for the whole badge can show
 * "2/2 sessions" alone (badge-width.ts) rather than a cut text.
 */
function buildingText(badge: PupilBadge, style: BadgeStyle): string {
  const a = badge.attendance;
  const days = badge.coverage.daysWithMarks;
  return style === 'full' ? `${a.attended}/${plural(a.possible, 'session')}` : `${a.attended}/${a.possible} · ${plural(days, 'day')}`;
}

/** The visible figure; the provisional "?" always follows the percentage. */
function mainText(badge: PupilBadge, style: BadgeStyle): string {
  const { attendance: a, status, provisional, trend } = badge;
  if (status === 'no-data' || a.display === null) return 'No marks';
  if (status === 'building') return buildingText(badge, style);
  const q = provisional ? '?' : '';
  const arrow = trend === 'up' || trend === 'down' ? ` ${ARROW[trend]}` : '';
  const fraction = a.showFraction ? ` (${a.attended}/${a.possible})` : '';
  // An at-risk pupil whose trend is falling is told apart by the arrow; otherwise it needs its word.
  const word = status === 'at-risk' && trend === 'down' ? '' : SHORT_WORD[status];
  return `${word ? `${word} ` : ''}${a.display}%${q}${fraction}${arrow}`;
}

function coverageWords(badge: PupilBadge): string {
  const c = badge.coverage;
  return `from ${c.daysWithMarks} of ${plural(c.schoolDaysOnRoll, 'school day')}; ${HISTORY_HINT}`;
}

function figureWords(badge: PupilBadge): string {
  const a = badge.attendance;
  if (badge.status === 'no-data' || a.display === null) {
    return badge.provisional ? coverageWords(badge) : 'no possible sessions this year';
  }
  if (badge.status === 'building') {
    return `${a.attended} of ${plural(a.possible, 'possible session')} attended, from ${plural(badge.coverage.daysWithMarks, 'school day')} of marks this year; a status needs ${MIN_HISTORY_DAYS}`;
  }
  let s = `${a.display}% attendance`;
  if (a.showFraction) s += ` (exactly ${a.attended} of ${a.possible} sessions)`;
  if (badge.trend === 'up' || badge.trend === 'down') s += `, ${TREND_WORDS[badge.trend]}`;
  if (badge.provisional) s += ` ${coverageWords(badge)}`;
  return s;
}

export function statusPhrase(badge: PupilBadge): string {
  const word = LONG_WORD[badge.status];
  return badge.provisional && badge.status !== 'no-data' && badge.status !== 'building' ? `${word}, provisional` : word;
}

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
const lowerFirst = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;

/** Compact chips: the first marker and "+n more" (their words are in the name and the panel). */
function chipsFor(markers: readonly BadgeMarker[], style: BadgeStyle): string[] {
  if (style === 'compact' && markers.length > 1) return [markers[0]!.short, `+${markers.length - 1} more`];
  return markers.map((m) => m.short);
}

export function presentBadge(badge: PupilBadge, prefs: BadgeDisplayPrefs): BadgePresentation {
  const markers = visibleMarkers(badge, prefs.markers);
  const text = mainText(badge, prefs.style);
  let detail: string | null = null;
  if (prefs.style === 'full' && badge.status === 'building') detail = `— ${plural(badge.coverage.daysWithMarks, 'day')} of history`;
  else if (prefs.style === 'full') {
    const parts: string[] = [];
    if (badge.status === 'no-data') parts.push('no marks yet');
    if (badge.band) parts.push(badge.band.label);
    if (badge.provisional) parts.push(`${badge.coverage.daysWithMarks}/${badge.coverage.schoolDaysOnRoll} days`);
    detail = parts.length ? parts.join(' · ') : null;
  }
  const chips = chipsFor(markers, prefs.style);
  const phrase = statusPhrase(badge);
  const figure = figureWords(badge);
  // Label in name (WCAG 2.5.3): the name starts with every word the button shows, in order.
  const shown = [text, detail, ...chips, badge.includesUnsaved ? 'unsaved' : null].filter((x): x is string => !!x).join(' ');
  const name = [`${shown}: ${badge.name}, ${lowerFirst(phrase)}: ${figure}.`];
  if (badge.band && badge.status !== 'no-data') name.push(sentence(`Band: ${badge.band.label}`));
  for (const m of markers) name.push(sentence(m.text));
  if (badge.includesUnsaved) name.push('Includes marks not yet saved in the MIS.');
  return {
    text,
    detail,
    markers,
    chips,
    unsaved: badge.includesUnsaved,
    provisional: badge.provisional,
    tone: toneFor(badge),
    accessibleName: name.join(' '),
    statusPhrase: phrase,
    figurePhrase: figure,
  };
}
