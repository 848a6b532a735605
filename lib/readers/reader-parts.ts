/**
 * Page kinds whose read ships apart from the MIS content script (the table and card pages, a pupil's
 * history), and where a
 * reader finds that code once it is loaded: the registry of on-demand parts on the isolated world's
 * global object (lib/content/parts.ts loads and provides them; it uses this key). Readers only look.
 */
import type { readHistoryPage } from './history-page';
import type { GridPart } from './grid-reads';

export type { GridPart };

/** The parts a reader's page kind may need (a subset of lib/content/parts.ts's PartName). */
export type ReaderPartName = 'history' | 'grid';

export interface HistoryPart {
  readHistoryPage: typeof readHistoryPage;
}

interface ReaderParts {
  history: HistoryPart;
  grid: GridPart;
}

export const PARTS_KEY = Symbol.for('attendance-lens.parts');

function registry(): Partial<ReaderParts> {
  const g = globalThis as unknown as Record<symbol, Partial<ReaderParts> | undefined>;
  return (g[PARTS_KEY] ??= {});
}

/** The part if it is in this frame already (synchronous readers ask; they never load). */
export function readerPart<K extends ReaderPartName>(name: K): ReaderParts[K] | undefined {
  return registry()[name];
}

/** Tools and tests, which have every reader at hand, provide the parts at once (parts-now.ts). */
export function provideReaderPart<K extends ReaderPartName>(name: K, api: ReaderParts[K]): void {
  registry()[name] = api;
}
