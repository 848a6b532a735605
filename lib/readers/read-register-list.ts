/**
 * Reads a take-register page drawn as a list of pupils (cards, tiles, list rows) with one mark
 * control each; the date and session come from the page heading, not from the rows.
 */
import { finishMark, type MisMapping } from './codes-map';
import { parseDateText, type YearContext } from './dates';
import { readMarkCell, type MarkSelectors } from './mark-cell';
import { looksLikeName, personName, pupilKey } from './names';
import { misIdOf, traitsFromBadges } from './pupil-row';
import { clean, textOf } from './text';
import type { ViewPupil } from './view';
import type { ViewBuilder } from './view-builder';

export interface RegisterContext {
  date?: string;
  session?: 'AM' | 'PM';
  problem?: string;
}

/** Date and AM/PM from heading text such as "Registration: 7AB – AM" + "Mon 8 Sep 2025, 08:40". */
export function registerContext(text: string, year: YearContext = {}): RegisterContext {
  const t = clean(text);
  const out: RegisterContext = {};
  if (/\b(AM|morning)\b/i.test(t)) out.session = 'AM';
  else if (/\b(PM|afternoon)\b/i.test(t)) out.session = 'PM';
  const p = parseDateText(t, year);
  if (p?.ok) out.date = p.date;
  else if (p) out.problem = p.reason;
  return out;
}

export interface ListReadOptions {
  date: string;
  session: 'AM' | 'PM';
  /** The pupil's name inside an item. */
  name: string;
  marks?: MarkSelectors;
  badges?: string;
  idAttrs?: readonly string[];
  mapping?: MisMapping;
}

export function readRegisterList(items: Element[], b: ViewBuilder, opts: ListReadOptions): void {
  b.view.context.date = opts.date;
  b.view.context.session = opts.session;
  b.addSession(opts.date, opts.session);
  if (!items.length) b.fail('register', 'no pupils in the register');
  items.forEach((item, i) => {
    const where = `pupil ${i + 1}`;
    const nameEl = item.querySelector(opts.name);
    const rawName = nameEl ? textOf(nameEl, opts.badges) : '';
    if (!rawName || !looksLikeName(rawName)) {
      b.fail(where, rawName ? `"${rawName}" is not a pupil name` : 'no pupil name');
      return;
    }
    const name = personName(rawName);
    const misId = misIdOf(item, opts.idAttrs);
    const pupil: ViewPupil = { key: pupilKey(misId, name), name };
    if (misId) pupil.misId = misId;
    if (opts.badges) {
      const traits: NonNullable<ViewPupil['characteristics']> = {};
      traitsFromBadges(Array.from(item.querySelectorAll(opts.badges)), traits);
      if (Object.keys(traits).length) pupil.characteristics = traits;
    }
    if (!b.addPupil(pupil, item, where)) return;
    const at = `${where} (${name})`;
    const raw = readMarkCell(item, opts.marks);
    if (!raw) return b.fail(at, 'the mark cannot be read');
    const fin = finishMark(raw, opts.session, opts.date, opts.mapping);
    if (fin.unreadable) return b.fail(at, `the mark "${fin.code}" cannot be read as a code`);
    if (fin.unknown) b.note(at, `unknown code "${fin.code}", kept as shown`);
    b.addMark(
      { pupil: pupil.key, date: opts.date, session: opts.session, code: fin.code, saved: raw.saved, ...(raw.minutesLate !== undefined ? { minutesLate: raw.minutesLate } : {}) },
      at,
    );
  });
}
