/**
 * The demo server: node:http on 127.0.0.1, a route table per site (index, Arbor, Bromcom, forms).
 * The Arbor-style site serves the demo secondary, the Bromcom-style site the demo primary.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateSchool } from '../../lib/demo/school';
import type { DemoSchool } from '../../lib/demo/types';
import { notFound, type DemoStates, type Reply, type Route } from './http';
import { DemoState } from './state';
import { indexRoutes } from './index-page';
import { arborRoutes } from './arbor/routes';
import { bromcomRoutes } from './bromcom/routes';
import { formRoutes } from './forms/routes';

export interface DemoServerOptions {
  port?: number;
  seed?: number;
  /** The school's "today": the last day with marks. */
  asOf: string;
}

export interface DemoServer {
  url: string;
  close(): Promise<void>;
  /** The Arbor-style pages' school (the secondary, Hawkridge Academy); same as `schools.arbor`. */
  school: DemoSchool;
  state: DemoState;
  /** Each MIS style's own school: `arbor` the secondary, `bromcom` the primary (Foxhole Down). */
  schools: { arbor: DemoSchool; bromcom: DemoSchool };
  states: DemoStates;
}

export const ROUTES: Route[] = [...indexRoutes, ...arborRoutes, ...bromcomRoutes, ...formRoutes];

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, {
    'content-type': reply.type ?? 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...reply.headers,
  });
  res.end(reply.body);
}

export async function startDemoServer({ port = 0, seed = 1, asOf }: DemoServerOptions): Promise<DemoServer> {
  // Two schools, one per MIS style, so the demo never shows one pupil twice with two sets of figures.
  const schools = { arbor: generateSchool({ seed, asOf }), bromcom: generateSchool({ seed, asOf, kind: 'primary' }) };
  const states: DemoStates = { arbor: new DemoState(schools.arbor), bromcom: new DemoState(schools.bromcom) };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    let pathMatched = false;
    for (const route of ROUTES) {
      const m = route.pattern.exec(url.pathname);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      Promise.resolve()
        .then(() => route.handle({ state: /^\/bromcom(\/|$)/.test(url.pathname) ? states.bromcom : states.arbor, states, url, params: m.slice(1) as string[], req }))
        .then((reply) => send(res, reply))
        .catch((err: unknown) => send(res, { status: 500, body: `demo-server error: ${err instanceof Error ? err.message : String(err)}` }));
      return;
    }
    if (url.pathname === '/favicon.ico') return send(res, { status: 204, body: '' });
    send(res, pathMatched ? { status: 405, body: 'Method not allowed' } : notFound(`No page at ${url.pathname}`));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    school: schools.arbor,
    state: states.arbor,
    schools,
    states,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
