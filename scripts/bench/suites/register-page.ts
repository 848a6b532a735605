/**
 * The whole path on a real register page, for context beside the overlay figures (which time the
 * drawing alone): the built extension in Chromium on the demo MIS's Bromcom-style take-register page
 * (server-rendered, so the register is in the DOM at DOMContentLoaded). From DOMContentLoaded to the
 * overlay's host being attached with its badges: the content script starting, asking for its
 * settings, reading the page, the background storing the marks and working out the badges, and the
 * overlay part being injected (in parallel with the background's work). Indicative: wall clock,
 * including message passing and IndexedDB, which no issue sets a target for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from '../../../test/e2e/support/chromium';
import { ensureExtensionBuilt } from '../../../test/e2e/support/build';
import { todayLocal } from '../../../lib/clock';
import { generateSchool } from '../../../lib/demo/school';
import { absoluteResult, median, type BenchSuite } from '../types';

const RELOADS = 7;
/** A 30-pupil class of the demo primary, the school the Bromcom-style pages show (as 7RB was before). */
const GROUP = '2OS';

// Runs in the page's main world before its scripts: when are our badges first on screen? The host is
// attached first and the badges drawn in the frames after, so each frame checks until they are there.
const WATCH = `(() => {
  window.__al = { dcl: 0, drawn: 0, badges: 0 };
  document.addEventListener('DOMContentLoaded', () => (window.__al.dcl = performance.now()));
  const check = () => {
    const host = document.querySelector('attendance-lens-overlay');
    const n = host && host.shadowRoot ? host.shadowRoot.querySelectorAll('button.al-badge').length : 0;
    if (n > 0) {
      window.__al.drawn = performance.now();
      window.__al.badges = n;
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

export const suite: BenchSuite = {
  names: ['register-badges-revisit-ms', 'register-badges-first-visit-ms', 'register-page-first-badges'],
  async run() {
    // REGISTER_BENCH_EXTENSION: another build to compare (e.g. an older commit's .output/chrome-mv3).
    const ext = process.env.REGISTER_BENCH_EXTENSION || ensureExtensionBuilt();
    const asOf = todayLocal();
    const school = generateSchool({ seed: 1, asOf, kind: 'primary' });
    const day = [...new Set(school.pupils.flatMap((p) => p.marks.map((m) => m.date)))].filter((d) => d <= asOf).sort().at(-1)!;
    const onRoll = school.pupils.filter((p) => p.regGroup === GROUP && p.admissionDate <= day && (p.leavingDate === null || day <= p.leavingDate)).length;
    if (onRoll < 28) throw new Error(`register-page bench: ${GROUP} has ${onRoll} pupils on roll, not a ~30-pupil register`);
    const { startDemoServer } = await import('../../demo-server');
    const server = await startDemoServer({ port: 0, seed: 1, asOf });
    const profile = mkdtempSync(join(tmpdir(), 'attendance-lens-bench-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...QUIET_CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
    });
    try {
      const page = await context.newPage();
      await page.addInitScript(WATCH);
      const url = `${server.url}bromcom/Nucleus/UI/Areas/Attendance/TakeRegister.aspx?TutorGroup=${GROUP}&Date=${day.split('-').reverse().join('/')}&Session=AM`;
      const visit = async () => {
        await page.goto(url);
        await page.waitForFunction(() => (window as unknown as { __al: { drawn: number } }).__al.drawn > 0, undefined, { timeout: 30_000 });
        const t = await page.evaluate(() => (window as unknown as { __al: { dcl: number; drawn: number; badges: number } }).__al);
        if (t.badges < 1) throw new Error(`register-page bench: the overlay drew ${t.badges} badges`);
        return t.drawn - t.dcl;
      };
      const first = await visit(); // a new profile: the marks are stored for the first time
      const again: number[] = [];
      for (let i = 0; i < RELOADS; i++) again.push(await visit());
      const round = (n: number) => Math.round(n * 10) / 10;
      // Issue 11: the revisit (marks already stored) is the figure with a target; the first visit is
      // reported beside it (its bound is a sanity check: it stores the page's marks first).
      return {
        results: [absoluteResult('register-badges-revisit-ms', round(median(again)), 'ms', 200), absoluteResult('register-badges-first-visit-ms', round(first), 'ms', 1000)],
        indicative: [{ name: `register-badges-revisit-ms, each visit`, value: RELOADS, unit: `visits: ${again.map(Math.round).join(', ')} ms` }],
      };
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      await server.close();
    }
  },
};
