/**
 * The MIS readers, and how one is picked for a page: readers whose URL predicate matches are tried
 * first, by DOM signature; then any MIS reader whose signature alone fits a page on another address
 * (a saved page, a school's own host name); fallback readers (the generic reader) last. The most
 * confident reader wins; ties go to the earlier one in this list.
 *
 * The generic reader is not imported here: the MIS content script loads it only on pages that need
 * it (lib/content/parts.ts). `all.ts` has every reader, for tools and tests.
 */
import { arbor } from './mis/arbor';
import { bromcom } from './mis/bromcom';
import { isams } from './mis/isams';
import { scholarpack } from './mis/scholarpack';
import { sims } from './mis/sims';
import type { ReaderPartName } from './reader-parts';
import type { Reader } from './types';
import type { ReadResult } from './view';

export const misReaders: readonly Reader[] = [arbor, bromcom, sims, scholarpack, isams];

export interface Pick {
  reader: Reader;
  confidence: number;
}

/** Confidence an MIS reader needs without its URL matching (brand + page kind). */
const WITHOUT_URL = 0.5;

/**
 * The reader for this page, or undefined when none recognises it. `enabled` lets the options page
 * switch single readers off without touching the rest; `fallbacks` are tried when no MIS reader fits.
 */
export function pickReader(
  doc: Document,
  url: URL,
  enabled: (id: string) => boolean = () => true,
  fallbacks: readonly Reader[] = [],
): Pick | undefined {
  const mis = misReaders.filter((r) => enabled(r.id));
  let best: Pick | undefined;
  const consider = (reader: Reader, min: number): void => {
    const confidence = reader.detect(doc, url);
    if (confidence > min && (!best || confidence > best.confidence)) best = { reader, confidence };
  };
  for (const r of mis) if (r.matchesUrl(url)) consider(r, 0);
  if (best) return best;
  for (const r of mis) if (!r.matchesUrl(url)) consider(r, WITHOUT_URL - 0.01);
  if (best) return best;
  for (const r of fallbacks) if (enabled(r.id)) consider(r, 0);
  return best;
}

export interface PageRead extends Pick {
  result: ReadResult;
  /**
   * True when an MIS reader claimed the page on its DOM signature alone (not its address), could not
   * read it completely, and no fallback reader was at hand: load the generic reader and read again.
   */
  wantsFallback: boolean;
  /** The reader's page kind needs a part not loaded yet (Reader.needsPart): load it and read again. */
  wantsPart?: ReaderPartName;
}

/**
 * Picks a reader and reads the page. When an MIS reader matched on its DOM signature alone cannot
 * read the page completely (a school portal's ag-grid that looks like Arbor's), the fallback readers
 * are tried too; a complete read wins over an incomplete one, and otherwise the MIS reader's problems
 * stand. What the content script and the read-page seam both call.
 */
export function readPage(
  doc: Document,
  url: URL,
  enabled: (id: string) => boolean = () => true,
  fallbacks: readonly Reader[] = [],
): PageRead | undefined {
  const pick = pickReader(doc, url, enabled, fallbacks);
  if (!pick) return undefined;
  const result = pick.reader.read(doc, url);
  const wantsPart = pick.reader.needsPart?.(doc, url);
  if (wantsPart) return { ...pick, result, wantsFallback: false, wantsPart };
  const signatureOnly = !result.view.complete && !pick.reader.matchesUrl(url) && !fallbacks.includes(pick.reader);
  for (const f of signatureOnly ? fallbacks : []) {
    const confidence = enabled(f.id) ? f.detect(doc, url) : 0;
    const other = confidence > 0 ? f.read(doc, url) : undefined;
    if (other?.view.complete) return { reader: f, confidence, result: other, wantsFallback: false };
  }
  return { ...pick, result, wantsFallback: signatureOnly && !fallbacks.length };
}
