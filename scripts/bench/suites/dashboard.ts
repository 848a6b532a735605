/**
 * Dashboard speed (issue 14):
 * - `dashboard-pupil-page-2000`: one pupil's page (read, engine, chart series, heat map and chart
 *   rendered) in Chromium against a real IndexedDB store of 2,000 pupils × a year; median of 15
 *   pupils, target ≤ 300 ms. Page code: scripts/bench/dashboard/page-entry.tsx.
 * - `tsm-pack-2000-pupils`: the Targeting Support Meeting pack for 2,000 summarised pupils (the
 *   dashboard's list, already loaded): an HMAC reference per pupil, the summary, movement and CSV;
 *   median of 7, target ≤ 1,000 ms (Node, WebCrypto).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { makeSecret, refMaker, refsFor } from '../../../lib/dashboard/opaque-ref';
import { summarisePupils } from '../../../lib/dashboard/pupil-summary';
import { buildTsmPack, tsmCsv } from '../../../lib/dashboard/tsm-pack';
import { buildCalendar } from '../../../lib/engine/calendar';
import { kentCalendarYears, KENT_YEARS } from '../../../lib/engine/calendars/kent';
import { KENT_PROFILE } from '../../../lib/engine/profiles';
import type { PupilRow } from '../../../lib/store/rows';
import { absoluteResult, median, type BenchOutput, type BenchSuite } from '../types';
import { syntheticSchool } from './engine';

const here = dirname(fileURLToPath(import.meta.url));
const PUPILS = 2000;

async function pupilPage(): Promise<{ ms: number; fillMs: number }> {
  const bundle = await build({
    entryPoints: [join(here, '..', 'dashboard', 'page-entry.tsx')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    alias: { 'wxt/browser': join(here, '..', 'dashboard', 'no-browser.ts') },
  });
  const js = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>dashboard bench</title><script type="module" src="/bench.js"></script>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => 'dashBench' in globalThis);
    const out = await page.evaluate(
      ([p, n]) => (globalThis as unknown as { dashBench: { run(p: number, n: number): Promise<{ times: number[]; fillMs: number }> } }).dashBench.run(p, n),
      [PUPILS, 15] as const,
    );
    return { ms: median(out.times), fillMs: out.fillMs };
  } finally {
    await browser.close();
    server.close();
  }
}

async function tsmPack(): Promise<number> {
  const years = kentCalendarYears(KENT_YEARS);
  const cal = buildCalendar(years);
  const yearCal = buildCalendar({ ...years, terms: years.terms.filter((t) => t.start >= '2024-08-01' && t.end <= '2025-07-31') });
  const school = syntheticSchool(yearCal, PUPILS);
  const pupils: PupilRow[] = school.map((_, p) => ({ id: `bench-${p}`, misKeys: [], seen: {}, yearGroup: `Year ${7 + (p % 5)}`, fsm: (p % 4 === 0 ? 1 : 0) as 0 | 1, sen: p % 7 === 0 ? 'support' : 'none', eal: (p % 6 === 0 ? 1 : 0) as 0 | 1, cic: 0 }));
  const setup = { calendar: cal, profile: KENT_PROFILE, asOf: '2025-07-18' };
  const all = summarisePupils({ pupils, marksByPupil: new Map(school.map((m, p) => [`bench-${p}`, m])), actionsByPupil: new Map() }, setup);
  const secret = makeSecret();
  const once = async () => {
    const t0 = performance.now();
    const refs = await refsFor(await refMaker(secret), all.map((s) => s.pupilId));
    const first = buildTsmPack(all, refs, null, setup.asOf, 'Bench school');
    const csv = tsmCsv(buildTsmPack(all, refs, first.snapshot, setup.asOf, 'Bench school'));
    const ms = performance.now() - t0;
    if (csv.length < 100) throw new Error('empty pack');
    return ms;
  };
  for (let i = 0; i < 2; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < 7; i++) times.push(await once());
  return median(times);
}

async function run(): Promise<BenchOutput> {
  const tsm = await tsmPack();
  const page = await pupilPage();
  return {
    results: [absoluteResult('dashboard-pupil-page-2000', Number(page.ms.toFixed(1)), 'ms', 300), absoluteResult('tsm-pack-2000-pupils', Number(tsm.toFixed(1)), 'ms', 1000)],
    indicative: [{ name: 'dashboard-pupil-page-2000 store fill (bare bulkPut, 760k marks)', value: Math.round(page.fillMs), unit: 'ms' }],
  };
}

export const suite: BenchSuite = { names: ['dashboard-pupil-page-2000', 'tsm-pack-2000-pupils'], run };
