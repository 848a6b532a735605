/**
 * Taught certificates and card registers, replayed with the generic reader's own readers (so they
 * account for every cell, and list their problems, exactly as it does): the mapping says only which
 * grid or list the user pointed at, where the pupil is named, and what the page does not say itself.
 */
import { isoOf } from '../dates';
import { looksLikeName, personName } from '../names';
import { clean } from '../text';
import type { ReadResult } from '../view';
import { ViewBuilder } from '../view-builder';
import { genericGrid } from './aria-layout';
import { findCardLists, readCards } from './cards';
import { planCertificate, readCertificate } from './certificate';
import { resolveLocator } from './locator';
import { pageContext, type HeaderPupil, type PageContext } from './page-context';
import { promoteHeaderRows } from './roles';
import type { CardsMapping, CardsDate, CardsSession, CertificateMapping } from './taught';

const CONFIDENCE = 0.95;

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
  return page.pupil && page.pupil.name === name ? page.pupil : { name };
}

export function readTaughtCertificate(doc: Document, m: CertificateMapping, readerId: string): ReadResult {
  const root = resolveLocator(doc, m.grid);
  const named = resolveLocator(doc, m.pupil);
  if (!root) return failed(readerId, 'pupil-history', 'the grid of weeks this page was taught with is not on the page (its layout may have changed)');
  const page = pageContext(doc);
  const plan = planCertificate(promoteHeaderRows(genericGrid(root)), page);
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
  const plan = findCardLists(doc).find((p) => p.list === list) ?? { list, cards: Array.from(list.children) };
  const read = readCards(plan, { ...page, ...(date ? { date } : {}), ...(session ? { session } : {}) }, readerId);
  read.builder.view.confidence = read.builder.view.marks.length ? CONFIDENCE : 0;
  return read.builder.build();
}

/** What a card register's page does not say, so the user must: its date, its session, or both. */
export function cardsUnsaid(doc: Document): { date: boolean; session: boolean } {
  const page = pageContext(doc);
  return { date: !page.date, session: !page.session };
}
