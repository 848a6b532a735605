/**
 * Reads a take-register page drawn as a list of pupils (cards, tiles, list rows) with one mark
 * control each; the date and session come from the page heading, not from the rows.
 */
import { finishMark, type MisMapping } from './codes-map';
import { parseDateText, type YearContext } from './dates';
import { markLike } from './account';
import { sessionIn } from './columns';
import { readMarkCell, type MarkSelectors, type RawMark } from './mark-cell';
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
  const session = sessionIn(t);
  if (session) out.session = session;
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

/** The one mark-like word a card shows besides the pupil's name, or null when there is not exactly one. */
function textMark(item: Element, nameEl: Element, badges?: string): RawMark | null {
  const skip = badges ? `${badges}, script, style` : 'script, style';
  const name = textOf(nameEl, badges);
  const rest = textOf(item, skip).replace(name, ' ').trim().split(/\s+/).filter(Boolean);
  return rest.length === 1 && markLike(rest[0]!) ? { value: rest[0]!, text: rest[0]!, via: 'text', saved: true } : null;
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
    // A card that shows its mark as text (a locked register): the card's words less the name and badges.
    const asText = opts.marks?.mark && !item.querySelector(opts.marks.mark) ? textMark(item, nameEl!, opts.badges) : undefined;
    if (asText === null) return b.fail(at, 'the card shows no mark control and no mark as text');
    const raw = asText ?? readMarkCell(item, opts.marks);
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
