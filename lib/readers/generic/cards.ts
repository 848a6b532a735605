/**
 * Take-register pages drawn as lists of pupil cards (or tiles, or list rows), each holding a name and
 * one mark control: a select, a text input, a group of pressed/checked buttons, or an element labelled
 * "Mark". The date and session come from the page's headings. A card is the largest ancestor of a
 * control that holds no other control; cards that share a parent form the register. A card beside
 * them that shows its mark as text (a locked, saved mark: "L", "Late", "Mark: N") is part of the
 * register too, however few of its neighbours still have a control.
 */
import { markLike } from '../account';
import { codeFromWords } from '../codes-map';
import { readMarkCell, type RawMark } from '../mark-cell';
import { clean, labelOf } from '../text';
import type { ColumnRole } from '../columns';
import { ViewBuilder } from '../view-builder';
import type { Read } from './grid-read';
import { markedDirty, recordMark, stillSaved } from './mark-code';
import type { PageContext } from './page-context';
import { isPupilName, pupilFrom } from './pupil';
import { confidenceOf, type Stats } from './score';
import { CARD_CONTROLS as CONTROLS, CARD_RADIOS } from './gate';

const MARK_LABEL = /^(?:attendance\s*)?(?:mark|code|register mark|session mark)$/i;
// Control captions ("Mark for Amelia Example") are not the pupil's name chunk: skip them with the controls.
const SKIP_TEXT = new Set(['SELECT', 'OPTION', 'BUTTON', 'SCRIPT', 'STYLE', 'INPUT', 'TEXTAREA', 'LABEL', 'LEGEND']);

export interface CardPlan {
  list: Element;
  cards: Element[];
}

function isMarkControl(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'SELECT' || tag === 'INPUT') return true;
  const role = el.getAttribute('role');
  if (role === 'radiogroup' || role === 'group') return el.querySelector('[aria-pressed],[aria-checked],input[type="radio"]') !== null;
  return MARK_LABEL.test(labelOf(el));
}

function hasMarkControl(el: Element): boolean {
  return Array.from(el.querySelectorAll(CONTROLS)).some(isMarkControl);
}

function insideAnother(c: Element, controls: Set<Element>): boolean {
  for (let a = c.parentElement; a; a = a.parentElement) if (controls.has(a)) return true;
  return false;
}

/** Groups of cards that share a parent, largest first. */
/** Radio buttons sharing a name, as one control: the smallest element holding them all. */
function radioGroups(doc: Document): Element[] {
  const byName = new Map<string, Element[]>();
  for (const r of Array.from(doc.querySelectorAll(CARD_RADIOS))) {
    const name = r.getAttribute('name')!;
    byName.set(name, [...(byName.get(name) ?? []), r]);
  }
  const out: Element[] = [];
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    let a: Element | null = group[0]!.parentElement;
    while (a && !group.every((r) => a!.contains(r))) a = a.parentElement;
    if (a && !a.matches('[role="radiogroup"], [role="group"]')) out.push(a);
  }
  return out;
}

export function findCardLists(doc: Document): CardPlan[] {
  const controls = [...Array.from(doc.querySelectorAll(CONTROLS)).filter(isMarkControl), ...radioGroups(doc)];
  // Count controls under every ancestor once (linear in controls × depth).
  const count = new Map<Element, number>();
  for (const c of controls) for (let a = c.parentElement; a; a = a.parentElement) count.set(a, (count.get(a) ?? 0) + 1);
  const isControl = new Set(controls);
  const groups = new Set(radioGroups(doc));
  const lists = new Map<Element, Element[]>();
  for (const c of controls) {
    // Controls nested in another control (a labelled group holding a select) count once.
    if (insideAnother(c, isControl)) continue;
    let card: Element = c;
    // Up to the largest ancestor with no other control, unless the neighbours at this level are cards
    // showing their marks as text (one pupil still editable in a locked register).
    while (card.parentElement && count.get(card.parentElement) === 1 && !(card !== c && nameIn(card) && textCardsBeside(card))) card = card.parentElement;
    const list = card.parentElement;
    // A group of radios that is itself the card (a fieldset whose legend names the pupil) is one.
    if (!list || (card === c && !(groups.has(c) && legendName(c)))) continue;
    const cards = lists.get(list) ?? [];
    cards.push(card);
    lists.set(list, cards);
  }
  // Cards beside them that show their mark as text (no control): same kind of element, a pupil's name.
  for (const [list, cards] of lists) {
    if (cards.length < 2 && !textCardsBeside(cards[0]!)) continue;
    const tag = cards[0]!.tagName;
    for (const other of Array.from(list.children)) {
      if (other.tagName === tag && !cards.includes(other) && nameIn(other)) cards.push(other);
    }
    cards.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  }
  return [...lists.entries()]
    .filter(([, cards]) => cards.length >= 2)
    .map(([list, cards]) => ({ list, cards }))
    .sort((a, b) => b.cards.length - a.cards.length);
}

/** Text chunks of a card, leaving out controls, buttons and labels. */
export function chunks(card: Element): { text: string; el: Element }[] {
  const out: { text: string; el: Element }[] = [];
  const walk = (el: Element): void => {
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) {
        const t = clean(node.nodeValue);
        if (t) out.push({ text: t, el });
      } else if (node.nodeType === 1 && !SKIP_TEXT.has((node as Element).tagName)) walk(node as Element);
    }
  };
  walk(card);
  return out;
}

/** A name written as a forename element and a surname element side by side ("Amelia" "Example"). */
function splitName(card: Element, before = Infinity): { text: string; el: Element } | undefined {
  const cs = chunks(card);
  for (let i = 0; i + 1 < cs.length && i < before; i++) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    const text = `${a.text} ${b.text}`;
    if (/^\p{Lu}[\p{L}'’-]*$/u.test(a.text) && /^\p{Lu}[\p{L}'’-]*$/u.test(b.text) && isPupilName(text) && a.el.parentElement === b.el.parentElement) {
      return { text, el: a.el.parentElement ?? a.el };
    }
  }
  return undefined;
}

/**
 * The pupil's name a card shows: the first name-like text in it, as one text chunk or as forename and
 * surname in two elements (a mark's meaning further on, "Medical appointment", is not the name).
 */
function nameIn(card: Element): { text: string; el: Element } | undefined {
  const legend = legendName(card);
  if (legend) return legend;
  const cs = chunks(card);
  const i = cs.findIndex((c) => isPupilName(c.text));
  const split = splitName(card, i < 0 ? cs.length : i);
  return split ?? cs[i];
}

/** A fieldset's legend naming a pupil ("Ambler, Hattie"): it captions the whole card, not one control. */
function legendName(card: Element): { text: string; el: Element } | undefined {
  if (card.tagName !== 'FIELDSET') return undefined;
  const legend = Array.from(card.children).find((c) => c.tagName === 'LEGEND');
  const text = legend ? clean(legend.textContent) : '';
  return legend && isPupilName(text) ? { text, el: legend } : undefined;
}

/** Siblings of a card, of its kind, that name a pupil and show a mark as text with no control. */
function textCardsBeside(card: Element): boolean {
  for (let s = card.parentElement?.firstElementChild; s; s = s.nextElementSibling) {
    if (s === card || s.tagName !== card.tagName || hasMarkControl(s)) continue;
    const name = nameIn(s);
    if (name && textMark(s, name.text, sharedText([card]))) return true;
  }
  return false;
}

/** A name written just before the card (a `<dt>` before its `<dd>`, a label before its control). */
function siblingName(card: Element): { text: string; el: Element } | undefined {
  const prev = card.previousElementSibling;
  if (!prev || prev.querySelector('select, input')) return undefined;
  return chunks(prev).find((c) => isPupilName(c.text));
}

export function markScope(card: Element): Element | undefined {
  const all = Array.from(card.querySelectorAll(CONTROLS)).filter(isMarkControl);
  // A plain group of radios (a fieldset, a div) is read as one pressed-button control; with none
  // checked, it is a blank mark (readMarkCell), not a card without a control.
  if (all.length === 0 && (card.querySelector('input[type="radio"]:checked, input[type="radio"][checked]') || card.querySelectorAll(CARD_RADIOS).length >= 2)) return card;
  return all.find((c) => !all.some((o) => o !== c && c.contains(o))) ?? all[0];
}

const MARK_CAPTION = /^(?:(?:attendance|register|session)\s+)?(?:mark|code)\s*:?\s*/i;

/** Text that cards with a control show besides the control (a class name, "Year 4"): not a mark. */
function sharedText(controlCards: Element[]): Set<string> {
  return new Set(controlCards.flatMap((c) => chunks(c).map((x) => x.text)));
}

/**
 * A card with no control: its one mark besides the name, as a code or in words ("Late", "–"), maybe
 * after a "Mark:" caption or before its meaning (a locked register shows its saved marks as text).
 * Text the control cards show too (`shared`) is not the mark. Undefined when the card shows no such
 * one thing, which the caller reports.
 */
function textMark(card: Element, name: string, shared: ReadonlySet<string>): RawMark | undefined {
  const words = new Set(name.split(' '));
  // The caption goes first: "Mark L" would read as a person's name.
  const rest = chunks(card)
    .map((c) => c.text)
    .filter((t) => t !== name && !words.has(t) && !shared.has(t))
    .map((t) => t.replace(MARK_CAPTION, '').trim())
    .filter((t) => t && !isPupilName(t))
    .join(' ');
  // A code with its meaning in brackets ("I (Illness)") is the code.
  const code = rest.replace(/^(\S{1,3})\s*\(\p{L}[\p{L} '–-]*\)$/u, '$1');
  if (!code || !(markLike(code) || codeFromWords(code) !== undefined)) return undefined;
  return { value: code, text: rest, via: 'text', saved: true };
}

export function readCards(plan: CardPlan, page: PageContext, readerId: string): Read {
  const b = new ViewBuilder(readerId, 0, 'take-register');
  const stats: Stats = { rows: 0, nameRows: 0, known: 0, unknown: 0, unreadable: 0, blank: 0, roles: 0, width: 2 };
  const { date, session } = page;
  if (!date || !session) {
    // Recognisably a register (names beside mark controls) that we cannot date: say so, read nothing.
    const named = plan.cards.filter((c) => chunks(c).some((x) => isPupilName(x.text)) || splitName(c) || siblingName(c)).length;
    b.fail('page', `a list of pupils with mark controls, but the page's headings do not name ${date ? 'the session' : 'the date'}`);
    return { confidence: named / plan.cards.length >= 0.8 ? 0.45 : 0.2, kind: 'take-register', builder: b, stats };
  }
  stats.roles = 2;
  b.view.context.date = date;
  b.view.context.session = session;
  if (page.group) b.view.context.group = page.group;
  const roles: ColumnRole[] = [];
  const shared = sharedText(plan.cards.filter((c) => markScope(c)));
  plan.cards.forEach((card, i) => {
    const nameChunk = nameIn(card) ?? siblingName(card);
    const where = `card ${i + 1}`;
    stats.rows++;
    if (!nameChunk) {
      b.fail(where, 'a mark control with no pupil name beside it');
      return;
    }
    stats.nameRows++;
    const { pupil } = pupilFrom(card, nameChunk.el, [], roles, page.year, nameChunk.text);
    if (!b.addPupil(pupil, card, `${where} (${pupil.name})`)) return;
    const scope = markScope(card);
    const read = scope ? readMarkCell(scope) : textMark(card, nameChunk.text, shared);
    const raw = read && scope ? { ...read, saved: stillSaved(scope, read) && !markedDirty(card) } : read;
    const at = `${pupil.name} ${date} ${session}`;
    if (!raw) {
      stats.unreadable++;
      b.fail(at, scope ? 'the mark control could not be read' : 'the card shows no mark and has no mark control');
      return;
    }
    recordMark(b, stats, pupil.key, at, raw, session, date);
  });
  return { confidence: confidenceOf(stats), kind: 'take-register', builder: b, stats };
}
