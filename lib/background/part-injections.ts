/**
 * The parts injected into each document, so a part runs at most once per document whoever asks for it:
 * the background itself while answering page-settings for a page that drew badges before (the overlay
 * then arrives a round trip earlier), and the page's own `load-part`, which waits for that same
 * injection instead of running the part twice. Only where the browser names documents (Chromium): a
 * frame that navigates gets a new document id, so an entry never stands for another page. Memory only,
 * a bounded few; a failed injection is forgotten, so it can be tried again.
 */
import type { PartName } from '../content/parts';
import type { ContentSender } from './sender';

const MAX_DOCUMENTS = 100;

export type Inject = (part: PartName, sender: ContentSender) => Promise<{ loaded: true }>;

export class PartInjections {
  private readonly byDocument = new Map<string, Map<PartName, Promise<{ loaded: true }>>>();
  constructor(
    private readonly inject: Inject,
    private readonly max = MAX_DOCUMENTS,
  ) {}

  /** Injects `part` into the sender's document, unless it is injected there already or on its way. */
  load(part: PartName, sender: ContentSender): Promise<{ loaded: true }> {
    const doc = sender.documentId;
    // No document id (Firefox): a frame's id outlives its page, so nothing is remembered.
    if (!doc) return this.inject(part, sender);
    let parts = this.byDocument.get(doc);
    const known = parts?.get(part);
    if (known) return known;
    if (!parts) {
      parts = new Map();
      this.byDocument.set(doc, parts);
      if (this.byDocument.size > this.max) this.byDocument.delete(this.byDocument.keys().next().value!);
    }
    const p = this.inject(part, sender);
    parts.set(part, p);
    p.catch(() => {
      if (this.byDocument.get(doc)?.get(part) === p) this.byDocument.get(doc)!.delete(part);
    });
    return p;
  }
}
