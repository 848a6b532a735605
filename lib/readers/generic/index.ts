/**
 * The generic register reader: recognises registers on pages no MIS reader knows, by structure and
 * content (a column of names, date/session headers, cells holding codes), never by class names.
 * It refuses (low confidence, no marks) anything that is not clearly a register. Also exported: the
 * pieces the content script and "teach this page" reuse.
 */
import type { Reader } from '../types';
import type { ReadResult } from '../view';
import { bestRead } from './find';
import { READER_ID, type Read } from './grid-read';
import { REFUSE_BELOW } from './score';
import { ViewBuilder } from '../view-builder';

export { Accumulator } from './accumulate';
export { readTaught, mappingFromElements, type TaughtMapping } from './taught';
export { REFUSE_BELOW, GENERIC_MAX } from './score';

/** Turns a scored read into the reader's answer: the view, or a refusal that carries no marks. */
export function finishRead(read: Read | undefined, readerId = READER_ID): ReadResult {
  if (!read || read.confidence < REFUSE_BELOW) {
    const b = new ViewBuilder(readerId, read?.confidence ?? 0, read?.kind ?? 'marks-grid');
    const why = read?.builder.view.problems[0]?.what;
    b.fail('page', `no register found on this page${why ? ` (closest: ${why})` : ''}`);
    return b.build();
  }
  const { view } = read.builder;
  view.confidence = read.confidence;
  if (view.kind !== 'take-register' && view.marks.length) {
    let from = view.marks[0]!.date;
    let to = from;
    for (const m of view.marks) {
      if (m.date < from) from = m.date;
      if (m.date > to) to = m.date;
    }
    view.context.from = from;
    view.context.to = to;
  }
  const out = read.builder.build();
  return read.columns ? { ...out, columns: read.columns } : out;
}

export const genericReader: Reader = {
  id: READER_ID,
  label: 'Any register table (generic)',
  matchesUrl: () => true,
  detect(doc: Document): number {
    try {
      // Below REFUSE_BELOW the page is not a register: do not claim it at all (the registry takes any
      // confidence above 0 from the generic reader, and a claimed page shows the "teach it?" notice).
      const c = bestRead(doc)?.confidence ?? 0;
      return c >= REFUSE_BELOW ? c : 0;
    } catch {
      return 0; // detect must never throw; read() reports what went wrong
    }
  },
  read(doc: Document): ReadResult {
    return finishRead(bestRead(doc));
  },
};
