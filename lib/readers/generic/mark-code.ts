/**
 * From a read cell to the code a view carries, for pages whose MIS we do not know: there is no
 * MIS mapping, only the shared reading of words, ticks and codes (codes-map.ts). Also splits the
 * "herringbone" day cells of certificates and day grids ("/\", "NN", "C2C2") into AM and PM marks.
 */
import { finishMark, type FinishedMark } from '../codes-map';
import { DRAWN, readMarkCell, type RawMark } from '../mark-cell';
import { clean } from '../text';
import type { ViewBuilder } from '../view-builder';
import type { Stats } from './score';

export type Session = 'AM' | 'PM';

// On a toggle button, "P" is Present (P / A / L buttons), not the statutory P (approved sport).
const PRESENT_BUTTON = /^p(?:resent)?$/i;

// A label that ends with the code after a colon or in brackets: "Absent: N", "Authorised (I)".
const TRAILING_CODE = /(?:[:(]|\s[-–—]\s)\s*([A-Z][A-Z0-9_]{0,2}|[/\\#])\)?\s*$/;

export function genericCode(raw: RawMark, session: Session, date: string): FinishedMark {
  if (raw.via === 'button' && PRESENT_BUTTON.test(raw.text.trim())) return finishMark({ ...raw, value: '✓', text: '✓' }, session, date);
  const f = finishMark(raw, session, date);
  if (!f.unknown && !f.unreadable) return f;
  const tail = TRAILING_CODE.exec(raw.text.trim());
  if (!tail) return f;
  const again = finishMark({ ...raw, via: 'text', value: tail[1]!, text: tail[1]! }, session, date);
  return again.unknown || again.unreadable ? f : again;
}

// Greedy tokens: the two-character statutory codes and SIMS-style sub-codes first, then any single
// non-space character, so "C2C2" is two marks and "/ N" is two marks.
const TOKEN = /C1|C2|J1|Y[1-7]|[A-Z]\d\d|[A-Z]_[A-Z]|\S/gi;

/** A day cell's AM and PM marks; undefined unless it holds exactly two marks (or none). */
export function splitDayPair(text: string): [string, string] | undefined {
  const tokens = text.match(TOKEN) ?? [];
  if (tokens.length === 0) return ['', ''];
  return tokens.length === 2 ? [tokens[0]!, tokens[1]!] : undefined;
}

// Grid widgets keep the loaded value beside an edited one under various names; mark-cell.ts reads
// `data-saved-value`, these are the other common spellings.
const ORIGINAL_ATTRS = ['data-original-value', 'data-original', 'data-initial-value', 'data-initial', 'data-default-value', 'data-orig-value'];

// Attributes pages set on an edited, not yet saved cell, control or row (class names are not generic).
const DIRTY_ATTRS = new Set(['data-unsaved', 'data-dirty', 'data-changed', 'data-modified', 'data-edited']);

/** True when the element says it holds an edit not yet saved. One pass over its attributes: no selectors. */
export function markedDirty(el: Element | null): boolean {
  if (!el) return false;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const { name, value } = attrs[i]!;
    if (DIRTY_ATTRS.has(name) && !/^(?:false|0|no)$/i.test(value.trim())) return true;
    if (name === 'aria-description' && /\b(?:not saved|unsaved)\b/i.test(value)) return true;
    // A class naming the state (`att-changed`, `is-dirty`, `unsaved`): words, not one product's classes.
    if (name === 'class' && /(?:^|[\s_-])(?:changed|dirty|unsaved|modified)(?:$|[\s_-])/i.test(value)) return true;
  }
  return false;
}

/** False when the cell (or its control) says its loaded value differs from what it shows now. */
export function stillSaved(cell: Element, raw: RawMark): boolean {
  if (!raw.saved) return false;
  const inner = cell.firstElementChild;
  if (markedDirty(cell) || markedDirty(inner) || (inner && markedDirty(inner.firstElementChild))) return false;
  if (raw.via !== 'input' && raw.via !== 'select') return true;
  const first = cell.firstElementChild;
  const control =
    cell.tagName === 'INPUT' || cell.tagName === 'SELECT'
      ? cell
      : first && first === cell.lastElementChild && (first.tagName === 'INPUT' || first.tagName === 'SELECT')
        ? first
        : cell.querySelector('input, select');
  if (!control) return true;
  for (const a of ORIGINAL_ATTRS) {
    const v = control.getAttribute(a);
    if (v !== null) return v.trim() === raw.value.trim();
  }
  return true;
}

/**
 * readMarkCell with a fast path for the common cell: plain text, no child elements, no data or label
 * attributes. It returns exactly what readMarkCell would, without its selector queries (which a big
 * grid would otherwise run thousands of times: linkedom compiles each selector on every call).
 */
export function readCell(cell: Element): RawMark | undefined {
  if (
    cell.firstElementChild === null &&
    !cell.hasAttribute('data-code') &&
    !cell.hasAttribute('data-mark') &&
    !cell.hasAttribute('data-minutes-late')
  ) {
    const text = clean(cell.textContent);
    if (text || !(cell.hasAttribute('title') || cell.hasAttribute('aria-label') || cell.hasAttribute('alt'))) {
      return { value: text, text, via: 'text', saved: true };
    }
  }
  // The other common cell: one text box (grids of editable code boxes). Same reading as readMarkCell.
  const only = cell.firstElementChild;
  if (
    only &&
    only === cell.lastElementChild &&
    only.tagName === 'INPUT' &&
    only.firstElementChild === null &&
    (only.getAttribute('type') ?? 'text').toLowerCase() === 'text' &&
    !cell.hasAttribute('data-minutes-late') &&
    !only.hasAttribute('data-minutes-late')
  ) {
    const v = (only as HTMLInputElement).value;
    const value = clean(typeof v === 'string' ? v : only.getAttribute('value'));
    const saved = clean(only.getAttribute('data-saved-value') ?? only.getAttribute('value') ?? '');
    return { value, text: value, via: 'input', saved: value === saved };
  }
  return readMarkCell(cell);
}

// Words a cell's caption uses to say where it is: a date, a session, "mark for".
const WHERE_WORDS =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$|^\d{1,4}(?:st|nd|rd|th)?$|^(?:morning|afternoon|am|pm|a\.m\.|p\.m\.|session|mark|code|for|on|of|the|register)$/i;

/**
 * An empty control or cell whose label only says where it is ("O'Harrow, Dara, 3 Dec morning": the
 * pupil's name, a date, a session) shows no mark: it is a blank session, not an unreadable icon. The
 * label must name the pupil, and nothing may be drawn in the cell.
 */
export function captionOnly(raw: RawMark, cell: Element, pupilName: string): boolean {
  if (raw.via !== 'icon' || cell.querySelector(DRAWN)) return false;
  const name = new Set(pupilName.toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean));
  const words = raw.text.toLowerCase().split(/[\s,;:()/–—-]+/).filter(Boolean);
  return words.some((w) => name.has(w)) && words.every((w) => name.has(w) || WHERE_WORDS.test(w));
}

/**
 * One cell's mark into the view, the same way for grids, certificates and card lists: an unreadable
 * mark fails the view (never guessed), an unknown code is kept verbatim with a note, and the tallies
 * behind the reader's confidence are counted.
 */
export function recordMark(
  b: ViewBuilder,
  stats: Stats,
  pupilKey: string,
  at: string,
  raw: RawMark,
  session: Session,
  date: string,
): void {
  const f = genericCode(raw, session, date);
  if (f.unreadable) {
    stats.unreadable++;
    b.fail(at, `mark "${f.code}" could not be read`);
    return;
  }
  if (f.unknown) {
    stats.unknown++;
    b.note(at, `unknown code "${f.code}"`);
  } else if (f.code === '') stats.blank++;
  else stats.known++;
  b.addMark({ pupil: pupilKey, date, session, code: f.code, saved: raw.saved, ...(raw.minutesLate !== undefined ? { minutesLate: raw.minutesLate } : {}) }, at);
}
