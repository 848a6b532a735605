import { browser } from 'wxt/browser';
import { parseRequest, responseSchemas, type MessageType, type Request, type Response } from '../messages';

export type Handlers = { [T in MessageType]: (payload: Request<T>, sender: unknown) => Promise<Response<T>> };

/**
 * Validate, dispatch, validate the answer, reply. A bad request gets an error answer, never a crash;
 * an answer that does not match its schema is a bug here, reported as an error rather than sent.
 */
export async function answer(handlers: Handlers, raw: unknown, sender: unknown): Promise<unknown> {
  let req: { type: MessageType; payload: unknown };
  try {
    req = parseRequest(raw);
  } catch (e) {
    return { error: `Rejected message: ${(e as Error).message}` };
  }
  const handler = handlers[req.type] as (p: unknown, s: unknown) => Promise<unknown>;
  try {
    const result = await handler(req.payload, sender);
    const checked = responseSchemas[req.type].safeParse(result);
    if (!checked.success) return { error: `Malformed answer to ${req.type}: ${checked.error.message}` };
    return checked.data;
  } catch (e) {
    return { error: String((e as Error)?.message ?? e) };
  }
}

export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: unknown) => answer(handlers, raw, sender));
}
