/**
 * The MIS content script's work on one page: pick a reader, read, send complete reads to the
 * background, draw the badges it answers with, and keep them right as the page changes — DOM
 * changes and SPA navigation (debounced observer, no polling), virtualised grids (rows accumulated
 * as they scroll past), and marks edited before saving (badges updated locally within a frame, then
 * recomputed by the background). Nothing is stored or flagged from a page that was not read fully.
 *
 * Settings come from the background (validated there), and the overlay and the generic reader are
 * loaded only when a page needs them (parts.ts), so what runs on every MIS page stays small.
 */
import { messageErrorCode } from '../message-errors';
import { readPage } from '../readers/registry';
import { Accumulator } from '../readers/generic/accumulate';
import { mayHoldRegister } from '../readers/generic/gate';
import type { ReadResult, RegisterView } from '../readers/view';
import type { PageSettings, Request, Response } from '../messages';
import { isOverlayNode } from '../overlay/host';
import type { LiveOptions } from '../overlay/live';
import type { OverlayHandle } from '../overlay/mount';
import type { PupilBadge } from '../overlay/types';
import { watchPage } from '../page/watch';
import { addActionHref, pupilHref, referralHref } from '../dashboard/routes';
import { hideNotice, showNotice, type NoticeAction } from './notice';
import { isOwnMutation } from './own-mutations';
import { GENERIC_READER_ID, type GenericPart, type LoadPart, type OverlayPart } from './parts';
import { isTeachNode } from './teach/host';
import { looksLikeRegister } from './teach/looks-like-register';

export interface SessionOptions {
  signal: AbortSignal;
  /** This page's settings, from the background (asked again on navigation and on `settingsChanged`). */
  loadSettings: (url: string) => Promise<PageSettings>;
  /** Sends a read to the background: it stores saved marks and answers with badges. */
  sendRead: (req: Request<'register-read'>) => Promise<Response<'register-read'>>;
  /** Loads the overlay or the generic reader into this page on first need. */
  loadPart: LoadPart;
  /** Saves what "Teach this page" produced (the background validates and stores it). */
  saveTaught: (input: Request<'save-taught'>) => Promise<Response<'save-taught'>>;
  /** Remembers that the first-run hint was dismissed. */
  onHintDismissed?: () => void;
  /** Remembers that the user shrank (or opened) the dock. */
  onDockCollapsed?: (collapsed: boolean) => void;
  /** Opens an extension page (settings, dashboard) in a new tab. */
  openExtensionPage?: (path: string) => void;
  /** The user opened a stored pupil's panel: the prefill and side panels suggest them first. */
  onPupilOpened?: (pupilId: string) => void;
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

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** A settings request that failed is tried once more after this long (the background may be starting). */
export const SETTINGS_RETRY_MS = 1000;

export function startRegisterSession(opts: SessionOptions): RegisterSession {
  const { signal } = opts;
  /** The settings and the page (origin + path) they were asked for: taught mappings are per path. */
  let settings: (PageSettings & { page: string }) | null = null;
  let settingsSeq = 0;
  const pageKey = () => location.origin + location.pathname;
  /** Settings for the page now on screen; null while they are (re)loading after a navigation. */
  const current = () => (settings?.page === pageKey() ? settings : null);
  // On/off is per site, so it stays known across an SPA navigation within the site.
  const siteOn = () => settings !== null && new URL(settings.page).origin === location.origin && settings.siteOn;
  const readerEnabled = (id: string) => current()?.readerSwitches[id] !== false;
  let overlay: OverlayHandle | null = null;
  let ui: OverlayPart | null = null;
  let generic: GenericPart | null = null;
  /** The last read wants the generic reader as a fallback (readers issue #12). */
  let wantsGeneric = false;
  let teaching: { close(): void } | null = null;
  /** Where the MIS that read this page shows many sessions at once (for the first-run hint). */
  let historyPages: string | undefined;
  let base: PupilBadge[] = [];
  /** From the background's last answer: the LA bands and the date the figures run to. */
  let live: LiveOptions = {};
  let rows: ReadonlyMap<string, Element> = new Map();
  let lastSent = '';
  /** A read the background refused: not sent again until the page shows something else. */
  let lastRefused = '';
  let scanning: Promise<void> | null = null;
  let rescan = false;
  const accumulator = new Accumulator();

  const clearOverlay = () => {
    overlay?.destroy();
    overlay = null;
    base = [];
  };
  signal.addEventListener('abort', clearOverlay, { once: true });

  // The same notice again (every DOM change re-reads the page) is not redrawn: redrawing would be a
  // DOM change itself, and a notice the user dismissed stays dismissed until what it says changes.
  let noticeKey = '';
  const notify = (title: string, detail: string, actions: NoticeAction[]) => {
    // Nothing is drawn on a page the extension has left, or on a site switched off.
    if (signal.aborted || !siteOn()) return;
    const key = `${title}|${detail}|${actions.map((a) => a.label).join()}`;
    if (key === noticeKey) return;
    noticeKey = key;
    showNotice(title, detail, actions, signal);
  };
  const unnotify = () => {
    noticeKey = '';
    hideNotice();
  };
  /** Nothing from before stays on screen: it described another page, or data we are no longer sure of. */
  const clearAll = () => {
    clearOverlay();
    unnotify();
  };
  const teachActions = (label = 'Teach this page'): NoticeAction[] => [{ label, run: () => void teach() }];
  const forget = () => {
    accumulator.reset();
    lastSent = '';
    lastRefused = '';
    noticeKey = '';
  };

  /**
   * Asks the background for this page's settings. Only the newest request counts: an answer overtaken
   * by another request (a navigation, a second settings change) is dropped. One retry after a second
   * covers a background that was starting up.
   */
  const loadSettings = async (): Promise<boolean> => {
    const seq = ++settingsSeq;
    const page = pageKey();
    let got: PageSettings;
    try {
      got = await opts.loadSettings(location.href);
    } catch {
      await new Promise((r) => setTimeout(r, opts.settingsRetryMs ?? SETTINGS_RETRY_MS));
      if (seq !== settingsSeq || signal.aborted) return false;
      got = await opts.loadSettings(location.href);
    }
    if (seq !== settingsSeq || signal.aborted) return false;
    settings = { ...got, page };
    return true;
  };

  /** Loads the generic reader and teach mode, or says on the page why it could not. */
  const loadGeneric = async (): Promise<boolean> => {
    if (generic) return true;
    try {
      generic = await opts.loadPart('generic');
      return true;
    } catch (e) {
      clearOverlay();
      notify('this page could not be read', `Attendance Lens could not load its page reader here (${(e as Error).message}). Reload the page to try again.`, []);
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

  const scanOnce = async () => {
    if (!current()) {
      try {
        if (!(await loadSettings())) return; // overtaken: the newer request's scan follows
      } catch (e) {
        clearAll();
        // Not `notify`: without settings we do not know the site is on, and this must still be said.
        noticeKey = 'settings';
        showNotice('Attendance Lens could not start on this page', `Its settings could not be read (${(e as Error).message}). Reload the page to try again.`, [], signal);
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
    // No MIS reader knows the page: the generic reader may, if it is switched on and the page has
    // something it could read, or the user taught the page. Loaded once; later scans read synchronously.
    if ((!result || wantsGeneric) && !generic && (s.taught || (readerEnabled(GENERIC_READER_ID) && mayHoldRegister(document)))) {
      if (!(await loadGeneric()) || signal.aborted) return;
      result = read();
    }
    if (!result) {
      clearOverlay();
      // No reader knows the page; if it looks like a register, the user can teach it.
      if (looksLikeRegister(document))
        notify('no reader recognises this page', 'If this is a register, you can show Attendance Lens where the names and marks are.', teachActions());
      else unnotify();
      return;
    }
    const view = result.view;
    rows = result.rows;
    if (!view.complete) {
      clearOverlay();
      const first = view.problems[0];
      const scrolling = first?.where === 'rows-in-view';
      notify(
        scrolling ? 'keep scrolling to read this grid' : "this page's layout isn't fully recognised",
        `${first ? first.what + '. ' : ''}Nothing from this page is stored or flagged until it can be read completely.`,
        scrolling ? [] : teachActions(view.reader === 'taught' ? 'Teach this page again' : 'Teach this page'),
      );
      return;
    }
    // Same read as last time (re-render, scroll): nothing to send; just re-apply any edits locally.
    const fingerprint = JSON.stringify([view.pupils.map((p) => p.key), view.marks]);
    if (fingerprint === lastRefused) return;
    if (fingerprint === lastSent && (base.length || view.kind === 'pupil-list')) {
      unnotify();
      return applyEdits(view);
    }
    lastSent = fingerprint;
    // The overlay loads while the background works out the badges.
    const overlayPart = ui ? Promise.resolve(ui) : opts.loadPart('overlay');
    overlayPart.catch(() => {});
    let answer: Response<'register-read'>;
    try {
      answer = await opts.sendRead({ url: location.href, view, store: true });
    } catch (e) {
      // The background checks every view before storing it: one it refuses is a reader's fault. The
      // same read is not sent again; a change on the page is.
      lastSent = '';
      lastRefused = fingerprint;
      clearOverlay();
      const why = (e as Error).message ?? String(e);
      const refused = messageErrorCode(e) === 'invalid-request';
      console.warn('Attendance Lens: the background did not take this page:', why);
      notify(
        'nothing stored from this page',
        refused
          ? 'What was read from this page did not pass the checks made before anything is stored, so nothing from it is stored or flagged. If this is a register, you can show Attendance Lens where the names and marks are.'
          : 'The extension could not use this page (the details are in the browser console).',
        refused ? teachActions() : [],
      );
      return;
    }
    if (signal.aborted) return;
    if (!answer.showFlags) return clearAll();
    if (!answer.ok) {
      clearOverlay();
      notify('nothing stored from this page', answer.message ?? 'The page could not be used.', []);
      return;
    }
    unnotify();
    // A pupil list has no marks: read for who is on roll, but no badges and no history notice (issue 16).
    if (view.kind === 'pupil-list') return clearOverlay();
    base = answer.badges;
    live = { asOf: answer.asOf, bandRules: answer.bandRules };
    try {
      ui = await overlayPart;
      if (signal.aborted || !siteOn()) return;
      draw(ui, base, view.context.group ?? null);
    } catch (e) {
      clearOverlay();
      notify('flags cannot be shown on this page', `The register was read, but the flags could not be drawn (${(e as Error).message}).`, []);
      return;
    }
    // Identity is never guessed: a pupil who matches two stored records, or contradicts one, is left
    // out of the store, and the user is told rather than left to wonder about thin history.
    const n = answer.stored.conflicts;
    if (n > 0)
      notify(
        `${n} pupil${n === 1 ? '' : 's'} on this page not matched`,
        `${n === 1 ? 'One pupil matches' : `${n} pupils match`} more than one stored record, or contradict one (a different UPN or date of birth), so their marks here were not stored and their flags use this page only.`,
        [],
      );
  };

  /** Edits on screen since the background's last answer, applied exactly and locally (≤ 1 frame). */
  const applyEdits = (view: RegisterView) => {
    if (!base.length || !ui) return;
    const byPupil = new Map<string, Record<string, string>>();
    for (const m of view.marks) {
      let r = byPupil.get(m.pupil);
      if (!r) byPupil.set(m.pupil, (r = {}));
      r[`${m.date}|${m.session}`] = m.code;
    }
    const part = ui;
    const next = base.map((b) => part.applyUnsavedMarks(b, byPupil.get(b.key) ?? {}, live));
    draw(part, next, view.context.group ?? null);
  };

  const scan = async () => {
    if (scanning) {
      rescan = true;
      return scanning;
    }
    scanning = (async () => {
      try {
        do {
          rescan = false;
          await scanOnce();
        } while (rescan && !signal.aborted);
      } catch (e) {
        if (signal.aborted) return;
        console.warn('Attendance Lens: reading this page failed:', e);
        clearOverlay();
        notify('Attendance Lens stopped on this page', `Something went wrong while reading it (${(e as Error)?.message ?? e}). Nothing more from it is stored or flagged.`, []);
      } finally {
        scanning = null;
      }
    })();
    return scanning;
  };

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

  const settingsChanged = async () => {
    const before = current();
    try {
      if (!(await loadSettings())) return;
    } catch (e) {
      console.warn('Attendance Lens: settings could not be read:', e);
      return;
    }
    const now = current();
    if (!now) return;
    if (!now.siteOn) {
      teaching?.close();
      clearAll();
      return;
    }
    if (!before?.siteOn) return refresh();
    if (!sameJson(before.taught, now.taught) || !sameJson(before.readerSwitches, now.readerSwitches) || before.profile !== now.profile)
      return refresh();
    if (!sameJson(before.display, now.display)) overlay?.setPrefs(now.display);
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
