/**
 * Every built-in reader, generic last, and the pick over all of them: what the read-page seam, the
 * options page and tests use. (The MIS content script picks among the MIS readers first and loads
 * the generic reader only when a page needs it.)
 */
import { genericReader } from './generic/index';
// Here every reader is at hand: the table, card and pupil-history reads too (the content script loads them on demand).
import './parts-now';
import { misReaders, pickReader, readPage, type Pick, type PageRead } from './registry';
import type { Reader } from './types';

export { misReaders, type Pick } from './registry';
export const readers: readonly Reader[] = [...misReaders, genericReader];

export function pickAnyReader(doc: Document, url: URL, enabled?: (id: string) => boolean): Pick | undefined {
  return pickReader(doc, url, enabled, [genericReader]);
}

/** Pick and read with every reader, the generic one as the fallback (see registry.ts readPage). */
export function readAnyPage(doc: Document, url: URL, enabled?: (id: string) => boolean): PageRead | undefined {
  return readPage(doc, url, enabled, [genericReader]);
}
