// @vitest-environment happy-dom
/**
 * A page opened again: the background's last answer for it (lib/background/last-answers.ts) is drawn as
 * soon as the page reads exactly that view, before the read's own answer — which is still asked for and
 * drawn over it, or clears it when it says the page cannot be used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRegisterSession, type SessionOptions } from '../../../lib/content/register-session';
import type { GenericPart, OverlayPart, PartName } from '../../../lib/content/parts';
import type { PageSettings, Request, Response } from '../../../lib/messages';
import { applyUnsavedMarks } from '../../../lib/overlay/live';
import { summaryFor } from '../../../lib/pupil/page-summary';
import { viewKey } from '../../../lib/readers/view-key';
import type { RegisterView } from '../../../lib/readers/view';
import { makeBadge } from '../overlay/badge-factory';
import { genericReader } from '../../../lib/readers/generic/index';
import { readTaught } from '../../../lib/readers/generic/taught';

const PAGE = readFileSync(join(__dirname, '../../fixtures/mis/generic/table-date-ampm-rows.html'), 'utf8');
const settings = (): PageSettings => ({
  siteKind: 'mis',
  registerBefore: true,
  siteOn: true,
  display: { style: 'compact', markers: [], showFirstRunHint: false, showSummary: true },
  readerSwitches: {},
  taught: null,
  profile: 'kent',
});
const answer = (view: RegisterView, figure: number, over: Partial<Response<'register-read'>> = {}): Response<'register-read'> => ({
  ok: true,
  stored: { marksAdded: 0, marksChanged: 0, pupilsAdded: 0, conflicts: 0 },
  badges: view.pupils.map((p) => makeBadge(figure, 10, { key: p.key, name: p.name })),
  summary: null,
  bandRules: [],
  asOf: '2026-11-20',
  showFlags: true,
  ...over,
});
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((res) => (resolve = res));
  return { promise, resolve };
}
const settle = (ms = 20) => new Promise((r) => setTimeout(r, ms));

let life: AbortController;
function fakeOverlay() {
  const handle = { update: vi.fn(), setPrefs: vi.fn(), relayout: vi.fn(), focusFirst: vi.fn(() => true), destroy: vi.fn(), host: null };
  const part: OverlayPart = { mountOverlay: vi.fn(() => handle), applyUnsavedMarks, summaryFor };
  return { part, handle };
}

const genericPart: GenericPart = { genericReader, readTaught, startTeach: vi.fn(() => ({ close: vi.fn() })) };
/** The page is a plain table: the generic reader reads it (a part, like the overlay). */
const loaderOf = (overlay: OverlayPart) => vi.fn(async (name: PartName) => (name === 'overlay' ? overlay : genericPart)) as unknown as SessionOptions['loadPart'];

function start(over: Partial<SessionOptions>, overlay = fakeOverlay()) {
  const loadPart = loaderOf(overlay.part);
  const opts: SessionOptions = { signal: life.signal, loadSettings: vi.fn(async () => settings()), sendRead: vi.fn(), saveTaught: vi.fn(), loadPart, ...over };
  return { session: startRegisterSession(opts), overlay };
}

/** The view this page reads (a first session, answered and ended). */
async function viewOfPage(): Promise<RegisterView> {
  let seen: RegisterView | undefined;
  const first = new AbortController();
  startRegisterSession({
    signal: first.signal,
    loadSettings: async () => settings(),
    sendRead: async (req: Request<'register-read'>) => ((seen = req.view), answer(req.view, 9)),
    saveTaught: vi.fn(),
    loadPart: loaderOf(fakeOverlay().part),
  });
  await settle();
  first.abort();
  return seen!;
}

beforeEach(() => {
  document.documentElement.innerHTML = PAGE.replace(/^[\s\S]*?<html>/, '').replace(/<\/html>[\s\S]*$/, '');
  history.replaceState(null, '', '/register/5W');
  life = new AbortController();
});
afterEach(() => life.abort());

const figuresOf = (badges: readonly { attendance: { attended: number } }[]) => badges.map((b) => b.attendance.attended);

describe('the last answer of a page opened again', () => {
  it('is drawn before the read is answered, then the read still goes and its answer is drawn over it', async () => {
    const view = await viewOfPage();
    const pending = deferred<Response<'register-read'>>();
    const sendRead = vi.fn(() => pending.promise);
    const early = answer(view, 5);
    const { overlay } = start({ sendRead, lastRead: { view: viewKey(view), answer: early } });
    await settle();
    expect(sendRead).toHaveBeenCalledTimes(1);
    expect(overlay.part.mountOverlay).toHaveBeenCalledTimes(1);
    const drawn = vi.mocked(overlay.part.mountOverlay).mock.calls[0]![0].badges;
    expect(figuresOf(drawn)).toEqual(figuresOf(early.badges));
    const fresh = answer(view, 7);
    pending.resolve(fresh);
    await settle();
    expect(overlay.handle.update).toHaveBeenCalledTimes(1);
    expect(figuresOf(overlay.handle.update.mock.calls[0]![0])).toEqual(figuresOf(fresh.badges));
  });

  it('is not drawn when the page reads anything else (a mark changed since)', async () => {
    const view = await viewOfPage();
    const other: RegisterView = { ...view, marks: view.marks.map((m, i) => (i === 0 ? { ...m, code: m.code === 'O' ? '/' : 'O' } : m)) };
    const pending = deferred<Response<'register-read'>>();
    const { overlay } = start({ sendRead: vi.fn(() => pending.promise), lastRead: { view: viewKey(other), answer: answer(other, 5) } });
    await settle();
    expect(overlay.part.mountOverlay).not.toHaveBeenCalled();
    pending.resolve(answer(view, 7));
    await settle();
    expect(overlay.part.mountOverlay).toHaveBeenCalledTimes(1);
  });

  it('is taken away when the read is answered with a reason not to show it', async () => {
    const view = await viewOfPage();
    const pending = deferred<Response<'register-read'>>();
    const { overlay } = start({ sendRead: vi.fn(() => pending.promise), lastRead: { view: viewKey(view), answer: answer(view, 5) } });
    await settle();
    expect(overlay.part.mountOverlay).toHaveBeenCalledTimes(1);
    pending.resolve(answer(view, 7, { ok: false, message: 'Attendance Lens was locked meanwhile.', badges: [] }));
    await settle();
    expect(overlay.handle.destroy).toHaveBeenCalled();
    expect(document.querySelector('attendance-lens-notice')?.shadowRoot?.textContent).toContain('locked meanwhile');
  });
});
