/**
 * How a refused or failed message is answered: `{ error: { code, message } }`. Senders branch on the
 * code, never on the wording. Types and constants only (no zod), so the MIS content script can use them.
 */
export const MESSAGE_ERROR_CODES = [
  /** The request is not one of ours or does not match its schema (a reader's fault, a hostile page). */
  'invalid-request',
  /** The message may not come from this kind of page (a form page asking for MIS settings). */
  'wrong-sender',
  /** The request names an address that is not the sender's own page. */
  'wrong-origin',
  /** The handler failed (storage closed, a tab gone). */
  'failed',
  /** The handler's answer did not match its schema: a bug in the background, never sent on. */
  'malformed-answer',
] as const;
export type MessageErrorCode = (typeof MESSAGE_ERROR_CODES)[number];

export interface MessageErrorBody {
  code: MessageErrorCode;
  message: string;
}

/** What `send` throws when the background answers with an error. */
export class MessageError extends Error {
  readonly code: MessageErrorCode;
  constructor(body: MessageErrorBody) {
    super(body.message);
    this.name = 'MessageError';
    this.code = body.code;
  }
}

export function isMessageErrorBody(x: unknown): x is MessageErrorBody {
  return (
    typeof x === 'object' &&
    x !== null &&
    'code' in x &&
    'message' in x &&
    typeof x.message === 'string' &&
    (MESSAGE_ERROR_CODES as readonly unknown[]).includes(x.code)
  );
}

/** The code of an error `send` threw, or null for any other failure. */
export function messageErrorCode(e: unknown): MessageErrorCode | null {
  return e instanceof MessageError ? e.code : null;
}
