import type { ReaderPartName } from './reader-parts';
import type { ReadResult } from './view';

/**
 * A page reader: DOM in, RegisterView out. Every reader (one per MIS, the generic table reader, and
 * each page the user taught) implements this, so the registry and the content script treat them alike.
 *
 * Readers are pure functions of `(Document, URL)`: no clock, no storage, no observers. The content
 * script decides when to re-run them (SPA navigation, DOM changes).
 */
export interface Reader {
  /** Stable id: for built-in readers, the file name (`lib/readers/mis/arbor.ts` → `arbor`); a registry test checks it. */
  readonly id: string;
  /** Shown to users (options page, per-reader on/off switch, health notice). */
  readonly label: string;
  /**
   * Where this MIS shows many sessions at once, in the MIS's own words, for the overlay's first-run
   * hint: opening those pages fills a pupil's history fastest. MIS readers only.
   */
  readonly historyPages?: string;
  /** Cheap URL predicate, run first. The generic reader matches every URL. */
  matchesUrl(url: URL): boolean;
  /**
   * How sure this reader is that it can read this page: 0 = not this reader / not a register page,
   * 1 = certain. Must be cheap (no full read) and must not throw.
   */
  detect(doc: Document, url: URL): number;
  /**
   * Read the page. Never throws for page content: a half-read page comes back with
   * `view.complete === false` and `view.problems` saying where and why.
   */
  read(doc: Document, url: URL): ReadResult;
  /**
   * The part (lib/content/parts.ts) this page's kind needs and that is not loaded in this frame yet:
   * the caller loads it and reads again. MIS readers only (their pupil-history page kind).
   */
  needsPart?(doc: Document, url: URL): ReaderPartName | undefined;
}
