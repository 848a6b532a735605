/**
 * `npm test`: everything CI checks, in order — type-checking, unit tests (vitest), the Firefox build
 * through `web-ext lint`, a smoke test in Debian's Firefox ESR (puppeteer-core, WebDriver BiDi), then
 * end-to-end tests (Playwright + Debian's Chromium + the built extension). Every step runs even when an earlier one fails, so one run shows all that is wrong.
 * The last line is `N passed, N failed` (tests, plus one per check step).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const cache = join(root, '.cache');
mkdirSync(cache, { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(label: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n── ${label} ──`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function step(label: string, ok: boolean): void {
  if (ok) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

function countJson(file: string, read: (j: any) => { passed: number; failed: number }): { passed: number; failed: number } | null {
  if (!existsSync(file)) return null;
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

function tests(label: string, ok: boolean, counts: { passed: number; failed: number } | null): void {
  if (!counts) return step(label, false);
  passed += counts.passed;
  failed += counts.failed;
  if (counts.failed || !ok) failures.push(label);
  if (!ok && counts.failed === 0) failed++; // the runner failed without a failing test (e.g. a crash)
  if (counts.passed + counts.failed === 0) {
    failures.push(`${label}: no test ran`);
    failed++;
  }
}

step('typecheck', run('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit']));

const vitestJson = join(cache, 'vitest.json');
rmSync(vitestJson, { force: true });
const unitOk = run('unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
tests('unit tests', unitOk, countJson(vitestJson, (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests })));

const firefoxOk =
  run('Firefox build', bin('wxt'), ['build', '-b', 'firefox']) &&
  run('web-ext lint (Firefox build)', bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv3', '--self-hosted']);
step('Firefox build and web-ext lint', firefoxOk);

// Firefox ESR (Debian's), driven by puppeteer-core over WebDriver BiDi, with the Firefox build installed.
const firefoxJson = join(cache, 'vitest-firefox.json');
rmSync(firefoxJson, { force: true });
const firefoxSmokeOk = run('Firefox smoke test (Firefox ESR, WebDriver BiDi)', bin('vitest'), [
  'run',
  '--config',
  'vitest.firefox.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${firefoxJson}`,
]);
tests('Firefox smoke test', firefoxSmokeOk, countJson(firefoxJson, (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests })));

const pwJson = join(cache, 'playwright.json');
rmSync(pwJson, { force: true });
const e2eOk = run('end-to-end tests (Playwright, Chromium)', bin('playwright'), ['test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
});
tests('end-to-end tests', e2eOk, countJson(pwJson, (j) => ({ passed: j.stats.expected + j.stats.flaky, failed: j.stats.unexpected })));

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
