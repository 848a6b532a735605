/**
 * The shape every MIS reader shares: URL predicates, a brand signature, and one entry per page kind
 * (a DOM signature that finds the page's register, and the read itself). Confidence is built from
 * what agreed: the page kind's signature is required; the URL and the brand each add to it.
 */
import { readerPart, type ReaderPartName } from './reader-parts';
import type { Reader } from './types';
import type { PageKind, ReadResult } from './view';
import { ViewBuilder } from './view-builder';
import { clean } from './text';

export interface MisPage {
  kind: PageKind;
  /** The DOM signature of this page kind: the element holding the register, or null. */
  find(doc: Document, url: URL): Element | null;
  read(root: Element, doc: Document, url: URL, b: ViewBuilder): void;
  /** A part this page kind's read needs (loaded on demand by the content script; see Reader.needsPart). */
  part?: ReaderPartName;
}

export interface MisReaderSpec {
  id: string;
  label: string;
  /** See Reader.historyPages. */
  historyPages: string;
  matchesUrl(url: URL): boolean;
  /** Something on the page that says which MIS drew it (a generated-id scheme, a product name). */
  brand(doc: Document): boolean;
  pages: MisPage[];
}

/** Confidence weights: a page-kind signature alone is not enough to claim a page over the generic reader. */
const KIND = 0.25;
const URL_MATCH = 0.5;
const BRAND = 0.25;

export function misReader(spec: MisReaderSpec): Reader {
  const found = (doc: Document, url: URL): { page: MisPage; root: Element } | undefined => {
    for (const page of spec.pages) {
      try {
        const root = page.find(doc, url);
        if (root) return { page, root };
      } catch {
        // A selector that throws is a broken signature; another page kind may still match.
      }
    }
    return undefined;
  };
  const confidence = (doc: Document, url: URL): number => {
    let brand = false;
    try {
      brand = spec.brand(doc);
    } catch {
      brand = false;
    }
    return Math.round((KIND + (spec.matchesUrl(url) ? URL_MATCH : 0) + (brand ? BRAND : 0)) * 100) / 100;
  };
  return {
    id: spec.id,
    label: spec.label,
    historyPages: spec.historyPages,
    matchesUrl: spec.matchesUrl,
    detect(doc, url) {
      return found(doc, url) ? confidence(doc, url) : 0;
    },
    needsPart(doc, url) {
      const part = found(doc, url)?.page.part;
      return part && !readerPart(part) ? part : undefined;
    },
    read(doc, url): ReadResult {
      const hit = found(doc, url);
      const b = new ViewBuilder(spec.id, hit ? confidence(doc, url) : 0, hit?.page.kind ?? 'marks-grid');
      if (!hit) {
        b.fail('page', `not a ${spec.label} page this reader knows`);
        return b.build();
      }
      try {
        hit.page.read(hit.root, doc, url, b);
      } catch (e) {
        b.fail('reader', `the ${spec.label} reader stopped: ${e instanceof Error ? e.message : String(e)}`);
      }
      return b.build();
    },
  };
}

/** Page text outside one element (headings, filters, titles), for dates and the year context. */
export function textOutside(doc: Document, exclude: Element | null): string {
  const body = doc.body ?? doc.documentElement;
  let out = `${doc.title ?? ''} `;
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child === exclude) continue;
      if (child.nodeType === 3) out += `${child.nodeValue ?? ''} `;
      else if (child.nodeType === 1 && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes((child as Element).tagName)) walk(child);
    }
  };
  walk(body);
  return clean(out);
}

/** Hostname predicates shared by readers: exact host or any subdomain of it. */
export function hostIs(url: URL, ...domains: string[]): boolean {
  const h = url.hostname.toLowerCase();
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}

/** The bundled demo MIS: localhost (any port), under one path prefix per MIS style. */
export function isDemoPath(url: URL, prefix: string): boolean {
  return ['localhost', '127.0.0.1'].includes(url.hostname) && (url.pathname === `/${prefix}` || url.pathname.startsWith(`/${prefix}/`));
}
