/**
 * What a badge says, visibly and to assistive technology, from a PupilBadge and the user's display
 * preference. Pure: no DOM. Meaning is never carried by colour alone — the status word ("SA", "PA",
 * "Risk"), the trend arrow, the "?" of a provisional figure and the marker texts carry it; the tone
 * only picks the colours.
 */
import type { BadgeMarker, BadgeStatus, MarkerId, PupilBadge } from './types';

export type BadgeStyle = 'compact' | 'full';
export type Tone = 'neutral' | 'good' | 'info' | 'warn' | 'severe';

export interface BadgeDisplayPrefs {
  style: BadgeStyle;
  /** Markers the user wants shown; absent = all. */
  markers?: readonly MarkerId[];
}

export interface BadgePresentation {
  /** Main visible text: "SA 46.2%", "PA? 88.9%", "PA 90.0% (188/209)", "91.4% ↓", "–". */
  text: string;
  /** Extra visible text in full style (band, coverage); null in compact style. */
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

const SHORT_WORD: Record<BadgeStatus, string> = { SA: 'SA', PA: 'PA', 'at-risk': 'Risk', ok: '', 'no-data': '' };
const LONG_WORD: Record<BadgeStatus, string> = {
  SA: 'Severe absence',
  PA: 'Persistent absence',
  'at-risk': 'At risk of persistent absence',
  ok: 'No attendance flag',
  'no-data': 'No marks yet',
};
const STATUS_TONE: Record<BadgeStatus, Tone> = { SA: 'severe', PA: 'warn', 'at-risk': 'info', ok: 'good', 'no-data': 'neutral' };
const TONE_RANK: Record<Tone, number> = { neutral: 0, good: 1, info: 2, warn: 3, severe: 4 };
const ARROW = { up: '↑', down: '↓' } as const;
const TREND_WORDS = { up: 'rising', down: 'falling' } as const;

export const HISTORY_HINT = 'import history or open the marks grid';

/** The colour family: the band's (from the LA profile) unless the status is more severe. */
export function toneFor(badge: Pick<PupilBadge, 'status' | 'band'>): Tone {
  const fromStatus = STATUS_TONE[badge.status];
  const fromBand = badge.band?.tone;
  if (badge.status === 'no-data' || !fromBand) return fromStatus;
  return TONE_RANK[fromBand] > TONE_RANK[fromStatus] ? fromBand : fromStatus;
}

export function visibleMarkers(badge: PupilBadge, shown?: readonly MarkerId[]): BadgeMarker[] {
  return shown ? badge.markers.filter((m) => shown.includes(m.id)) : badge.markers;
}

function mainText(badge: PupilBadge): string {
  const { attendance: a, status, provisional, trend } = badge;
  if (status === 'no-data' || a.display === null) return '–';
  const q = provisional ? '?' : '';
  const arrow = trend === 'up' || trend === 'down' ? ` ${ARROW[trend]}` : '';
  const fraction = a.showFraction ? ` (${a.attended}/${a.possible})` : '';
  // An at-risk pupil whose trend is falling is told apart by the arrow; otherwise it needs its word.
  const word = status === 'at-risk' && trend === 'down' ? '' : SHORT_WORD[status];
  return word ? `${word}${q} ${a.display}%${fraction}${arrow}` : `${a.display}%${q}${fraction}${arrow}`;
}

function coverageWords(badge: PupilBadge): string {
  const c = badge.coverage;
  return `from ${c.daysWithMarks} of ${c.schoolDaysOnRoll} school days; ${HISTORY_HINT}`;
}

function figureWords(badge: PupilBadge): string {
  const a = badge.attendance;
  if (badge.status === 'no-data' || a.display === null) {
    return badge.provisional ? coverageWords(badge) : 'no possible sessions this year';
  }
  let s = `${a.display}% attendance`;
  if (a.showFraction) s += ` (exactly ${a.attended} of ${a.possible} sessions)`;
  if (badge.trend === 'up' || badge.trend === 'down') s += `, ${TREND_WORDS[badge.trend]}`;
  if (badge.provisional) s += ` ${coverageWords(badge)}`;
  return s;
}

export function statusPhrase(badge: PupilBadge): string {
  const word = LONG_WORD[badge.status];
  return badge.provisional && badge.status !== 'no-data' ? `${word}, provisional` : word;
}

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

export function presentBadge(badge: PupilBadge, prefs: BadgeDisplayPrefs): BadgePresentation {
  const markers = visibleMarkers(badge, prefs.markers);
  const text = mainText(badge);
  let detail: string | null = null;
  if (prefs.style === 'full') {
    const parts: string[] = [];
    if (badge.status === 'no-data') parts.push('no marks yet');
    if (badge.band) parts.push(badge.band.label);
    if (badge.provisional) parts.push(`${badge.coverage.daysWithMarks}/${badge.coverage.schoolDaysOnRoll} days`);
    detail = parts.length ? parts.join(' · ') : null;
  }
  const phrase = statusPhrase(badge);
  const figure = figureWords(badge);
  const name = [`${badge.name}: ${phrase}: ${figure}.`];
  if (badge.band && badge.status !== 'no-data') name.push(sentence(`Band: ${badge.band.label}`));
  for (const m of markers) name.push(sentence(m.text));
  if (badge.includesUnsaved) name.push('Includes unsaved marks.');
  const chips =
    prefs.style === 'compact' && markers.length > 1
      ? [markers[0]!.short, `+${markers.length - 1}`]
      : markers.map((m) => m.short);
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
