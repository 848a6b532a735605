/**
 * Finding a taught element again on a later visit: a stable anchor (an id that does not look
 * generated, or a unique aria-label) and a short path of `tag:nth-of-type` steps below it, never
 * class names. Plain JSON, validated when loaded (lib/settings/taught.ts).
 */
export interface NodeLocator {
  /** A CSS selector matching exactly one element when taught: `#id`, `[aria-label="…"]`, or `body`. */
  anchor: string;
  /** Steps from the anchor down: [lower-case tag, 1-based index among siblings of that tag]. */
  path: [string, number][];
}

function attrSelector(name: string, value: string): string {
  return `[${name}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"]`;
}

function anchorFor(el: Element, doc: Document): string | undefined {
  if (el.tagName === 'BODY') return 'body';
  const id = el.getAttribute('id');
  // Generated ids ("ext-gen1234", "r-7f3a9c") change between visits; keep only word-like ones.
  if (id && /^[A-Za-z][\w-]*$/.test(id) && !/\d{3,}|[0-9a-f]{6,}/i.test(id)) {
    const sel = attrSelector('id', id);
    if (doc.querySelectorAll(sel).length === 1) return sel;
  }
  const label = el.getAttribute('aria-label');
  if (label) {
    const sel = attrSelector('aria-label', label);
    if (doc.querySelectorAll(sel).length === 1) return sel;
  }
  return undefined;
}

function nthOfType(el: Element): number {
  let n = 1;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === el.tagName) n++;
  return n;
}

/** The path from `within` down to `el` (inside it). */
export function pathWithin(el: Element, within: Element): [string, number][] {
  const path: [string, number][] = [];
  for (let x: Element | null = el; x && x !== within; x = x.parentElement) path.unshift([x.tagName.toLowerCase(), nthOfType(x)]);
  return path;
}

export function locatorFor(el: Element): NodeLocator {
  const doc = el.ownerDocument;
  const path: [string, number][] = [];
  let x: Element = el;
  let anchor = anchorFor(x, doc);
  while (!anchor && x.parentElement) {
    path.unshift([x.tagName.toLowerCase(), nthOfType(x)]);
    x = x.parentElement;
    anchor = anchorFor(x, doc);
  }
  return { anchor: anchor ?? 'body', path };
}

/** Follows `path` down from `from`. */
export function followPath(from: Element, path: [string, number][]): Element | undefined {
  return resolveFrom(from, path);
}

export function resolveLocator(doc: Document, loc: NodeLocator): Element | undefined {
  return resolveFrom(doc.querySelector(loc.anchor), loc.path);
}

function resolveFrom(start: Element | null, steps: [string, number][]): Element | undefined {
  let x: Element | null = start;
  for (const [tag, nth] of steps) {
    if (!x) return undefined;
    let n = 0;
    let next: Element | null = null;
    for (const c of Array.from(x.children)) {
      if (c.tagName.toLowerCase() === tag && ++n === nth) {
        next = c;
        break;
      }
    }
    x = next;
  }
  return x ?? undefined;
}

