/**
 * The session's one notice on the page. The same notice again (every DOM change re-reads the page) is
 * not redrawn: redrawing would be a DOM change itself, and a notice the user dismissed stays dismissed
 * until what it says changes.
 */
import { hideNotice, showNotice, type NoticeAction } from '../notice';
import type { NoticeOffer, SessionNotice } from './notices';

export interface Notifier {
  /** Shows a notice unless the session ended or the site is switched off. */
  say(n: SessionNotice, extra?: NoticeAction[]): void;
  /** Shows a notice even when the site is not known to be on (the settings could not be read). */
  sayAlways(n: SessionNotice): void;
  hide(): void;
  /** Forget what was shown, so the next notice is drawn even if it is the same. */
  forget(): void;
}

export function notifier(opts: {
  signal: AbortSignal;
  siteOn: () => boolean;
  /** The buttons an offer stands for. */
  actionsFor: (offer: NoticeOffer) => NoticeAction[];
}): Notifier {
  let shownKey = '';
  const keyOf = (title: string, detail: string, actions: NoticeAction[]) => `${title}|${detail}|${actions.map((a) => a.label).join()}`;
  return {
    say(n, extra = []) {
      // Nothing is drawn on a page the extension has left, or on a site switched off.
      if (opts.signal.aborted || !opts.siteOn()) return;
      const actions = [...extra, ...opts.actionsFor(n.offer)];
      const key = keyOf(n.title, n.detail, actions);
      if (key === shownKey) return;
      shownKey = key;
      showNotice(n.title, n.detail, actions, opts.signal);
    },
    sayAlways(n) {
      shownKey = 'settings';
      showNotice(n.title, n.detail, opts.actionsFor(n.offer), opts.signal);
    },
    hide() {
      shownKey = '';
      hideNotice();
    },
    forget() {
      shownKey = '';
    },
  };
}
