/**
 * The pupil-history page kind every MIS shares (standard-pages.ts), read in full. Only a pupil's
 * history page needs it, so the MIS content script does not carry it: it loads on demand as the
 * `history` part (lib/content/parts.ts, entrypoints/mis-history.ts). Tools, tests and the read-page
 * seam have it at hand at once (history-now.ts).
 */
import type { MisMapping } from './codes-map';
import type { YearContext } from './dates';
import type { MarkSelectors } from './mark-cell';
import { labelledFields, nameElement, pupilFromFields, readHistory } from './read-history';
import type { ViewBuilder } from './view-builder';

export interface HistoryPageSettings {
  scope?: string;
  mapping?: MisMapping;
  marks?: MarkSelectors;
  pupilIdFromUrl?: (url: URL) => string | undefined;
}

export function readHistoryPage(root: Element, doc: Document, url: URL, b: ViewBuilder, s: HistoryPageSettings, year: YearContext): void {
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
