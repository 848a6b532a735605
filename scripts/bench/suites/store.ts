/**
 * Store speed in Chromium against the real IndexedDB (issues 4 and 11):
 * - `store-import-2000-pupils-year`: the whole import of a 2,000-pupil full-year file (a 6 MB weekly CSV,
 *   780,000 marks) as the options page's worker runs it — parse and preview, check against the store, write
 *   (compact year records, one transaction) — as a ratio to a bare Dexie bulkPut of one row per mark of the
 *   same data into the old row-per-mark schema, measured once in the same run (it is slow). Target ≤ 0.1.
 * - `store-reread-30-unchanged-writes` / `-ms`: a 30-pupil take-register page (one session) re-read with
 *   nothing new, against the store that import filled: rows written (counted in Dexie's DBCore, target 0)
 *   and time (median, target ≤ 20 ms).
 * The store code is bundled with esbuild and served from a throwaway localhost server.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { absoluteResult, median, ratioResult, type BenchOutput, type BenchSuite } from '../types';

const here = dirname(fileURLToPath(import.meta.url));
const PUPILS = Number(process.env.STORE_BENCH_PUPILS ?? 2000);
// One run each by default: the bare row-per-mark bulkPut is minutes of IndexedDB work, and the bench must fit in 15
// minutes with the other suites on 2 cores. STORE_BENCH_REPS=3 gives a median of 3 store imports.
const IMPORT_REPS = Number(process.env.STORE_BENCH_REPS ?? 1);
const REREAD_REPS = 25;
const IMPORT_NAME = PUPILS === 2000 ? 'store-import-2000-pupils-year' : `store-import-${PUPILS}-pupils-year`;

interface PageApi {
  importFigures(pupils: number, reps: number): Promise<{ store: number[]; bare: number[]; marks: number; planMs: number; bytes: number }>;
  rereadFigures(pupils: number, reps: number): Promise<{ session: { times: number[]; writes: number }; grid: { times: number[]; writes: number } }>;
}

async function run(): Promise<BenchOutput> {
  const bundle = await build({
    entryPoints: [join(here, '..', 'store', 'page-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  const js = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>store bench</title><script type="module" src="/bench.js"></script>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => 'storeBench' in globalThis);
    const imp = await page.evaluate(([p, n]) => ((globalThis as unknown as { storeBench: PageApi }).storeBench).importFigures(p, n), [PUPILS, IMPORT_REPS] as const);
    const reread = await page.evaluate(([p, n]) => ((globalThis as unknown as { storeBench: PageApi }).storeBench).rereadFigures(p, n), [PUPILS, REREAD_REPS] as const);
    const storeMs = median(imp.store);
    const bareMs = median(imp.bare);
    return {
      results: [
        ratioResult(IMPORT_NAME, Math.round(storeMs), Math.round(bareMs), 'ms', 0.1),
        absoluteResult('store-reread-30-unchanged-writes', reread.session.writes, 'rows', 0),
        absoluteResult('store-reread-30-unchanged-ms', Number(median(reread.session.times).toFixed(2)), 'ms', 20),
      ],
      indicative: [
        { name: `${IMPORT_NAME} marks written`, value: imp.marks, unit: 'marks' },
        { name: `${IMPORT_NAME} runs (store / bare)`, value: Number((storeMs / bareMs).toFixed(3)), unit: `ratio; store ${imp.store.map(Math.round).join(',')} ms, bare ${imp.bare.map(Math.round).join(',')} ms` },
        { name: `${IMPORT_NAME} of which parsing and preview (${(imp.bytes / 1e6).toFixed(1)} MB file)`, value: Math.round(imp.planMs), unit: 'ms' },
        { name: 'store-reread-30-week-grid-unchanged-ms (300 marks)', value: Number(median(reread.grid.times).toFixed(2)), unit: `ms, ${reread.grid.writes} rows written` },
      ],
    };
  } finally {
    await browser.close();
    server.close();
  }
}

export const suite: BenchSuite = {
  names: [IMPORT_NAME, 'store-reread-30-unchanged-writes', 'store-reread-30-unchanged-ms'],
  run,
};
