/** Small DOM-text helpers shared by readers; they work alike in browsers and in linkedom (no layout). */

export function clean(text: string | null | undefined): string {
  const t = (text ?? '').trim();
  // Most cells hold one short word; only rewrite when there is inner whitespace to fold.
  return /[\s\u00a0]/.test(t) ? t.replace(/[\s\u00a0]+/g, ' ') : t;
}

/**
 * The visible words of an element, leaving out descendants matching `skip` (badges, note
 * indicators, screen-reader duplicates) so a name cell reads as the name alone.
 */
export function textOf(el: Element, skip?: string): string {
  if (!skip) return clean(el.textContent);
  let out = '';
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const e = child as Element;
        if (e.matches(skip)) {
          out += ' ';
          continue;
        }
        walk(e);
        out += ' ';
      }
    }
  };
  walk(el);
  return clean(out);
}

/** Label words an icon-only element carries, in the order a screen reader would use them. */
export function labelOf(el: Element): string {
  return clean(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.getAttribute('alt') ?? '');
}

/** Elements matching `selector` inside `root`, including `root` itself. */
export function selfAndAll(root: Element, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  return root.matches(selector) ? [root, ...found] : found;
}

/** The text of the page's headings (an MIS's `heading` selector), joined. */
export function headingText(doc: Document, selector: string): string {
  return clean(Array.from(doc.querySelectorAll(selector), (e) => e.textContent).join(' · '));
}
