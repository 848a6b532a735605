/**
 * A 2,000-pupil school in the built extension (issue 11), real Chromium, real IndexedDB:
 * - `store-import-longest-task-ms`: the longest main-thread task on the options page while a 2,000-pupil
 *   year is previewed and imported through it, from the file chosen to "Imported", two imports (the work runs
 *   in its data worker; 0 = no task over 50 ms). Target ≤ 200 ms. The page's own load is reported beside.
 * - `dashboard-open-2000-pupils`: a cold open of dashboard.html (new page) to the list's rows painted,
 *   median of 3 opens after the first (which fills the assessment cache; reported beside). Target ≤ 1,000 ms.
 * - `dashboard-filter-2000-pupils`: one keystroke in the search box to the list updated. Target ≤ 100 ms.
 * - `store-backup-2000-pupils-year` / `store-restore-2000-pupils-year`: Download backup → "Backup saved",
 *   and Restore (replace) → "Restored", through the options page. Target ≤ 5,000 ms each; file size beside.
 *   The restore is timed on the page's clock, from its click event to "Restored" in the page (the wall-clock
 *   figure around Playwright, which adds its click's checks and the expect's polling, is reported beside).
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, type Page } from '@playwright/test';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from '../../../test/e2e/support/chromium';
import { ensureExtensionBuilt } from '../../../test/e2e/support/build';
import { todayLocal } from '../../../lib/clock';
import { schoolYearCsv } from '../store/school-file';
import { absoluteResult, median, type BenchSuite } from '../types';

const PUPILS = 2000;
const LONG_TASKS = `(() => {
  window.__tasks = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      window.__tasks.push(Math.round(e.duration) + ' ms @' + Math.round(e.startTime));
    }
  }).observe({ type: 'longtask', buffered: true });
})();`;

/** When each step of the options page's run began (page clock), to place its long tasks. */
const phases: string[] = [];
const phase = async (page: Page, what: string) => phases.push(`${what} @${Math.round((await page.evaluate('performance.now()')) as number)}`);

async function importThrough(page: Page, file: string, label: RegExp) {
  const data = page.getByRole('region', { name: 'Your data' });
  await phase(page, 'file chosen');
  await data.getByLabel('Import file').setInputFiles(file);
  await data.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Import', exact: true }).click({ timeout: 300_000 });
  await phase(page, 'import clicked');
  await expect(data.getByRole('status').filter({ hasText: label })).toBeVisible({ timeout: 300_000 });
  await phase(page, 'imported');
}

/** The data worker's own step measures (lib/store/timing.ts), read in the worker. */
async function workerSteps(page: Page): Promise<string[]> {
  const w = page.workers().filter((x) => x.url().endsWith('/data-worker.js')).at(-1);
  if (!w) return ['(no data worker)'];
  // On the page's clock (the worker's starts later), beside the page's steps.
  const origin = (await page.evaluate('performance.timeOrigin')) as number;
  return (await w.evaluate(
    `performance.getEntriesByType('measure').map((m) => m.name.replace('attendance-lens:', '') + ' ' + Math.round(m.duration) + ' ms @' + Math.round(performance.timeOrigin + m.startTime - ${origin}))`,
  )) as string[];
}

/** Where the last open spent its time: the dashboard's own performance.measure entries (lib/dashboard/load-store.ts). */
let steps: string[] = [];

async function openDashboard(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('tbody tr').length > 0, undefined, { timeout: 120_000, polling: 'raf' });
  const [now, measures] = await page.evaluate(() => [performance.now(), performance.getEntriesByType('measure').map((m) => `${m.name} ${Math.round(m.duration)} ms @${Math.round(m.startTime)}`)] as const);
  steps = [...measures, `rows painted @${Math.round(now)}`];
  return now;
}

/** One keystroke each into an empty search box: from the input event to the list changed on screen. */
async function keystrokes(p: Page): Promise<number[]> {
  const times: number[] = [];
  for (const key of ['q', 'z', 'x']) {
    await p.getByLabel('Search by name or UPN').fill('');
    await p.waitForTimeout(300);
    // A string, not a function: tsx compiles functions with esbuild's keepNames, whose `__name` helper does not
    // exist in the page ("__name is not defined").
    times.push(
      (await p.evaluate(`new Promise((resolve) => {
        const input = document.getElementById('list-search');
        const shown = () => (document.querySelector('tbody') ? document.querySelector('tbody').textContent : '');
        const before = shown();
        const t0 = performance.now();
        input.value = ${JSON.stringify(key)};
        input.dispatchEvent(new InputEvent('input', { bubbles: true, data: ${JSON.stringify(key)} }));
        // The list has changed on screen (or 10 s passed: reported as such, never a hang).
        const check = () => (shown() !== before || performance.now() - t0 > 10000 ? resolve(performance.now() - t0) : requestAnimationFrame(check));
        requestAnimationFrame(check);
      })`)) as number,
    );
  }
  return times;
}

export const suite: BenchSuite = {
  names: ['store-import-longest-task-ms', 'dashboard-open-2000-pupils', 'dashboard-filter-2000-pupils', 'store-backup-2000-pupils-year', 'store-restore-2000-pupils-year'],
  async run() {
    const ext = ensureExtensionBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'attendance-lens-bench-store-'));
    const profile = join(dir, 'profile');
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      acceptDownloads: true,
      args: [...QUIET_CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
    });
    try {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const base = `chrome-extension://${new URL(sw.url()).host}/`;
      const lastYear = join(dir, 'year-2025-26.csv');
      const thisYear = join(dir, 'year-2026-27.csv');
      writeFileSync(lastYear, schoolYearCsv(PUPILS, '2025/26').csv);
      writeFileSync(thisYear, schoolYearCsv(PUPILS, '2026/27', todayLocal()).csv);

      const page = await context.newPage();
      await page.addInitScript(LONG_TASKS);
      await page.goto(`${base}options.html`);
      await expect(page.getByText(/Stored in this browser: \d+ pupils/)).toBeVisible();
      await phase(page, 'counts shown');
      await importThrough(page, lastYear, /Imported year-2025-26\.csv: 2000 pupils added/);
      await importThrough(page, thisYear, /Imported year-2026-27\.csv: 0 pupils added/);
      // The figure is the longest task "during preview and import": tasks that end after the first file
      // was chosen, through both imports (long tasks are those over 50 ms; none is 0). The page's own load (the
      // observer is buffered from navigation) is reported beside it, not hidden.
      const tasks = (await page.evaluate('window.__tasks')) as string[];
      const chosenAt = Number(phases.find((x) => x.startsWith('file chosen'))!.split('@')[1]);
      const parsed = tasks.map((x) => x.split(' ms @').map(Number) as [number, number]);
      const duringImport = Math.max(0, ...parsed.filter(([d, at]) => at + d >= chosenAt).map(([d]) => d));
      const pageLoad = Math.max(0, ...parsed.filter(([d, at]) => at + d < chosenAt).map(([d]) => d));

      // Dashboard: the first open assesses every pupil and fills the cache; then cold opens of a new page.
      const dash = await context.newPage();
      const first = await openDashboard(dash, `${base}dashboard.html`);
      const firstSteps = steps;
      await dash.waitForTimeout(1500); // the cache write finishes
      const opens: number[] = [];
      let filters: number[] = [];
      for (let i = 0; i < 3; i++) {
        const p = await context.newPage();
        opens.push(await openDashboard(p, `${base}dashboard.html`));
        if (i === 2) filters = await keystrokes(p);
        await p.close();
      }

      // Backup and restore through the options page.
      const data = page.getByRole('region', { name: 'Your data' });
      const t0 = Date.now();
      const downloading = page.waitForEvent('download', { timeout: 300_000 });
      await data.getByRole('button', { name: 'Download backup' }).click();
      const download = await downloading;
      await expect(data.getByText(/Backup saved/)).toBeVisible({ timeout: 120_000 });
      const backupMs = Date.now() - t0;
      const file = join(dir, 'backup.json.gz');
      await download.saveAs(file);
      const size = statSync(file).size;
      await data.getByLabel('Backup file to restore').setInputFiles(file);
      await expect(data.getByText(/backup\.json\.gz: made/)).toBeVisible({ timeout: 120_000 });
      await data.getByRole('radio', { name: 'Replace everything here' }).check();
      await data.getByRole('button', { name: 'Restore', exact: true }).click();
      // When the page itself showed "Restored" (the expect below polls, at up to 1 s intervals).
      await page.evaluate(`new MutationObserver((_, o) => {
        if (document.body.textContent.includes('Restored backup.json.gz')) { window.__restoredAt = performance.now(); o.disconnect(); }
      }).observe(document.body, { subtree: true, childList: true, characterData: true })`);
      await page.evaluate(`addEventListener('click', () => { window.__clickedAt = performance.now(); }, { capture: true })`);
      const t1 = Date.now();
      await phase(page, 'restore confirmed');
      await data.getByRole('button', { name: 'Yes, replace everything' }).click();
      await expect(data.getByText(/Restored backup\.json\.gz/)).toBeVisible({ timeout: 120_000 });
      const restoreMs = Date.now() - t1;
      phases.push(`restored shown @${Math.round((await page.evaluate('window.__restoredAt')) as number)}`);
      const confirmedAt = Number(phases.at(-2)!.split('@')[1]);
      const restoreTasks = ((await page.evaluate('window.__tasks')) as string[]).filter((x) => Number(x.split('@')[1]) >= confirmedAt);
      const clickedAt = Math.round((await page.evaluate('window.__clickedAt')) as number);
      // The figure is the page's own time from the click to "Restored" on screen: the wall clock around
      // Playwright's click also holds its actionability checks and round trips (2 s on a loaded machine, before
      // the page even saw the click) and the expect's polling (up to 1 s late). Both are reported.
      const restoreOnPage = Math.round((await page.evaluate('window.__restoredAt - window.__clickedAt')) as number);
      const restoreSteps = await workerSteps(page);

      const r1 = (n: number) => Math.round(n * 10) / 10;
      return {
        results: [
          absoluteResult('store-import-longest-task-ms', r1(duringImport), 'ms', 200),
          absoluteResult('dashboard-open-2000-pupils', r1(median(opens)), 'ms', 1000),
          absoluteResult('dashboard-filter-2000-pupils', r1(median(filters)), 'ms', 100),
          absoluteResult('store-backup-2000-pupils-year', backupMs, 'ms', 5000),
          absoluteResult('store-restore-2000-pupils-year', restoreOnPage, 'ms', 5000),
        ],
        indicative: [
          { name: 'dashboard-open-2000-pupils, first open (assesses every pupil, fills the cache)', value: r1(first), unit: 'ms' },
          { name: 'dashboard-open-2000-pupils, each open', value: opens.length, unit: `opens: ${opens.map(Math.round).join(', ')} ms` },
          { name: `dashboard-open-2000-pupils, first open's steps: ${firstSteps.join('; ')}`, value: firstSteps.length, unit: 'steps' },
          { name: `dashboard-open-2000-pupils, last open's steps: ${steps.join('; ')}`, value: steps.length, unit: 'steps' },
          { name: 'store-backup-2000-pupils-year file size', value: Number((size / 1e6).toFixed(2)), unit: 'MB (target ≤ 15)' },
          { name: 'store-import-longest-task-ms of the options page\'s own load, before a file is chosen (not in the figure)', value: pageLoad, unit: 'ms' },
          { name: `store-import-longest-task-ms, the options page's long tasks: ${tasks.join('; ')}; steps: ${phases.join('; ')}`, value: tasks.length, unit: 'tasks' },
          { name: 'store-restore-2000-pupils-year by the wall clock around Playwright (click to the expect seeing "Restored")', value: restoreMs, unit: 'ms' },
          { name: `store-restore-2000-pupils-year, the data worker's steps: ${restoreSteps.join('; ')}; the page's: ${phases.slice(-2).join('; ')}; click @${clickedAt}; long tasks: ${restoreTasks.join('; ')}`, value: restoreSteps.length, unit: 'steps' },
        ],
      };
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
