/**
 * From what a cell shows to the `code` a RegisterView carries:
 *  1. the reader's explicit MIS mapping (SIMS sub-codes `I01` → `I`, Arbor option ids `PRESENT`,
 *     iSAMS school codes → their government code, P/A/L buttons …);
 *  2. shared words and symbols (a tick or "Present" is the present mark of the session, "Late" is `L`,
 *     "No mark" is blank);
 *  3. a present tick becomes `/` in an AM session and `\` in a PM session;
 *  4. D-NORM (trim, upper-case ASCII), judged known by the engine's code tables (either set: the
 *     engine reads each code by its date). Legacy codes stay as shown; unknown codes stay verbatim
 *     and are reported; blank ("" or "-") is "".
 * An icon whose label means nothing to us is unreadable (the read is incomplete), never guessed.
 */
import { isKnownCode } from '../engine/codes';
import type { RawMark } from './mark-cell';

/** Internal stand-in for "present, whichever session"; never leaves this module. */
export const TICK = '\u2713';

/**
 * A reader's MIS mapping: a code (or TICK, or '' for blank) when it knows this mark, undefined to
 * fall through to the shared reading.
 */
export type MisMapping = (raw: RawMark) => string | undefined;

/** §0 of mis-pages.md: what a mark code can look like on a page (before mapping). */
const CODE_SHAPE = /^(\/|\\|L|U|[BCDEGIKMNOPQRSTVWXZ#]|C1|C2|J1|Y[1-7]|[HFJY]|[0-9=[\]]|[A-Z][0-9]{2}|[A-Z]_[A-Z])$/i;

export function looksLikeCode(text: string): boolean {
  return CODE_SHAPE.test(text.trim());
}

/** Shared reading of words and symbols that pages use for marks. */
export function codeFromWords(text: string): string | undefined {
  const t = text.trim();
  if (t === '' || t === '-' || t === '–' || /^(no mark|not taken|unmarked|not marked|blank)$/i.test(t)) return '';
  if (/^[✓✔☑]$/.test(t) || /^(present|tick)\b/i.test(t)) return TICK;
  if (/^late\b/i.test(t)) return 'L';
  // "N – No reason yet", "/ Present", "I: Illness", "Absent (N)", "Government code: I"
  const lead = /^(\S{1,3})\s*(?:[-–—:]\s*|\s+)\p{L}/u.exec(t);
  if (lead && looksLikeCode(lead[1]!)) return lead[1]!;
  const tail = /(?:\(|code:?\s*)([^\s()]{1,3})\)?\s*$/i.exec(t);
  if (tail && looksLikeCode(tail[1]!)) return tail[1]!;
  return undefined;
}

export interface FinishedMark {
  readonly code: string;
  /** The engine does not know this code; it is kept verbatim and reported. */
  unknown: boolean;
  /** Nothing we could read (an unlabelled or unmapped icon): the read must be incomplete. */
  unreadable: boolean;
}

function sharedReading(raw: RawMark): string | undefined {
  if (raw.via === 'icon') return codeFromWords(raw.text);
  const v = raw.value.trim();
  if (v === '' || looksLikeCode(v) || /^[✓✔-]$/.test(v)) return codeFromWords(v) ?? v;
  // A machine value we do not know (an option id): its visible words may still say the code.
  return codeFromWords(raw.text) ?? codeFromWords(v) ?? v;
}

/** A register holds few distinct marks; reading each once keeps a 20,000-cell grid cheap. */
const NO_MAPPING = (): undefined => undefined;
const cache = new WeakMap<MisMapping, Map<string, FinishedMark>>();
const CACHE_LIMIT = 5000;

/**
 * `_date`: the session's date. Whether a code is known does not depend on it (a code of either set
 * is known in either era: the engine reads each by date), so the view is the same either side of the
 * cutover; callers still say which session the mark is for.
 */
export function finishMark(raw: RawMark, session: 'AM' | 'PM', _date: string, mapping?: MisMapping): FinishedMark {
  // Inputs show their value as their text and carry no label: a shorter key for the commonest case.
  const key =
    raw.via === 'input' && raw.label === undefined
      ? session + raw.value
      : `${session}${raw.via}\u0000${raw.value}\u0000${raw.text}\u0000${raw.label ?? ''}`;
  const fn = mapping ?? NO_MAPPING;
  let byKey = cache.get(fn);
  if (!byKey) cache.set(fn, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const fin = finishUncached(raw, session, mapping);
  if (byKey.size < CACHE_LIMIT) byKey.set(key, fin);
  return fin;
}

function finishUncached(raw: RawMark, session: 'AM' | 'PM', mapping?: MisMapping): FinishedMark {
  const mapped = mapping?.(raw) ?? sharedReading(raw);
  if (mapped === undefined) return { code: raw.text || raw.value, unknown: false, unreadable: true };
  const ticked = mapped === TICK ? (session === 'AM' ? '/' : '\\') : mapped;
  const t = ticked.trim();
  if (t === '' || t === '-') return { code: '', unknown: false, unreadable: false };
  // D-NORM (upper-case ASCII letters). A code of either set is known in either era: the engine reads a
  // legacy code after the cutover as its successor, so the view keeps what the page shows.
  const code = t.replace(/[a-z]+/g, (x) => x.toUpperCase());
  return isKnownCode(code) ? { code, unknown: false, unreadable: false } : { code: t, unknown: true, unreadable: false };
}
