/**
 * The MIS content script's work on one page: pick a reader, read, send complete reads to the
 * background, draw the badges it answers with, and keep them right as the page changes — DOM
 * changes and SPA navigation (debounced observer, no polling), virtualised grids (rows accumulated
 * as they scroll past), and marks edited before saving (badges updated locally within a frame, then
 * recomputed by the background). Nothing is stored or flagged from a page that was not read fully.
 */
import { pickReader } from '../readers/registry';
import { Accumulator } from '../readers/generic/accumulate';
import { checkView, type ReadResult, type RegisterView } from '../readers/view';
import { send } from '../messaging';
import { mountOverlay, isOverlayNode, type OverlayHandle } from '../overlay/mount';
import { isSiteEnabled, toDisplayPrefs, type OverlayPrefs } from '../settings/overlay-prefs';
import { applyUnsavedMarks, summaryFor, type LiveOptions } from '../overlay/live';
import type { PupilBadge } from '../overlay/types';
import { watchPage } from '../page/watch';
import { hideNotice, showNotice, type NoticeAction } from './notice';
import { isOwnMutation } from './own-mutations';
import { readTaught } from '../readers/generic/taught';
import type { TaughtEntry } from '../settings/taught';
import { looksLikeRegister } from './teach/looks-like-register';
import { isTeachNode } from './teach/teach-mode';

export interface SessionOptions {
  signal: AbortSignal;
  /** Flag settings (storage.local); `setPrefs` on the session applies later changes. */
  prefs: OverlayPrefs;
  /** Remembers that the first-run hint was dismissed. */
  onHintDismissed?: () => void;
  /** Reader ids the user switched off in options. */
  readerEnabled?: (id: string) => boolean;
  /** Opens an extension page (dashboard, actions, referral) for a pupil. */
  openExtensionPage?: (path: string) => void;
  /** The page the user taught for this address, if any: it wins over the built-in readers. */
  taughtFor?: (url: URL) => TaughtEntry | undefined;
  /** Starts "Teach this page" (offered in the notice). */
  teach?: () => void;
}

export interface RegisterSession {
  /** Read the page now (also run on every debounced change). */
  scan(): Promise<void>;
  /** Forget what was accumulated and sent, and read afresh (a taught mapping or reader switch changed). */
  refresh(): Promise<void>;
  /** New flag settings: switching the site off removes everything at once and stops reading. */
  setPrefs(prefs: OverlayPrefs): void;
  readonly lastView: RegisterView | null;
}

export function startRegisterSession(opts: SessionOptions): RegisterSession {
  const { signal } = opts;
  let prefs = opts.prefs;
  const siteOn = () => isSiteEnabled(prefs, location.href);
  let overlay: OverlayHandle | null = null;
  let base: PupilBadge[] = [];
  /** From the background's last answer: the LA bands and the date the figures run to. */
  let live: LiveOptions = {};
  let rows: ReadonlyMap<string, Element> = new Map();
  let lastView: RegisterView | null = null;
  let lastSent = '';
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
    const key = `${title}|${detail}|${actions.map((a) => a.label).join()}`;
    if (key === noticeKey) return;
    noticeKey = key;
    showNotice(title, detail, actions, signal);
  };
  const unnotify = () => {
    noticeKey = '';
    hideNotice();
  };
  const teachActions = (label = 'Teach this page'): NoticeAction[] => (opts.teach ? [{ label, run: () => opts.teach?.() }] : []);

  const read = (): ReadResult | null => {
    const url = new URL(location.href);
    const taught = opts.taughtFor?.(url);
    let result: ReadResult;
    if (taught) {
      // The user's own instruction for this page wins over the built-in readers.
      try {
        result = readTaught(document, taught.mapping);
      } catch (e) {
        console.warn('Attendance Lens: the taught mapping for this page could not be used:', e);
        return null;
      }
    } else {
      const pick = pickReader(document, url, opts.readerEnabled);
      if (!pick) return null;
      result = pick.reader.read(document, url);
    }
    // Virtualised grids show a slice of their rows: merge successive slices by pupil.
    accumulator.add(result);
    return accumulator.result() ?? result;
  };

  const draw = (badges: PupilBadge[], group: string | null) => {
    const summary = summaryFor(badges, group);
    if (overlay) overlay.update(badges, summary, rows);
    else
      overlay = mountOverlay({
        rows,
        badges,
        summary,
        prefs: toDisplayPrefs(prefs),
        signal,
        // Dashboard, action and referral links join the panel when those pages exist in the build.
        handlers: {
          importHistory: () => opts.openExtensionPage?.('options.html#data-heading'),
          ...(opts.onHintDismissed ? { dismissHint: opts.onHintDismissed } : {}),
        },
      });
  };

  const scanOnce = async () => {
    // Switched off for this site: nothing is read, stored or drawn.
    if (!siteOn()) {
      clearOverlay();
      unnotify();
      return;
    }
    const result = read();
    if (!result) {
      lastView = null;
      clearOverlay();
      // No reader knows the page; if it looks like a register, the user can teach it.
      if (opts.teach && looksLikeRegister(document))
        notify('no reader recognises this page', 'If this is a register, you can show Attendance Lens where the names and marks are.', teachActions());
      else unnotify();
      return;
    }
    // The one schema check of a view leaving the reader (an invalid view comes back incomplete, with why).
    const view = checkView(result.view);
    lastView = view;
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
    unnotify();
    // Same read as last time (re-render, scroll): nothing to send; just re-apply any edits locally.
    const fingerprint = JSON.stringify([view.pupils.map((p) => p.key), view.marks]);
    if (fingerprint === lastSent && base.length) return applyEdits(view);
    lastSent = fingerprint;
    const answer = await send('register-read', { url: location.href, view, store: true });
    if (signal.aborted) return;
    if (!answer.ok) {
      clearOverlay();
      notify('nothing stored from this page', answer.message ?? 'The page could not be used.', []);
      return;
    }
    base = answer.badges;
    live = { asOf: answer.asOf, bandRules: answer.bandRules };
    if (!answer.showFlags) return clearOverlay();
    draw(base, view.context.group ?? null);
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
    if (!base.length) return;
    const byPupil = new Map<string, Record<string, string>>();
    for (const m of view.marks) {
      let r = byPupil.get(m.pupil);
      if (!r) byPupil.set(m.pupil, (r = {}));
      r[`${m.date}|${m.session}`] = m.code;
    }
    const next = base.map((b) => applyUnsavedMarks(b, byPupil.get(b.key) ?? {}, live));
    draw(next, view.context.group ?? null);
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
        if (!signal.aborted) console.warn('Attendance Lens: reading this page failed:', e);
      } finally {
        scanning = null;
      }
    })();
    return scanning;
  };

  watchPage(
    (kind) => {
      if (kind === 'navigation') {
        accumulator.reset();
        lastSent = '';
        noticeKey = '';
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
    refresh: () => {
      accumulator.reset();
      lastSent = '';
      noticeKey = '';
      return scan();
    },
    setPrefs(next) {
      const wasOn = siteOn();
      prefs = next;
      if (!siteOn()) {
        clearOverlay();
        unnotify();
      } else if (!wasOn) {
        accumulator.reset();
        lastSent = '';
        void scan();
      } else overlay?.setPrefs(toDisplayPrefs(prefs));
    },
    get lastView() {
      return lastView;
    },
  };
}
