/**
 * Provides the `history` part at once, for code that runs with every reader at hand (tools, the
 * read-page seam, tests, the background): only the MIS content script loads it on demand.
 */
import { readHistoryPage } from './history-page';
import { provideReaderPart } from './reader-parts';

provideReaderPart('history', { readHistoryPage });
