import { browser } from 'wxt/browser';
import type { MessageType, Request, Response } from './messages';
import { isMessageErrorBody, MessageError } from './message-errors';

export { MessageError, messageErrorCode } from './message-errors';

/**
 * Send one typed message to the background. Types only from lib/messages.ts: the background checks
 * every request on arrival and every answer before it leaves (lib/background/listen.ts), so the
 * sender — often the MIS content script, which must stay small — carries no validator of its own.
 * An error answer is thrown as a `MessageError` with its code.
 */
export async function send<T extends MessageType>(type: T, payload: Request<T>): Promise<Response<T>> {
  const raw: unknown = await browser.runtime.sendMessage({ type, payload });
  if (raw === undefined || raw === null || typeof raw !== 'object') throw new Error(`No answer to ${type}`);
  if ('error' in raw) {
    throw isMessageErrorBody(raw.error) ? new MessageError(raw.error) : new Error(`Unreadable error answer to ${type}`);
  }
  return raw as Response<T>;
}
