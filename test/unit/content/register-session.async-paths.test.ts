// @vitest-environment happy-dom
/**
 * The MIS content script's session when things go wrong or overlap: settings that cannot be read,
 * answers that arrive after the page or the settings moved on, a part that will not load, a read the
 * background refuses, a site switched off mid-read, a navigation. What is on screen must always
 * describe this page, from data we are sure of, or say why it does not.
 */
import { MessageError } from '../../../lib/message-errors';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRegisterSession, type SessionOptions } from '../../../lib/content/register-session';
import type { GenericPart, OverlayPart, PartName } from '../../../lib/content/parts';
import type { PageSettings, Request, Response } from '../../../lib/messages';
import { applyUnsavedMarks } from '../../../lib/overlay/live';
import { summaryFor } from '../../../lib/pupil/page-summary';
import { makeBadge } from '../overlay/badge-factory';
import { genericReader } from '../../../lib/readers/generic/index';
import { readTaught } from '../../../lib/readers/generic/taught';

const PAGE = readFileSync(join(__dirname, '../../fixtures/mis/generic/table-date-ampm-rows.html'), 'utf8');

const settings = (over: Partial<PageSettings> = {}): PageSettings => ({
  siteKind: 'mis',
  registerBefore: false,
  siteOn: true,
  display: { style: 'compact', markers: [], showFirstRunHint: false, showSummary: true },
  readerSwitches: {},
  taught: null,
  profile: 'kent',
  ...over,
});

const answerFor = (req: Request<'register-read'>, over: Partial<Response<'register-read'>> = {}): Response<'register-read'> => ({
  ok: true,
  stored: { marksAdded: 0, marksChanged: 0, pupilsAdded: 0, conflicts: 0 },
  badges: req.view.pupils.map((p) => makeBadge(10, 10, { key: p.key, name: p.name })),
  summary: null,
  bandRules: [],
  asOf: '2026-11-20',
  showFlags: true,
  ...over,
});

/** A stand-in overlay that records what it was asked to draw. */
function fakeOverlay() {
  const handle = { update: vi.fn(), setPrefs: vi.fn(), relayout: vi.fn(), focusFirst: vi.fn(() => true), destroy: vi.fn(), host: null };
  const part: OverlayPart = { mountOverlay: vi.fn(() => handle), applyUnsavedMarks, summaryFor };
  return { part, handle };
}
const genericPart: GenericPart = { genericReader, readTaught, startTeach: vi.fn(() => ({ close: vi.fn() })) };

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const notice = () => document.querySelector('attendance-lens-notice')?.shadowRoot?.textContent ?? null;
const settle = (ms = 20) => new Promise((r) => setTimeout(r, ms));

let life: AbortController;
let overlay: ReturnType<typeof fakeOverlay>;

function start(over: Partial<SessionOptions> = {}) {
  const loadPart = vi.fn(async (name: PartName) => (name === 'overlay' ? overlay.part : genericPart)) as unknown as SessionOptions['loadPart'];
  const opts: SessionOptions = {
    signal: life.signal,
    loadSettings: vi.fn(async () => settings()),
    sendRead: vi.fn(async (req) => answerFor(req)),
    saveTaught: vi.fn(),
    loadPart,
    settingsRetryMs: 5,
    ...over,
  };
  return { session: startRegisterSession(opts), opts };
}

beforeEach(() => {
  document.documentElement.innerHTML = PAGE.replace(/^[\s\S]*?<html>/, '').replace(/<\/html>[\s\S]*$/, '');
  history.replaceState(null, '', '/register/5W');
  life = new AbortController();
  overlay = fakeOverlay();
});
afterEach(() => life.abort());

describe('the register session', () => {
  it('reads, sends and draws a register page (the case the others vary)', async () => {
    const { session, opts } = start();
    await session.scan();
    expect(opts.sendRead).toHaveBeenCalledTimes(1);
    expect(overlay.part.mountOverlay).toHaveBeenCalledTimes(1);
    expect(notice()).toBeNull();
  });

  it('a pupil list (no marks) is sent for identity but gets no badges and no notice', async () => {
    // The reader's verdict stands in for a list page's: the same table read as a list of pupils.
    const sendRead = vi.fn(async (req: Request<'register-read'>) => {
      req.view.kind = 'pupil-list';
      return answerFor(req);
    });
    const { session } = start({ sendRead });
    await session.scan();
    expect(sendRead).toHaveBeenCalled();
    expect(overlay.part.mountOverlay).not.toHaveBeenCalled();
    expect(notice()).toBeNull();
  });

  it('says so on the page when its settings cannot be read, after one retry, and draws nothing', async () => {
    const loadSettings = vi.fn(async () => Promise.reject(new Error('Could not establish connection')));
    const { opts } = start({ loadSettings });
    await settle(50); // the first scan, its retry
    expect(loadSettings).toHaveBeenCalledTimes(2);
    expect(opts.sendRead).not.toHaveBeenCalled();
    expect(overlay.part.mountOverlay).not.toHaveBeenCalled();
    expect(notice()).toContain('could not start on this page');
  });

  it('keeps the newest settings when two answers arrive out of order', async () => {
    const first = deferred<PageSettings>();
    const second = deferred<PageSettings>();
    const answers = [first.promise, second.promise];
    const loadSettings = vi.fn(() => answers.shift() ?? Promise.resolve(settings()));
    const { session, opts } = start({ loadSettings });
    await settle(); // the first scan waits on the first answer
    const changed = session.settingsChanged(); // the user switched the site off in options
    second.resolve(settings({ siteOn: false }));
    await changed;
    first.resolve(settings({ siteOn: true })); // the older answer comes last, and is dropped
    await session.scan();
    await settle();
    expect(opts.sendRead).not.toHaveBeenCalled();
    expect(overlay.part.mountOverlay).not.toHaveBeenCalled();
  });

  it('draws nothing when the site was switched off while the background was answering', async () => {
    const pending = deferred<Response<'register-read'>>();
    let req: Request<'register-read'> | undefined;
    const sendRead = vi.fn((r: Request<'register-read'>) => ((req = r), pending.promise));
    let on = true;
    const loadSettings = vi.fn(async () => settings({ siteOn: on }));
    const { session } = start({ sendRead, loadSettings });
    await settle();
    on = false;
    await session.settingsChanged();
    // The page's first settings may be the background's copy; after a change they are read afresh.
    expect(loadSettings.mock.calls.map((c) => (c as unknown[])[1])).toEqual([false, true]);
    pending.resolve(answerFor(req!));
    await settle();
    expect(overlay.part.mountOverlay).not.toHaveBeenCalled();
    expect(notice()).toBeNull();
  });

  it('says why when the generic reader cannot be loaded', async () => {
    const loadPart = vi.fn(async () => Promise.reject(new Error('Cannot access contents of the page'))) as unknown as SessionOptions['loadPart'];
    const { session, opts } = start({ loadPart });
    await session.scan();
    expect(opts.sendRead).not.toHaveBeenCalled();
    expect(notice()).toContain('could not load its page reader here');
  });

  it('does not load the generic reader when the user switched it off', async () => {
    const { session, opts } = start({ loadSettings: vi.fn(async () => settings({ readerSwitches: { generic: false } })) });
    await session.scan();
    expect(opts.loadPart).not.toHaveBeenCalledWith('generic');
    expect(opts.sendRead).not.toHaveBeenCalled();
    // It still looks like a register: the user can teach it.
    expect(notice()).toContain('no reader recognises this page');
  });

  it('does not send a read the background refused again, and offers to teach the page', async () => {
    const sendRead = vi.fn(async () => Promise.reject(new MessageError({ code: 'invalid-request', message: 'Rejected message: view.marks[3].session: Invalid option' })));
    const { session } = start({ sendRead });
    await session.scan();
    await session.scan();
    await session.scan();
    expect(sendRead).toHaveBeenCalledTimes(1);
    expect(notice()).toContain('did not pass the checks');
    expect(notice()).toContain('Teach this page');
  });

  it('branches on the error code, not the wording: any other failure is not blamed on the page', async () => {
    const sendRead = vi.fn(async () => Promise.reject(new MessageError({ code: 'failed', message: 'Rejected message: the store is closed' })));
    const { session } = start({ sendRead });
    await session.scan();
    expect(notice()).toContain('could not use this page');
    expect(notice()).not.toContain('Teach this page');
  });

  it('removes what it drew as soon as the page navigates, before the new page is read', async () => {
    // The new address's settings are slow to come: the old page's badges must not wait for them.
    const slow = deferred<PageSettings>();
    const loadSettings = vi.fn((url: string) => (url.endsWith('/pupils') ? slow.promise : Promise.resolve(settings())));
    const { session, opts } = start({ loadSettings });
    await session.scan();
    expect(overlay.part.mountOverlay).toHaveBeenCalledTimes(1);
    history.pushState(null, '', '/pupils');
    dispatchEvent(new PopStateEvent('popstate'));
    await settle(300); // the page watcher's debounce
    expect(overlay.handle.destroy).toHaveBeenCalled();
    expect(loadSettings).toHaveBeenLastCalledWith(expect.stringMatching(/\/pupils$/), false);
    expect(opts.sendRead).toHaveBeenCalledTimes(1);
    slow.resolve(settings());
    await settle(50);
    // Then read again, with the new page's settings.
    expect(opts.sendRead).toHaveBeenCalledTimes(2);
  });
});
