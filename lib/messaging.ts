import { browser } from 'wxt/browser';
import {
  errorSchema,
  parseRequest,
  responseSchemas,
  type MessageType,
  type Request,
  type Response,
} from './messages';

export type Handlers = { [T in MessageType]: (payload: Request<T>, sender: unknown) => Promise<Response<T>> };

/** Send one typed message to the background and validate its answer. */
export async function send<T extends MessageType>(type: T, payload: Request<T>): Promise<Response<T>> {
  const raw: unknown = await browser.runtime.sendMessage({ type, payload });
  const failed = errorSchema.safeParse(raw);
  if (failed.success) throw new Error(failed.data.error);
  return responseSchemas[type].parse(raw) as Response<T>;
}

/** Background side: validate, dispatch, answer; a bad request gets an error answer, never a crash. */
export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: unknown) => {
    let req: { type: MessageType; payload: unknown };
    try {
      req = parseRequest(raw);
    } catch (e) {
      return Promise.resolve({ error: `Rejected message: ${(e as Error).message}` });
    }
    const handler = handlers[req.type] as (p: unknown, s: unknown) => Promise<unknown>;
    return handler(req.payload, sender).catch((e: unknown) => ({ error: String((e as Error)?.message ?? e) }));
  });
}
