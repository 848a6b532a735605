/**
 * The MIS content script's work on one page: pick a reader, read, send complete reads to the
 * background, draw the badges it answers with, and keep them right as the page changes — DOM
 * changes and SPA navigation (debounced observer, no polling), virtualised grids (rows accumulated
 * as they scroll past), and marks edited before saving (badges updated locally within a frame, then
 * recomputed by the background). Nothing is stored or flagged from a page that was not read fully.
 */
import { pickReader } from '../readers/registry';
import { Accumulator } from '../readers/generic/accumulate';
import { registerViewSchema, type ReadResult, type RegisterView } from '../readers/view';
import { send } from '../messaging';
import { mountOverlay, isOverlayNode, type OverlayHandle, type OverlayDisplayPrefs } from '../overlay/mount';
import { applyUnsavedMarks, summaryFor } from '../overlay/live';
import type { PupilBadge } from '../overlay/types';
import { watchPage } from '../page/watch';
import { hideNotice, isNoticeNode, showNotice } from './notice';

export interface SessionOptions {
  signal: AbortSignal;
  prefs: OverlayDisplayPrefs;
  /** Reader ids the user switched off in options. */
  readerEnabled?: (id: string) => boolean;
  /** Opens an extension page (dashboard, actions, referral) for a pupil. */
  openExtensionPage?: (path: string) => void;
}

export interface RegisterSession {
  /** Read the page now (also run on every debounced change). */
  scan(): Promise<void>;
  readonly lastView: RegisterView | null;
}

export function startRegisterSession(opts: SessionOptions): RegisterSession {
  const { signal } = opts;
  let overlay: OverlayHandle | null = null;
  let base: PupilBadge[] = [];
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

  const read = (): ReadResult | null => {
    const url = new URL(location.href);
    const pick = pickReader(document, url, opts.readerEnabled);
    if (!pick) return null;
    const result = pick.reader.read(document, url);
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
        prefs: opts.prefs,
        signal,
        handlers: {
          openInDashboard: (b) => opts.openExtensionPage?.(`dashboard.html#/pupil/${encodeURIComponent(b.pupilId ?? b.key)}`),
          addAction: (b) => opts.openExtensionPage?.(`dashboard.html#/pupil/${encodeURIComponent(b.pupilId ?? b.key)}/actions/new`),
          startReferral: (b) => opts.openExtensionPage?.(`dashboard.html#/pupil/${encodeURIComponent(b.pupilId ?? b.key)}/referral`),
        },
      });
  };

  const scanOnce = async () => {
    const result = read();
    if (!result) {
      lastView = null;
      clearOverlay();
      hideNotice();
      return;
    }
    const parsed = registerViewSchema.safeParse(result.view);
    if (!parsed.success) {
      clearOverlay();
      showNotice("this page couldn't be read", 'What the page shows did not pass our checks, so nothing from it is stored or flagged.', [], signal);
      return;
    }
    const view = parsed.data;
    lastView = view;
    rows = result.rows;
    if (!view.complete) {
      clearOverlay();
      const first = view.problems[0];
      showNotice(
        first?.where === 'rows-in-view' ? 'keep scrolling to read this grid' : "this page's layout isn't fully recognised",
        `${first ? first.what + '. ' : ''}Nothing from this page is stored or flagged until it can be read completely.`,
        [],
        signal,
      );
      return;
    }
    hideNotice();
    // Same read as last time (re-render, scroll): nothing to send; just re-apply any edits locally.
    const fingerprint = JSON.stringify([view.pupils.map((p) => p.key), view.marks]);
    if (fingerprint === lastSent && base.length) return applyEdits(view);
    lastSent = fingerprint;
    const answer = await send('register-read', { url: location.href, view, store: true });
    if (signal.aborted) return;
    if (!answer.ok) {
      clearOverlay();
      showNotice('nothing stored from this page', answer.message ?? 'The page could not be used.', [], signal);
      return;
    }
    base = answer.badges;
    if (!answer.showFlags) return clearOverlay();
    draw(base, view.context.group ?? null);
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
    const next = base.map((b) => applyUnsavedMarks(b, byPupil.get(b.key) ?? {}));
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
      }
      void scan();
    },
    { signal, isOwnNode: (n) => isOverlayNode(n) || isNoticeNode(n) },
  );

  // A mark changed on screen (before saving): update that badge at once, then let the background
  // recompute everything (time-window markers too) with the unsaved mark.
  const onEdit = (e: Event) => {
    if (!(e.target instanceof Element) || isOverlayNode(e.target)) return;
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
    get lastView() {
      return lastView;
    },
  };
}
