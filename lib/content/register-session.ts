/**
 * The MIS content script's work on one page: pick a reader, read, send complete reads to the
 * background, draw the badges it answers with, and keep them right as the page changes — DOM
 * changes and SPA navigation (debounced observer, no polling), virtualised grids (rows accumulated
 * as they scroll past), and marks edited before saving (badges updated locally within a frame, then
 * recomputed by the background). Nothing is stored or flagged from a page that was not read fully.
 *
 * Settings come from the background (validated there), and the overlay and the generic reader are
 * loaded only when a page needs them (parts.ts), so what runs on every MIS page stays small.
 *
 * This file wires the units in `session/`: the settings client, the read tracker (de-duplication),
 * the notice decisions (pure) and the notifier, live edits, and the one-at-a-time scan.
 */
import { messageErrorCode } from '../message-errors';
import { readPage } from '../readers/registry';
import { Accumulator } from '../readers/generic/accumulate';
import { mayHoldRegister } from '../readers/generic/gate';
import type { ReadResult, RegisterView } from '../readers/view';
import type { LastRead, PageSettings, Request, Response } from '../messages';
import { viewKey } from '../readers/view-key';
import { isOverlayNode } from '../overlay/host';
import type { OverlayHandle } from '../overlay/mount';
import type { PupilBadge } from '../pupil/badge';
import { watchPage } from '../page/watch';
import { addActionHref, pupilHref, referralHref } from '../dashboard/routes';
import type { NoticeAction } from './notice';
import { isOwnMutation } from './own-mutations';
import { GENERIC_READER_ID, type GenericPart, type LoadPart, type OverlayPart, type PartName } from './parts';
import { isTeachNode } from './teach/host';
import { looksLikeRegister } from './teach/looks-like-register';
import { scrollThrough } from './scroll-through';
import { settingsChange, settingsClient, SETTINGS_RETRY_MS } from './session/settings-client';
import { ReadTracker, readFingerprint } from './session/read-tracker';
import { LiveEdits } from './session/live-edits';
import { notifier } from './session/notifier';
import { serialised } from './session/serial';
import {
  noticeForCrash,
  noticeForDrawFailed,
  noticeForIdentity,
  noticeForIncomplete,
  noticeForNoSettings,
  noticeForNotUsed,
  noticeForPartFailed,
  noticeForRefusal,
  noticeForUnread,
  type SessionNotice,
} from './session/notices';

export { SETTINGS_RETRY_MS };

export interface SessionOptions {
  signal: AbortSignal;
  /**
   * This page's settings, from the background (asked again on navigation and on `settingsChanged`;
   * `fresh` then: read from storage, not the background's copy, which may not have heard yet).
   */
  loadSettings: (url: string, fresh: boolean) => Promise<PageSettings>;
  /** Sends a read to the background: it stores saved marks and answers with badges. */
  sendRead: (req: Request<'register-read'>) => Promise<Response<'register-read'>>;
  /** Loads the overlay or the generic reader into this page on first need. */
  loadPart: LoadPart;
  /** Saves what "Teach this page" produced (the background validates and stores it). */
  saveTaught: (input: Request<'save-taught'>) => Promise<Response<'save-taught'>>;
  /** Remembers that this site's names in `group` are the school's pupils (the notice's one-time confirm). */
  confirmNameLink?: (group: string) => Promise<unknown>;
  /** Remembers that the first-run hint was dismissed. */
  onHintDismissed?: () => void;
  /** Remembers that the user shrank (or opened) the dock. */
  onDockCollapsed?: (collapsed: boolean) => void;
  /** Opens an extension page (settings, dashboard) in a new tab. */
  openExtensionPage?: (path: string) => void;
  /** The user opened a stored pupil's panel: the prefill and side panels suggest them first. */
  onPupilOpened?: (pupilId: string) => void;
  /**
   * The background's answer to this page's last read (same address, nothing written since): drawn at once
   * by the first read that finds exactly that view, before that read's own answer arrives and is drawn.
   */
  lastRead?: LastRead;
  /** Wait before asking again for settings that could not be read (default SETTINGS_RETRY_MS). */
  settingsRetryMs?: number;
}

export interface RegisterSession {
  /** Read the page now (also run on every debounced change). */
  scan(): Promise<void>;
  /** Forget what was accumulated and sent, and read afresh. */
  refresh(): Promise<void>;
  /** Settings changed somewhere (options, popup, another tab): ask again and apply what changed. */
  settingsChanged(): Promise<void>;
  /** Starts "Teach this page" (offered in the notice). */
  teach(): Promise<void>;
  /** The keyboard shortcut: focus to the first badge or the summary; false when nothing is drawn. */
  focusOverlay(): boolean;
}

export function startRegisterSession(opts: SessionOptions): RegisterSession {
  const { signal } = opts;
  const settings = settingsClient({ signal, load: opts.loadSettings, ...(opts.settingsRetryMs !== undefined ? { retryMs: opts.settingsRetryMs } : {}) });
  const { current, siteOn, readerEnabled } = settings;
  let overlay: OverlayHandle | null = null;
  let ui: OverlayPart | null = null;
  let generic: GenericPart | null = null;
  /** The last read wants the generic reader as a fallback (readers issue #12). */
  let wantsGeneric = false;
  /** The last read's page kind is read by a part not loaded yet (a pupil's history). */
  let wantsPart: PartName | undefined;
  let teaching: { close(): void } | null = null;
  /** Where the MIS that read this page shows many sessions at once (for the first-run hint). */
  let historyPages: string | undefined;
  let rows: ReadonlyMap<string, Element> = new Map();
  let lastRead = opts.lastRead;
  const edits = new LiveEdits();
  const sent = new ReadTracker();
  const accumulator = new Accumulator();

  const clearOverlay = () => {
    overlay?.destroy();
    overlay = null;
    edits.clear();
  };
  signal.addEventListener('abort', clearOverlay, { once: true });

  const actionsFor = (n: SessionNotice): NoticeAction[] => {
    if (n.offer === 'none') return [];
    if (n.offer === 'confirm-names') return opts.confirmNameLink && n.group ? [{ label: `Store ${n.group} by name`, run: () => void confirmNames(n.group!) }] : [];
    if (n.offer === 'read-all') return [{ label: 'Read the whole grid', run: () => void readWholeGrid() }];
    return [{ label: n.offer === 'teach-again' ? 'Teach this page again' : 'Teach this page', run: () => void teach() }];
  };
  const notice = notifier({ signal, siteOn, actionsFor });
  /** Scrolls the grid through once (a second press while it runs does nothing), read at every position. */
  let throughRunning = false;
  const readWholeGrid = async () => {
    if (throughRunning) return;
    throughRunning = true;
    try {
      await scrollThrough([...rows.values()].find((r) => r.isConnected), { signal, onStep: () => scan() });
    } finally {
      throughRunning = false;
    }
  };
  /** Nothing from before stays on screen: it described another page, or data we are no longer sure of. */
  const clearAll = () => {
    clearOverlay();
    notice.hide();
  };
  const forget = () => {
    accumulator.reset();
    sent.forget();
    notice.forget();
  };

  /** Loads the generic reader and teach mode, or says on the page why it could not. */
  const loadGeneric = async (): Promise<boolean> => {
    if (generic) return true;
    try {
      generic = await opts.loadPart('generic');
      return true;
    } catch (e) {
      clearOverlay();
      notice.say(noticeForPartFailed((e as Error).message));
      return false;
    }
  };

  /** Synchronous, so a mark edit can update its badge within the frame. */
  const read = (): ReadResult | null => {
    const s = current();
    if (!s) return null;
    const url = new URL(location.href);
    let result: ReadResult;
    if (s.taught) {
      // The user's own instruction for this page wins over the built-in readers.
      if (!generic) return null;
      historyPages = undefined;
      try {
        result = generic.readTaught(document, s.taught.mapping);
      } catch (e) {
        console.warn('Attendance Lens: the taught mapping for this page could not be used:', e);
        return null;
      }
    } else {
      // readers issue #12: an MIS reader matched on signature alone that cannot read the page falls back
      // to the generic reader (loaded on demand: wantsFallback).
      const got = readPage(document, url, readerEnabled, generic ? [generic.genericReader] : []);
      if (!got) return null;
      historyPages = got.reader.historyPages;
      wantsGeneric = got.wantsFallback;
      wantsPart = got.wantsPart;
      // Not merged into the slices below: it is read again once its part is in.
      if (wantsPart) return got.result;
      result = got.result;
    }
    // Virtualised grids show a slice of their rows: merge successive slices by pupil.
    accumulator.add(result);
    return accumulator.result() ?? result;
  };

  const draw = (part: OverlayPart, badges: PupilBadge[], group: string | null) => {
    const s = current();
    if (!s) return;
    const summary = part.summaryFor(badges, group);
    if (overlay) overlay.update(badges, summary, rows);
    else
      overlay = part.mountOverlay({
        rows,
        badges,
        summary,
        prefs: s.display,
        ...(historyPages ? { historyPages } : {}),
        signal,
        handlers: {
          importHistory: () => opts.openExtensionPage?.('options.html#data-heading'),
          openInDashboard: (b) => b.pupilId && opts.openExtensionPage?.(`dashboard.html${pupilHref(b.pupilId)}`),
          addAction: (b) => b.pupilId && opts.openExtensionPage?.(`dashboard.html${addActionHref(b.pupilId)}`),
          // The dashboard's referral page: choose a form; it opens with the prefill panel and this pupil.
          startReferral: (b) => b.pupilId && opts.openExtensionPage?.(`dashboard.html${referralHref(b.pupilId)}`),
          ...(opts.onPupilOpened ? { pupilOpened: (b: PupilBadge) => b.pupilId && opts.onPupilOpened?.(b.pupilId) } : {}),
          ...(opts.onHintDismissed ? { dismissHint: opts.onHintDismissed } : {}),
          ...(opts.onDockCollapsed ? { dockCollapsed: opts.onDockCollapsed } : {}),
        },
      });
  };

  /** Edits on screen since the background's last answer, applied exactly and locally (≤ 1 frame). */
  const applyEdits = (view: RegisterView) => {
    if (!ui) return;
    const part = ui;
    const next = edits.apply(part, view);
    if (next) draw(part, next, view.context.group ?? null);
  };

  const scanOnce = async () => {
    if (!current()) {
      try {
        if (!(await settings.load())) return; // overtaken: the newer request's scan follows
      } catch (e) {
        clearAll();
        // Without settings we do not know the site is on, and this must still be said.
        notice.sayAlways(noticeForNoSettings((e as Error).message));
        return;
      }
    }
    if (signal.aborted) return;
    const s = current();
    if (!s) return; // navigated while the settings loaded: that navigation's scan follows
    // Switched off for this site: nothing is read, stored or drawn.
    if (!s.siteOn) {
      teaching?.close();
      clearAll();
      return;
    }
    let result = read();
    if (wantsPart) {
      try {
        await opts.loadPart(wantsPart);
      } catch (e) {
        clearOverlay();
        notice.say(noticeForPartFailed((e as Error).message));
        return;
      }
      if (signal.aborted) return;
      result = read();
    }
    // No MIS reader knows the page: the generic reader may, if it is switched on and the page has
    // something it could read, or the user taught the page. Loaded once; later scans read synchronously.
    if ((!result || wantsGeneric) && !generic && (s.taught || (readerEnabled(GENERIC_READER_ID) && mayHoldRegister(document)))) {
      if (!(await loadGeneric()) || signal.aborted) return;
      result = read();
    }
    if (!result) {
      clearOverlay();
      // No reader knows the page; if it looks like a register, the user can teach it.
      const n = noticeForUnread(looksLikeRegister(document));
      if (n) notice.say(n);
      else notice.hide();
      return;
    }
    const view = result.view;
    rows = result.rows;
    if (!view.complete) {
      clearOverlay();
      notice.say(noticeForIncomplete(view));
      return;
    }
    // Same read as last time (re-render, scroll): nothing to send; just re-apply any edits locally.
    const fingerprint = readFingerprint(view);
    const decision = sent.decide(fingerprint, edits.base.length > 0 || view.kind === 'pupil-list');
    if (decision === 'refused-before') return;
    if (decision === 'same-as-sent') {
      notice.hide();
      return applyEdits(view);
    }
    sent.sent(fingerprint);
    // The overlay loads while the background works out the badges.
    const overlayPart = ui ? Promise.resolve(ui) : opts.loadPart('overlay');
    overlayPart.catch(() => {});
    // Sent first: the background works on it while anything drawn early is drawn.
    const asked = opts.sendRead({ url: location.href, view, store: true });
    asked.catch(() => {}); // met where it is awaited
    // Opened again with nothing written since: the last answer for exactly this view is drawn now, from
    // the same stored state; the read's own answer is drawn over it when it comes.
    const early = lastRead && !edits.base.length && lastRead.answer.badges.length && lastRead.view === viewKey(view) ? lastRead.answer : null;
    lastRead = undefined;
    if (early && view.kind !== 'pupil-list') {
      try {
        edits.answered(early.badges, { asOf: early.asOf, bandRules: early.bandRules });
        ui = await overlayPart;
        if (signal.aborted) return;
        if (siteOn()) draw(ui, edits.base, view.context.group ?? null);
      } catch {
        // Not drawn early: the read's own answer is drawn (or says why not) below.
      }
    }
    let answer: Response<'register-read'>;
    try {
      answer = await asked;
    } catch (e) {
      // The background checks every view before storing it: one it refuses is a reader's fault. The
      // same read is not sent again; a change on the page is.
      sent.refused(fingerprint);
      clearOverlay();
      console.warn('Attendance Lens: the background did not take this page:', (e as Error).message ?? String(e));
      notice.say(noticeForRefusal(messageErrorCode(e) === 'invalid-request'));
      return;
    }
    if (signal.aborted) return;
    if (!answer.showFlags) return clearAll();
    if (!answer.ok) {
      clearOverlay();
      notice.say(noticeForNotUsed(answer.message));
      return;
    }
    notice.hide();
    // A pupil list has no marks: read for who is on roll, but no badges and no history notice (issue 16).
    if (view.kind === 'pupil-list') return clearOverlay();
    edits.answered(answer.badges, { asOf: answer.asOf, bandRules: answer.bandRules });
    try {
      ui = await overlayPart;
      if (signal.aborted || !siteOn()) return;
      draw(ui, edits.base, view.context.group ?? null);
    } catch (e) {
      clearOverlay();
      notice.say(noticeForDrawFailed((e as Error).message));
      return;
    }
    const identity = noticeForIdentity(answer.identity);
    if (identity) notice.say(identity);
  };

  const scan = serialised(scanOnce, signal, (e) => {
    console.warn('Attendance Lens: reading this page failed:', e);
    clearOverlay();
    notice.say(noticeForCrash(String((e as Error)?.message ?? e)));
  });

  const refresh = () => {
    forget();
    return scan();
  };

  const teach = async () => {
    if (!(await loadGeneric()) || !generic || signal.aborted) return;
    teaching?.close();
    teaching = generic.startTeach({
      signal,
      save: opts.saveTaught,
      onClose: () => (teaching = null),
      // Read the page with what was just taught at once, without waiting for storage's echo.
      onSaved: () => void settingsChanged(),
    });
  };

  /** The user confirmed the page's names in `group` (the notice's button): store them, then read again. */
  const confirmNames = async (group: string) => {
    try {
      await opts.confirmNameLink!(group);
    } catch (e) {
      notice.say({ title: 'names not confirmed', detail: `The confirmation could not be saved (${(e as Error).message}). Try again, or reload the page.`, offer: 'none' });
      return;
    }
    if (!signal.aborted) await refresh();
  };

  const settingsChanged = async () => {
    const before = current();
    try {
      if (!(await settings.load({ fresh: true }))) return;
    } catch (e) {
      console.warn('Attendance Lens: settings could not be read:', e);
      return;
    }
    const now = current();
    if (!now) return;
    switch (settingsChange(before, now)) {
      case 'switched-off':
        teaching?.close();
        clearAll();
        return;
      case 'reread':
        return refresh();
      case 'restyle':
        overlay?.setPrefs(now.display);
        return;
      case 'nothing':
        return;
    }
  };

  watchPage(
    (kind) => {
      if (kind === 'navigation') {
        // A new page: what was drawn described the old one, and it may have settings of its own.
        forget();
        clearAll();
      }
      void scan();
    },
    { signal, isOwnMutation },
  );

  // A mark changed on screen (before saving): update that badge at once, then let the background
  // recompute everything (time-window markers too) with the unsaved mark.
  const onEdit = (e: Event) => {
    if (!siteOn() || !(e.target instanceof Element) || isOverlayNode(e.target) || isTeachNode(e.target)) return;
    const result = read();
    if (!result || !result.view.complete) return;
    rows = result.rows;
    applyEdits(result.view);
    void scan();
  };
  document.addEventListener('change', onEdit, { capture: true, signal });
  document.addEventListener('input', onEdit, { capture: true, signal });

  void scan();
  return {
    scan,
    refresh,
    settingsChanged,
    teach,
    focusOverlay: () => overlay?.focusFirst() ?? false,
  };
}
