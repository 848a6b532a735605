import { browser } from 'wxt/browser';
import { access, envelopeSchema, requestSchemas, responseSchemas, type AllowedSender, type MessageType, type Request, type Response, type SenderKind } from '../messages';
import type { MessageErrorBody, MessageErrorCode } from '../message-errors';
import { currentFormSites } from './site-kinds';
import { classifySender, isOwnAddress, senderKind, type Extension, type RawSender, type Sender } from './sender';

/** Each handler gets the sender narrowed to the kinds its message accepts (a load-part sender has a tab). */
export type Handlers = { [T in MessageType]: (payload: Request<T>, sender: Extract<Sender, { kind: AllowedSender<T> }>) => Promise<Response<T>> };

const refuse = (code: MessageErrorCode, message: string): { error: MessageErrorBody } => ({ error: { code, message } });

/**
 * Validate, check the sender, dispatch, validate the answer, reply. The sender's kind and (where
 * the message names an address) its origin are checked here against the message's declaration
 * (`access` in lib/messages.ts), so no handler can forget. A bad request gets an error answer, never
 * a crash; an answer that does not match its schema is a bug here, reported as an error rather than
 * sent.
 */
export async function answer(handlers: Handlers, raw: unknown, sender: Sender): Promise<unknown> {
  // The envelope first (which message), then who sent it, then the payload: a page that may not send
  // a message learns nothing about what that message would accept.
  const env = envelopeSchema.safeParse(raw);
  if (!env.success) return refuse('invalid-request', `Rejected message: ${env.error.message}`);
  const type = env.data.type;
  const rule: { from: readonly SenderKind[]; ownAddress?: (p: never) => string } = access[type];
  const kind = senderKind(sender);
  if (kind === null || !rule.from.includes(kind)) {
    return refuse('wrong-sender', `${type} is not accepted from ${sender.kind === 'unknown' ? sender.why : `a ${sender.kind}`}`);
  }
  const parsed = requestSchemas[type].safeParse(env.data.payload);
  if (!parsed.success) return refuse('invalid-request', `Rejected message: ${parsed.error.message}`);
  const req = { type, payload: parsed.data };
  if (rule.ownAddress && !isOwnAddress(sender, rule.ownAddress(req.payload as never))) {
    return refuse('wrong-origin', `${type}: a page can only speak for itself`);
  }
  const handler = handlers[req.type] as (p: unknown, s: Sender) => Promise<unknown>;
  try {
    const result = await handler(req.payload, sender);
    const checked = responseSchemas[req.type].safeParse(result);
    if (!checked.success) return refuse('malformed-answer', `Malformed answer to ${req.type}: ${checked.error.message}`);
    return checked.data;
  } catch (e) {
    return refuse('failed', String((e as Error)?.message ?? e));
  }
}

/** Every message type, for tests that must cover them all. */
export const MESSAGE_TYPES = Object.keys(requestSchemas) as MessageType[];

export function listen(handlers: Handlers): void {
  const ext: Extension = { id: browser.runtime.id, base: browser.runtime.getURL('/') };
  // A page is a form page or an MIS page by its site's kind (known, or chosen by the user).
  browser.runtime.onMessage.addListener(async (raw: unknown, sender: RawSender) => answer(handlers, raw, classifySender(sender, ext, await currentFormSites())));
}
