/**
 * Taught certificates and card registers, replayed with the generic reader's own readers (so they
 * account for every cell, and list their problems, exactly as it does): the mapping says only which
 * grid or list the user pointed at, where the pupil is named, and what the page does not say itself.
 */
import { isoOf } from '../dates';
import { looksLikeName, personName } from '../names';
import { misIdOf } from '../pupil-row';
import { clean } from '../text';
import type { ReadResult } from '../view';
import { ViewBuilder } from '../view-builder';
import { genericGrid } from './aria-layout';
import { chunks, findCardLists, markScope, readCards } from './cards';
import { readMarkCell, type RawMark } from '../mark-cell';
import { markLike } from '../account';
import { genericCode, markedDirty, recordMark, stillSaved } from './mark-code';
import { pupilFrom } from './pupil';
import { followPath } from './locator';
import type { Stats } from './score';
import { planCertificate, readCertificate } from './certificate';
import { divGrid } from './div-grid';
import { resolveLocator } from './locator';
import { pageContext, type HeaderPupil, type PageContext } from './page-context';
import { promoteHeaderRows } from './roles';
import type { CardsMapping, CardsDate, CardsSession, CertificateMapping } from './taught';

const CONFIDENCE = 0.95;
const UPN = /\b[A-HJ-NP-Z]\d{11}[0-9A-HJ-NP-Z]\b/;
const UPN_ONLY = new RegExp(`^${UPN.source}$`);

function failed(readerId: string, kind: 'pupil-history' | 'take-register', what: string): ReadResult {
  const b = new ViewBuilder(readerId, 0, kind);
  b.fail('page', what);
  return b.build();
}

/** "Name: Marchbank, Isla Rose" → the pupil; the page's header block adds UPN and date of birth when it names the same pupil. */
export function pupilNamedBy(el: Element, page: PageContext): HeaderPupil | undefined {
  const text = clean(el.textContent).replace(/^[^:]{1,30}:\s*/, '');
  if (!text || !looksLikeName(text)) return undefined;
  const name = personName(text);
  const known = page.pupil && page.pupil.name === name ? page.pupil : undefined;
  // An id the name carries (a data attribute, or its link to the pupil's profile) is the MIS's own.
  const misId = misIdOf(el) ?? (el.closest('[data-pupil-id], [data-student-id]') ? misIdOf(el.closest('[data-pupil-id], [data-student-id]')!) : undefined);
  // A UPN shown beside the name (the certificate's header block, when it is a table the page walk skips).
  const block = el.closest('table') ?? el.parentElement?.parentElement ?? el;
  // Else the one UPN the page shows, if it shows exactly one (a certificate is about one pupil).
  // (Element by element: a page's text runs cells together, "UPNB886492115037Reg".)
  const upnsIn = (root: Element | null | undefined) => [...new Set(Array.from(root?.querySelectorAll('*') ?? []).map((e) => clean(e.textContent)).filter((t) => UPN_ONLY.test(t)))];
  const near = upnsIn(block);
  const onPage = near.length ? near : upnsIn(el.ownerDocument.body);
  const upn = onPage.length === 1 ? onPage[0] : undefined;
  return { name, ...known, ...(misId ? { misId } : {}), ...(upn && !known?.upn ? { upn } : {}) };
}

export function readTaughtCertificate(doc: Document, m: CertificateMapping, readerId: string): ReadResult {
  const root = resolveLocator(doc, m.grid);
  const named = resolveLocator(doc, m.pupil);
  if (!root) return failed(readerId, 'pupil-history', 'the grid of weeks this page was taught with is not on the page (its layout may have changed)');
  const page = pageContext(doc);
  // A table or ARIA grid; else rows and cells drawn with divs of consistent classes.
  const divs = root.matches('table, [role="grid"], [role="table"], [role="treegrid"]') ? undefined : divGrid(root);
  const plan = divs ? planCertificate(divs, page) : planCertificate(promoteHeaderRows(genericGrid(root)), page);
  if (!plan) return failed(readerId, 'pupil-history', 'the taught grid no longer has a column of weeks and columns of weekdays');
  const pupil = named ? pupilNamedBy(named, page) : undefined;
  if (!pupil) return failed(readerId, 'pupil-history', 'the pupil’s name is no longer where this page was taught');
  const read = readCertificate(plan, { ...page, pupil }, readerId);
  read.builder.view.confidence = read.builder.view.marks.length ? CONFIDENCE : 0;
  return read.builder.build();
}

/** The date the user gave for a card register the page does not date. */
export function cardsDate(answer: CardsDate | undefined, now: Date): string | undefined {
  if (answer === 'today') return isoOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
  return answer;
}

export function cardsSession(answer: CardsSession | undefined, now: Date): 'AM' | 'PM' | undefined {
  if (answer === 'by-time') return now.getHours() < 12 ? 'AM' : 'PM';
  return answer;
}

export function readTaughtCards(doc: Document, m: CardsMapping, readerId: string, now: Date): ReadResult {
  const list = resolveLocator(doc, m.list);
  if (!list) return failed(readerId, 'take-register', 'the list of pupils this page was taught with is not on the page (its layout may have changed)');
  const page = pageContext(doc);
  // What the page says wins; the user's answers fill only what it does not say.
  const date = page.date ?? cardsDate(m.date, now);
  const session = page.session ?? cardsSession(m.session, now);
  const dated = { ...page, ...(date ? { date } : {}), ...(session ? { session } : {}) };
  if (m.card) return readTaughtCardList(list, m.card, dated, readerId);
  const plan = findCardLists(doc).find((p) => p.list === list) ?? { list, cards: Array.from(list.children) };
  const read = readCards(plan, dated, readerId);
  read.builder.view.confidence = read.builder.view.marks.length ? CONFIDENCE : 0;
  return read.builder.build();
}

/**
 * A pressed button that is no code by itself ("Absent") in a card whose one other control, a select,
 * gives the reason ("I – Illness"): the reason is the mark. Only then — a known code on the button
 * ("Late") stands, and an "Absent" with no readable reason stays unknown (reported, never guessed).
 */
function withReason(card: Element, scope: Element, raw: RawMark, session: 'AM' | 'PM', date: string): RawMark {
  if (raw.via !== 'button' || !genericCode(raw, session, date).unknown) return raw;
  const selects = Array.from(card.querySelectorAll('select')).filter((x) => !scope.contains(x));
  if (selects.length !== 1) return raw;
  const reason = readMarkCell(selects[0]!);
  if (!reason?.value || genericCode(reason, session, date).unknown) return raw;
  return { ...reason, saved: raw.saved && stillSaved(selects[0]!, reason) };
}

/** What a card register's page does not say, so the user must: its date, its session, or both. */
export function cardsUnsaid(doc: Document): { date: boolean; session: boolean } {
  const page = pageContext(doc);
  return { date: !page.date, session: !page.session };
}

/**
 * A card register read the way the user taught it: every child of the list with the taught card's
 * tag is a card; its name is where the user showed it; its mark is the card's mark control, or else
 * the one code among the card's other words (a locked card shows "N No reason yet").
 */
function readTaughtCardList(list: Element, card: NonNullable<CardsMapping['card']>, page: PageContext, readerId: string): ReadResult {
  const b = new ViewBuilder(readerId, 0, 'take-register');
  const { date, session } = page;
  if (!date || !session) {
    b.fail('page', `the page's headings do not name ${date ? 'the session' : 'the date'}, and it was not given when this page was taught`);
    return b.build();
  }
  b.view.context.date = date;
  b.view.context.session = session;
  if (page.group) b.view.context.group = page.group;
  const stats: Stats = { rows: 0, nameRows: 0, known: 0, unknown: 0, unreadable: 0, blank: 0, roles: 2, width: 2 };
  const cards = Array.from(list.children).filter((c) => c.tagName.toLowerCase() === card.tag);
  cards.forEach((el, i) => {
    const where = `card ${i + 1}`;
    const nameEl = followPath(el, card.name);
    const shown = nameEl ? clean(nameEl.textContent) : '';
    if (!nameEl || !shown) {
      // A card with no name where the others have one: a mark there would be nobody's.
      if (markScope(el) || chunks(el).some((c) => markLike(c.text))) b.fail(where, 'a mark with no pupil name where the other cards show one');
      else b.note(where, 'no pupil name and no mark; left out');
      return;
    }
    stats.rows++;
    stats.nameRows++;
    const { pupil } = pupilFrom(el, nameEl, [], [], page.year, shown);
    if (!b.addPupil(pupil, el, `${where} (${pupil.name})`)) return;
    const at = `${pupil.name} ${date} ${session}`;
    const scope = markScope(el);
    let raw: RawMark | undefined;
    if (scope) {
      const read = readMarkCell(scope);
      raw = read && { ...read, saved: stillSaved(scope, read) && !markedDirty(el) };
      if (raw) raw = withReason(el, scope, raw, session, date);
    } else {
      const codes = chunks(el).filter((c) => !nameEl.contains(c.el) && markLike(c.text));
      if (codes.length === 1) raw = { value: codes[0]!.text, text: codes[0]!.text, via: 'text', saved: true };
      else if (codes.length > 1) {
        stats.unreadable++;
        b.fail(at, `the card shows ${codes.length} marks (${codes.map((c) => c.text).join(', ')}); which is this session’s is not clear`);
        return;
      } else raw = { value: '', text: '', via: 'text', saved: true };
    }
    if (!raw) {
      stats.unreadable++;
      b.fail(at, 'the mark control could not be read');
      return;
    }
    recordMark(b, stats, pupil.key, at, raw, session, date);
  });
  if (cards.length === 0) b.fail('page', 'the taught list holds no cards');
  b.view.confidence = b.view.marks.length ? CONFIDENCE : 0;
  return b.build();
}
