// zod/mini: read by the background and the options page; the MIS content script gets these through
// the background (page-settings).
import { z } from 'zod/mini';
import { browser } from 'wxt/browser';
import type { SettingsArea } from './taught';

/**
 * Which built-in readers the user switched off in options (a reader that misreads a school's pages
 * can be turned off without touching the others). Reader ids only; readers not listed are on.
 */
export const READER_SWITCHES_KEY = 'readerSwitches';

export type ReaderSwitches = Record<string, boolean>;

const schema = z.record(z.string().check(z.maxLength(64)), z.boolean());

export function parseReaderSwitches(raw: unknown): ReaderSwitches {
  if (raw === undefined) return {};
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  console.warn('Attendance Lens: stored reader switches are malformed; every reader is on');
  return {};
}

export function isReaderEnabled(switches: ReaderSwitches, id: string): boolean {
  return switches[id] !== false;
}

const localArea = (): SettingsArea => browser.storage.local as unknown as SettingsArea;

export async function loadReaderSwitches(area: SettingsArea = localArea()): Promise<ReaderSwitches> {
  return parseReaderSwitches((await area.get(READER_SWITCHES_KEY))[READER_SWITCHES_KEY]);
}

export async function setReaderEnabled(id: string, on: boolean, area: SettingsArea = localArea()): Promise<ReaderSwitches> {
  const next = { ...(await loadReaderSwitches(area)), [id]: on };
  await area.set({ [READER_SWITCHES_KEY]: next });
  return next;
}

export function watchReaderSwitches(onChange: (switches: ReaderSwitches) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'local' || !(READER_SWITCHES_KEY in changes)) return;
    onChange(parseReaderSwitches(changes[READER_SWITCHES_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
