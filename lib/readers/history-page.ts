/**
 * The pupil-history page kind every MIS shares (standard-pages.ts), read in full. Only a pupil's
 * history page needs it, so the MIS content script does not carry it: it loads on demand as the
 * `history` part (lib/content/parts.ts, entrypoints/mis-history.ts). Tools, tests and the read-page
 * seam have it at hand at once (parts-now.ts).
 */
import type { MisMapping } from './codes-map';
import { yearContextFrom } from './dates';
import type { MarkSelectors } from './mark-cell';
import { textOutside } from './mis-reader';
import { labelledFields, nameElement, pupilFromFields, readHistory } from './read-history';
import type { ViewBuilder } from './view-builder';

export interface HistoryPageSettings {
  scope?: string;
  mapping?: MisMapping;
  marks?: MarkSelectors;
  pupilIdFromUrl?: (url: URL) => string | undefined;
}

export function readHistoryPage(root: Element, doc: Document, url: URL, b: ViewBuilder, s: HistoryPageSettings): void {
  // The year the page's dates belong to, from its text outside the history table.
  const year = yearContextFrom(textOutside(doc, root));
  const fieldsRoot = (s.scope && doc.querySelector(s.scope)) || doc.body || doc.documentElement;
  const pupil = pupilFromFields(labelledFields(fieldsRoot), year, s.pupilIdFromUrl?.(url));
  if (!pupil) {
    b.fail('page header', 'the page does not name the pupil');
    return;
  }
  // The badge's row: where the page names the pupil, else the whole history table.
  readHistory(root, pupil, nameElement(fieldsRoot, pupil.name) ?? root, b, { year, mapping: s.mapping, marks: s.marks });
  const dates = b.view.sessions.map((x) => x.date).sort();
  if (dates.length) {
    b.view.context.from = dates[0];
    b.view.context.to = dates[dates.length - 1];
  }
}
