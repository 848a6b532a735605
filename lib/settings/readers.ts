// zod/mini: read by the background and the options page; the MIS content script gets these through
// the background (page-settings).
import { z } from 'zod/mini';
import { checkedBy, defineSetting } from './setting';
import { SETTING_KEYS } from './keys';

/**
 * Which built-in readers the user switched off in options (a reader that misreads a school's pages
 * can be turned off without touching the others). Reader ids only; readers not listed are on.
 */
export const READER_SWITCHES_KEY = SETTING_KEYS.readerSwitches;

export type ReaderSwitches = Record<string, boolean>;

const schema = z.record(z.string().check(z.maxLength(64)), z.boolean());

/** A malformed value turns every reader on (with a warning). */
export const parseReaderSwitches: (raw: unknown) => ReaderSwitches = checkedBy(schema, () => ({}), 'reader switches');

export function isReaderEnabled(switches: ReaderSwitches, id: string): boolean {
  return switches[id] !== false;
}

export const readerSwitchesSetting = defineSetting(READER_SWITCHES_KEY, { version: 1, parse: parseReaderSwitches });

export const loadReaderSwitches = (): Promise<ReaderSwitches> => readerSwitchesSetting.get();

export async function setReaderEnabled(id: string, on: boolean): Promise<ReaderSwitches> {
  const next = { ...(await loadReaderSwitches()), [id]: on };
  await readerSwitchesSetting.set(next);
  return next;
}

export const watchReaderSwitches = (onChange: (switches: ReaderSwitches) => void, signal: AbortSignal): void => readerSwitchesSetting.watch(onChange, signal);
