import { MatchPattern } from 'wxt/utils/match-patterns';
import type { SenderKind } from '../messages';
import { DEMO_ORIGINS } from '../sites/known-sites';
import { DEMO_FORMS_PATH, KNOWN_FORM_PATTERNS, onPatterns } from '../sites/site-kind';

/**
 * Who sent a message, as the browser (never the page) tells it. The listener classifies every
 * sender before a handler runs (lib/background/listen.ts), so handlers get a typed sender, not
 * `unknown`.
 */
export type Sender =
  | { kind: 'extension-page'; url: string }
  | ContentSender<'mis-page'>
  | ContentSender<'form-page'>
  /** Not ours, or not a page we know how to talk to (another extension, a frame with no address). */
  | { kind: 'unknown'; why: string };

/** A content script in a tab: its page's address, origin and frame. */
export interface ContentSender<K extends 'mis-page' | 'form-page' = 'mis-page' | 'form-page'> {
  kind: K;
  url: string;
  /** `https://school.example-mis.uk` */
  origin: string;
  tabId: number;
  frameId: number;
  /** Chromium names the very document that asked; Firefox does not. */
  documentId?: string;
}

/** The part of `runtime.MessageSender` used here (the browser's type is assignable to it). */
export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
  documentId?: string;
}

export interface Extension {
  /** `browser.runtime.id` */
  id: string;
  /**
   * `browser.runtime.getURL('/')`, e.g. `chrome-extension://<id>/`: compared as a prefix, since URL
   * origins of extension schemes are opaque ('null') outside the browser.
   */
  base: string;
}

/**
 * Form sites: the known LA sites, those the user added as form sites (`formSites`, patterns from the
 * site-kinds setting, lib/sites/site-kind.ts) and the bundled demo forms under /forms/.
 */
const DEMO_PATTERNS = DEMO_ORIGINS.map((o) => new MatchPattern(o));
export { DEMO_FORMS_PATH };

// Strings, not URLs: the matcher tests `instanceof Location`, which a service worker does not define.
export function isFormPage(url: URL, formSites: readonly string[] = KNOWN_FORM_PATTERNS): boolean {
  if (onPatterns(url.href, formSites)) return true;
  return DEMO_PATTERNS.some((p) => p.includes(url.href)) && url.pathname.startsWith(DEMO_FORMS_PATH);
}

function parseUrl(url: string | undefined): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

/** `formSites`: every form site's pattern (known and hand-added); by default the known ones only. */
export function classifySender(raw: RawSender, ext: Extension, formSites: readonly string[] = KNOWN_FORM_PATTERNS): Sender {
  if (raw.id !== ext.id) return { kind: 'unknown', why: 'not this extension' };
  const url = parseUrl(raw.url);
  if (!url) return { kind: 'unknown', why: 'no address' };
  if (url.href.startsWith(ext.base)) return { kind: 'extension-page', url: url.href };
  if (raw.tab?.id === undefined || raw.frameId === undefined) return { kind: 'unknown', why: 'not a page in a tab' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'unknown', why: 'not a web page' };
  return {
    kind: isFormPage(url, formSites) ? 'form-page' : 'mis-page',
    url: url.href,
    origin: url.origin,
    tabId: raw.tab.id,
    frameId: raw.frameId,
    ...(raw.documentId ? { documentId: raw.documentId } : {}),
  };
}

/** The kinds a sender may be; `unknown` may send nothing. */
export function senderKind(s: Sender): SenderKind | null {
  return s.kind === 'unknown' ? null : s.kind;
}

/** True when `address` (a URL or an origin) is on the sender's own origin. */
export function isOwnAddress(s: Sender, address: string): boolean {
  if (s.kind !== 'mis-page' && s.kind !== 'form-page') return false;
  return parseUrl(address)?.origin === s.origin;
}
