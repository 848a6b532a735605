/** The demo server's tiny routing layer over node:http: a reply type, a route table and body parsing. */
import type { IncomingMessage } from 'node:http';
import type { DemoState } from './state';
import { Raw } from './html';

export interface Reply {
  status: number;
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

/** The demo's two schools: the secondary shown in the Arbor style, the primary in the Bromcom style. */
export interface DemoStates {
  arbor: DemoState;
  bromcom: DemoState;
}

export interface Ctx {
  /** The school of the site the path belongs to (`/bromcom/…`: the primary; anything else: the secondary). */
  state: DemoState;
  /** Both schools (the index page lists each). */
  states: DemoStates;
  url: URL;
  /** Regex capture groups of the matched route. */
  params: string[];
  req: IncomingMessage;
}

export interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  handle(ctx: Ctx): Reply | Promise<Reply>;
}

export const htmlReply = (body: Raw | string, status = 200): Reply => ({ status, body: String(body), type: 'text/html; charset=utf-8' });
export const jsonReply = (body: unknown, status = 200): Reply => ({ status, body: JSON.stringify(body), type: 'application/json; charset=utf-8' });
export const redirect = (location: string, status = 303): Reply => ({ status, body: '', headers: { location } });
export const notFound = (what = 'Page not found'): Reply => ({
  status: 404,
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>404 Not Found</title></head><body><h1>404 Not Found</h1><p>${what.replace(/</g, '&lt;')}</p><p><a href="/">Demo index</a></p></body></html>`,
});

const MAX_BODY = 2_000_000;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

export interface FormEntry {
  name: string;
  value: string;
  /** Set for file inputs: the uploaded file's name and size (its content is never kept). */
  file?: { name: string; size: number };
}

/**
 * Form fields in submission order, from urlencoded or multipart bodies. Parsing is done by the
 * platform's own `Request.formData()` (undici), not by hand.
 */
export async function readForm(req: IncomingMessage): Promise<FormEntry[]> {
  const body = await readBody(req);
  const type = req.headers['content-type'] ?? 'application/x-www-form-urlencoded';
  const request = new Request('http://127.0.0.1/', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(body) });
  const form = await request.formData();
  const out: FormEntry[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') out.push({ name, value });
    else out.push({ name, value: value.name, file: { name: value.name, size: value.size } });
  }
  return out;
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req);
  return JSON.parse(body.toString('utf8'));
}
