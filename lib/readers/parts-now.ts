/**
 * Provides the readers' parts at once (the table and card reads, a pupil's history), for code that runs
 * with every reader at hand (tools, the read-page seam, tests): only the MIS content script loads them
 * on demand.
 */
import { gridReads } from './grid-reads';
import { readHistoryPage } from './history-page';
import { provideReaderPart } from './reader-parts';

provideReaderPart('history', { readHistoryPage });
provideReaderPart('grid', gridReads);
