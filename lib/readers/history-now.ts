/**
 * Provides the `history` part at once, for code that runs with every reader at hand (tools, the
 * read-page seam, tests, the background): only the MIS content script loads it on demand.
 */
import { providePart } from '../content/parts';
import { readHistoryPage } from './history-page';

providePart('history', { readHistoryPage });
